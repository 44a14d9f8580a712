package dev.seawall.spaces;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditOption;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.key.SpacesKeyAuditor;
import dev.seawall.spaces.key.SpacesKeyResource;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The account audit of the spaces module (registered in {@code
 * META-INF/services/dev.seawall.core.audit.AuditSource}):
 *
 * <ul>
 *   <li><b>Spaces access keys</b> ({@code spaces_key}), listed over the DigitalOcean API ({@code
 *       spacesKey_list}, token scope {@code spaces_key:read}) and checked by {@link
 *       SpacesKeyAuditor} (SW-SP-006). Reported as {@code spaces_key/<name>} at {@code
 *       digitalocean://spaces_key/<access key id>}.
 *   <li><b>Buckets</b> ({@code bucket}), listed over the S3 API region by region ({@link #REGIONS};
 *       a Spaces endpoint lists only its own region's buckets) with the Spaces key of {@link
 *       #CREDENTIALS}, and for each: the ACL (public listing), versioning and CORS rules ({@code
 *       BucketAuditor}), the bucket policy and website configuration, and the ACL and encryption of
 *       the first {@link #OBJECT_SAMPLE} objects ({@code ObjectAuditor}). Reported as {@code
 *       bucket/<name>} at {@code digitalocean://bucket/<region>/<name>}; each sampled object as
 *       {@code object/<bucket>/<key>} at {@code digitalocean://object/<region>/<bucket>/<key>}.
 *       Without credentials buckets are skipped, with the reason in the result.
 * </ul>
 *
 * <p>Only reads are sent: {@code GET} to the DigitalOcean API, and {@code GET}/{@code HEAD} to S3.
 * A read the S3 server does not implement ({@code NotImplemented}, e.g. s3proxy has no policy,
 * website or CORS API) is reported as a skipped kind ({@code bucket.policy}, {@code
 * bucket.website}, {@code bucket.cors}, {@code object.acl}) naming the buckets, never as a pass.
 */
public final class SpacesAudit implements AuditSource {
  /**
   * DigitalOcean's Spaces regions (Spaces Standard Storage, from "Spaces Availability" in
   * DigitalOcean's documentation, March 2026): the default of {@link #REGIONS}.
   */
  public static final List<String> SPACES_REGIONS =
      List.of(
          "ams3", "atl1", "blr1", "fra1", "lon1", "nyc3", "sfo2", "sfo3", "sgp1", "syd1", "tor1");

  /** How many objects of each bucket are sampled by default: {@value}. */
  public static final int DEFAULT_OBJECT_SAMPLE = 10;

  /**
   * The Spaces access key that lists and reads the buckets, e.g. {@link
   * SpacesCredentials#fromEnvironment()} ({@code SPACES_ACCESS_KEY_ID}, {@code
   * SPACES_SECRET_ACCESS_KEY}). It lists only the buckets it is granted: use a key with read grants
   * on every bucket (or fullaccess) to see the whole account. Without it buckets are skipped.
   */
  public static final AuditOption<SpacesCredentials> CREDENTIALS =
      new AuditOption<>("spaces.credentials", SpacesCredentials.class);

  /**
   * The region slugs whose buckets are listed, e.g. {@code List.of("fra1")}. Default: {@link
   * #SPACES_REGIONS}, one {@code ListBuckets} request each.
   */
  public static final AuditOption<List<String>> REGIONS =
      new AuditOption<>("spaces.regions", listOfStrings());

  /**
   * An S3 endpoint used for every region instead of {@code
   * https://<region>.digitaloceanspaces.com}: an S3-compatible server or a test server (https, or
   * plain http on loopback only, SW-SP-007). Give one region (the server's signing region) with
   * {@link #REGIONS}.
   */
  public static final AuditOption<SpacesEndpoint> ENDPOINT =
      new AuditOption<>("spaces.endpoint", SpacesEndpoint.class);

  /**
   * An OkHttp client the S3 client is derived from, e.g. to trust a private CA (tests); see {@link
   * Spaces.Builder#httpClient(OkHttpClient)}.
   */
  public static final AuditOption<OkHttpClient> HTTP_CLIENT =
      new AuditOption<>("spaces.httpClient", OkHttpClient.class);

  /**
   * How many objects of each bucket are checked (the first ones in key order, one listing request):
   * 0 to 1000, default {@value #DEFAULT_OBJECT_SAMPLE}. Each sampled object costs a {@code GET
   * ?acl} and a {@code HEAD}.
   */
  public static final AuditOption<Integer> OBJECT_SAMPLE =
      new AuditOption<>("spaces.objectSample", Integer.class);

  /** Called by {@link java.util.ServiceLoader}. */
  public SpacesAudit() {}

  @Override
  public String area() {
    return "spaces";
  }

  /** {@code spacesKey_list}: buckets go through S3, which has no DigitalOcean operation. */
  @Override
  public List<Operation> readOperations() {
    return List.of(SpacesOperations.SPACES_KEY_LIST);
  }

  @Override
  public void audit(AuditContext context) {
    SpacesKeyAuditor keys = new SpacesKeyAuditor();
    context.each(
        SpacesKeyResource.KIND,
        Spaces.keys(context.client()).listAll(),
        key ->
            context.report(
                new AuditedResource(SpacesKeyResource.KIND, key.name(), key.accessKey()),
                keys.audit(key)));
    BucketAudit.run(context);
  }

  @SuppressWarnings("unchecked")
  private static Class<List<String>> listOfStrings() {
    return (Class<List<String>>) (Class<?>) List.class;
  }
}
