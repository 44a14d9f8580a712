package dev.seawall.spaces;

import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.bucket.Bucket;
import dev.seawall.spaces.bucket.BucketAuditor;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketService;
import dev.seawall.spaces.key.SpacesCredentials;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The bucket part of {@link SpacesAudit}: lists each region's buckets and audits each one. */
final class BucketAudit {
  static final String NO_CREDENTIALS =
      "no Spaces access key given: set "
          + SpacesCredentials.ACCESS_KEY_ID_VARIABLE
          + " and "
          + SpacesCredentials.SECRET_ACCESS_KEY_VARIABLE
          + " (option SpacesAudit.CREDENTIALS) to a key with read grants on every bucket";

  private final AuditContext context;
  private final BucketAuditor auditor = new BucketAuditor();
  private final ObjectSample objects;

  /** What could not be read (e.g. {@code bucket.policy}) and the buckets concerned. */
  private final Map<String, Set<String>> unread = new TreeMap<>();

  private BucketAudit(AuditContext context, ObjectSample objects) {
    this.context = context;
    this.objects = objects;
  }

  /** Audits the buckets of every region of the options, or skips them without credentials. */
  static void run(AuditContext context) {
    Optional<SpacesCredentials> credentials = context.option(SpacesAudit.CREDENTIALS);
    if (credentials.isEmpty()) {
      context.skip(BucketResource.KIND, NO_CREDENTIALS);
      return;
    }
    int sample =
        context.option(SpacesAudit.OBJECT_SAMPLE).orElse(SpacesAudit.DEFAULT_OBJECT_SAMPLE);
    if (sample < 0 || sample > 1000) {
      throw new IllegalArgumentException(
          "SpacesAudit.OBJECT_SAMPLE must be 0 to 1000, was " + sample);
    }
    Spaces.Builder builder = Spaces.builder().credentials(credentials.get());
    context.option(SpacesAudit.HTTP_CLIENT).ifPresent(builder::httpClient);
    try (Spaces spaces = builder.build()) {
      new BucketAudit(context, new ObjectSample(spaces, sample)).audit(spaces);
    }
  }

  private void audit(Spaces spaces) {
    List<String> regions = context.option(SpacesAudit.REGIONS).orElse(SpacesAudit.SPACES_REGIONS);
    Set<String> seen = new HashSet<>();
    Stream<Listed> listed =
        regions.stream()
            .map(region -> service(spaces, region))
            .flatMap(
                service ->
                    service.listNames().stream()
                        .filter(seen::add)
                        .map(name -> new Listed(service, name)));
    context.each(BucketResource.KIND, listed, this::audit);
    unread.forEach(
        (what, buckets) ->
            context.skip(
                what,
                "the S3 server does not implement this read (NotImplemented), so it was not"
                    + " checked on "
                    + buckets.size()
                    + " bucket(s): "
                    + String.join(", ", buckets)));
  }

  private BucketService service(Spaces spaces, String region) {
    return context
        .option(SpacesAudit.ENDPOINT)
        .map(endpoint -> spaces.buckets(region, endpoint))
        .orElseGet(() -> spaces.buckets(region));
  }

  private record Listed(BucketService service, String name) {}

  private void audit(Listed listed) {
    BucketService service = listed.service();
    Optional<Bucket> read = service.find(listed.name());
    if (read.isEmpty()) {
      return; // deleted since the listing
    }
    Bucket bucket = read.get();
    List<Violation> found = new ArrayList<>(auditor.audit(bucket));
    if (bucket.corsRules().isEmpty()) {
      unread("bucket.cors", bucket.name());
    }
    readIfImplemented("bucket.policy", bucket.name(), () -> service.policy(bucket.name()))
        .flatMap(policy -> policy)
        .ifPresent(policy -> found.addAll(auditor.auditPolicy(bucket.ref(), policy)));
    readIfImplemented("bucket.website", bucket.name(), () -> service.hasWebsite(bucket.name()))
        .ifPresent(website -> found.addAll(auditor.auditWebsite(bucket.ref(), website)));
    context.report(
        new AuditedResource(
            BucketResource.KIND, bucket.name(), service.region() + "/" + bucket.name()),
        found);
    if (!objects.audit(bucket.ref(), service.region(), context)) {
      unread("object.acl", bucket.name());
    }
  }

  private <T> Optional<T> readIfImplemented(String what, String bucket, Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (SpacesException e) {
      if (notImplemented(e)) {
        unread(what, bucket);
        return Optional.empty();
      }
      throw e;
    }
  }

  static boolean notImplemented(SpacesException e) {
    return e.status() == 501 || "NotImplemented".equals(e.errorCode());
  }

  private void unread(String what, String bucket) {
    unread.computeIfAbsent(what, w -> new TreeSet<>()).add(bucket);
  }
}
