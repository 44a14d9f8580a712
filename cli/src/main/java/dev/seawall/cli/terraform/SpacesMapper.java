package dev.seawall.cli.terraform;

import dev.seawall.spaces.bucket.Bucket;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.CorsRule;
import dev.seawall.spaces.bucket.VersioningStatus;
import dev.seawall.spaces.key.SpacesKey;
import dev.seawall.spaces.key.SpacesKeyGrant;
import dev.seawall.spaces.key.SpacesKeyPermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Spaces resources of a plan → Spaces read models.
 *
 * <ul>
 *   <li>{@code digitalocean_spaces_bucket} → {@link Bucket}: {@code name}, {@code region} (default
 *       {@code nyc3}), {@code acl} ({@code public-read} and {@code public-read-write} make the
 *       listing public; default {@code private}), {@code versioning[0].enabled} (no block: off),
 *       the inline {@code cors_rule} blocks;
 *   <li>{@code digitalocean_spaces_bucket_cors_configuration} → its bucket's {@link BucketRef} and
 *       {@link CorsRule}s ({@code bucket}, {@code region}, {@code cors_rule} blocks);
 *   <li>{@code digitalocean_spaces_bucket_policy} → its bucket's {@link BucketRef} and the {@code
 *       policy} document;
 *   <li>{@code digitalocean_spaces_key} → {@link SpacesKey}: {@code name}, {@code access_key} (the
 *       key's name stands in for it until apply), {@code grant} blocks ({@code bucket}, {@code
 *       permission}).
 * </ul>
 */
final class SpacesMapper {
  /** The provider's default region of a bucket. */
  static final String DEFAULT_REGION = "nyc3";

  private SpacesMapper() {}

  static Bucket bucket(PlanResource resource) {
    Values v = resource.values();
    BucketRef ref = BucketRef.of(v.text("name"), v.string("region").orElse(DEFAULT_REGION));
    String acl = v.string("acl").orElse("private").toLowerCase(Locale.ROOT);
    boolean enabled =
        v.blocks("versioning").stream().anyMatch(block -> block.bool("enabled", false));
    return new Bucket(
        ref,
        Optional.empty(),
        enabled ? VersioningStatus.ENABLED : VersioningStatus.OFF,
        acl.equals("public-read") || acl.equals("public-read-write"),
        Optional.of(corsRules(v)));
  }

  /**
   * The bucket a {@code digitalocean_spaces_bucket_cors_configuration} or {@code
   * digitalocean_spaces_bucket_policy} configures: its {@code bucket} (or the name of the plan's
   * bucket it refers to) and {@code region}.
   */
  static BucketRef configuredBucket(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    String name =
        v.string("bucket")
            .or(
                () ->
                    resource.references("bucket").stream()
                        .flatMap(ref -> facts.resource(ref).stream())
                        .flatMap(bucket -> bucket.values().string("name").stream())
                        .findFirst())
            .orElse("");
    return BucketRef.of(name, v.string("region").orElse(DEFAULT_REGION));
  }

  /**
   * The policy document of a {@code digitalocean_spaces_bucket_policy} ({@code policy}, JSON).
   *
   * @throws IllegalArgumentException if Terraform knows it only after apply (it cannot be checked)
   */
  static String policy(PlanResource resource) {
    return resource
        .values()
        .string("policy")
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "its policy is known only after apply (it uses values of other resources that"
                        + " are not known yet); scan the state after apply"));
  }

  /** The {@code cors_rule} blocks of a bucket or CORS configuration. */
  static List<CorsRule> corsRules(Values values) {
    List<CorsRule> rules = new ArrayList<>();
    for (Values rule : values.blocks("cors_rule")) {
      Set<CorsRule.CorsMethod> methods = new LinkedHashSet<>();
      for (String method : rule.strings("allowed_methods")) {
        try {
          methods.add(CorsRule.CorsMethod.valueOf(method.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          // a method Seawall does not model; no rule depends on methods
        }
      }
      rules.add(
          new CorsRule(
              rule.strings("allowed_origins"),
              methods,
              rule.strings("allowed_headers"),
              rule.number("max_age_seconds").orElse(0L).intValue()));
    }
    return rules;
  }

  static SpacesKey key(PlanResource resource) {
    Values v = resource.values();
    List<SpacesKeyGrant> grants = new ArrayList<>();
    for (Values grant : v.blocks("grant")) {
      grants.add(new SpacesKeyGrant(grant.text("bucket"), permission(grant.text("permission"))));
    }
    String accessKey = v.string("access_key").filter(k -> !k.isBlank()).orElse(v.text("name"));
    return new SpacesKey(v.text("name"), accessKey, grants, Instant.EPOCH);
  }

  private static SpacesKeyPermission permission(String text) {
    for (SpacesKeyPermission p : SpacesKeyPermission.values()) {
      if (p != SpacesKeyPermission.UNKNOWN && p.value().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    return SpacesKeyPermission.UNKNOWN;
  }
}
