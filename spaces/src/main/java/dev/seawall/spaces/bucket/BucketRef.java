package dev.seawall.spaces.bucket;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.spaces.SpacesRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a bucket lives: its name, its region (also the SigV4 signing region) and the endpoint that
 * serves it. Services take a {@code BucketRef}; a {@link BucketSpec} and a {@link Bucket} give
 * theirs through {@code ref()}.
 *
 * <p>The components are checked on construction, with every problem reported at once:
 *
 * <ul>
 *   <li>the name follows {@link BucketNames};
 *   <li>the region is a {@link RegionSlug} ({@code nyc3}, {@code fra1}, ...) for a Spaces endpoint;
 *       an S3-compatible server's signing region is any lowercase name such as {@code us-east-1};
 *   <li>the endpoint is {@code https}; plain {@code http} only for a loopback host (test servers) —
 *       {@link SpacesRules#SW_SP_007}, no opt-out;
 *   <li>the endpoint does not already contain the bucket name (as in {@code
 *       https://my-bucket.nyc3.digitaloceanspaces.com}), has no path, query, fragment or user info,
 *       and a {@code *.digitaloceanspaces.com} endpoint is the one of the region.
 * </ul>
 *
 * @param name the bucket name
 * @param region the region slug
 * @param endpoint the S3 endpoint
 */
public record BucketRef(String name, String region, SpacesEndpoint endpoint) {
  /** The SigV4 signing region of an S3-compatible server, which need not be a region slug. */
  private static final Pattern SIGNING_REGION = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  /**
   * Checks the components.
   *
   * @throws InvalidSpecException listing every problem
   */
  public BucketRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Checks checks = Checks.on("bucket/" + name);
    check(checks, name, region, endpoint);
    List<Violation> violations = checks.violations();
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
  }

  /**
   * A bucket in a Spaces region, served by {@code https://<region>.digitaloceanspaces.com}.
   *
   * @param name the bucket name
   * @param region the region slug, e.g. {@code nyc3}
   * @return the reference
   * @throws InvalidSpecException if the name or region is invalid
   */
  public static BucketRef of(String name, String region) {
    Objects.requireNonNull(region, "region");
    SpacesEndpoint endpoint =
        RegionSlug.isValid(region)
            ? SpacesEndpoint.forRegion(region)
            : SpacesEndpoint.of("https://invalid-region." + SpacesEndpoint.SPACES_DOMAIN);
    return new BucketRef(name, region, endpoint);
  }

  /**
   * A bucket on a custom endpoint (an S3-compatible server).
   *
   * @param name the bucket name
   * @param region the signing region the server expects
   * @param endpoint the endpoint
   * @return the reference
   * @throws InvalidSpecException if a rule is broken
   */
  public static BucketRef of(String name, String region, SpacesEndpoint endpoint) {
    return new BucketRef(name, region, endpoint);
  }

  /**
   * Checks a region and the endpoint that serves it, as {@link #of(String, String, SpacesEndpoint)}
   * does for a bucket (region slug; https, or plain http on a loopback host only, SW-SP-007; the
   * region's own endpoint for {@code *.digitaloceanspaces.com}).
   *
   * @param region the region slug
   * @param endpoint its S3 endpoint
   * @throws InvalidSpecException listing every problem
   */
  public static void checkLocation(String region, SpacesEndpoint endpoint) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(endpoint, "endpoint");
    Checks checks = Checks.on("spaces/" + region);
    checkRegion(checks, region, endpoint);
    checkEndpoint(checks.at("endpoint"), "", region, endpoint);
    List<Violation> violations = checks.violations();
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
  }

  /** {@code bucket/<name>}, the resource name used in violations and reports. */
  public String resource() {
    return "bucket/" + name;
  }

  /** Records every problem of a name/region/endpoint combination. */
  static void check(Checks checks, String name, String region, SpacesEndpoint endpoint) {
    for (String problem : BucketNames.problems(name)) {
      checks.invalid("name", "bucket name " + problem);
    }
    checkRegion(checks, region, endpoint);
    checkEndpoint(checks.at("endpoint"), name, region, endpoint);
  }

  private static void checkRegion(Checks checks, String region, SpacesEndpoint endpoint) {
    if (endpoint.isDigitalOceanSpaces()) {
      RegionSlug.check(checks, "region", region);
    } else if (!SIGNING_REGION.matcher(region).matches()) {
      checks.invalid(
          "region",
          "'"
              + region
              + "' is not a valid signing region: 2 to 32 lower-case letters, digits or '-',"
              + " starting with a letter, such as us-east-1");
    }
  }

  private static void checkEndpoint(
      Checks checks, String name, String region, SpacesEndpoint endpoint) {
    var uri = endpoint.uri();
    if (!endpoint.isHttps() && !endpoint.isLoopback()) {
      checks.refuse(
          SpacesRules.SW_SP_007,
          "endpoint "
              + endpoint.host()
              + " uses plain http; use https (plain http is accepted only for loopback test"
              + " servers, there is no opt-out)");
    }
    if (uri.getRawUserInfo() != null) {
      checks.invalid("", "endpoint must not contain user info; pass credentials separately");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      checks.invalid("", "endpoint must not have a query or fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    boolean named = !name.isEmpty();
    boolean nameInHost = named && List.of(endpoint.host().split("\\.")).contains(name);
    boolean nameInPath = named && List.of(path.split("/")).contains(name);
    if (nameInHost || nameInPath) {
      checks.invalid(
          "",
          "endpoint "
              + endpoint.host()
              + " already contains the bucket name; use the regional endpoint https://"
              + region
              + "."
              + SpacesEndpoint.SPACES_DOMAIN
              + " and give the bucket name separately");
    } else if (!path.isEmpty() && !path.equals("/")) {
      checks.invalid(
          "",
          "endpoint must not have a path; use e.g. https://" + region + ".digitaloceanspaces.com");
    }
    if (endpoint.isDigitalOceanSpaces() && !nameInHost && RegionSlug.isValid(region)) {
      String expected = (region + "." + SpacesEndpoint.SPACES_DOMAIN).toLowerCase(Locale.ROOT);
      if (!endpoint.host().equals(expected)) {
        checks.invalid(
            "",
            "endpoint "
                + endpoint.host()
                + " is not the S3 endpoint of region "
                + region
                + "; use https://"
                + expected);
      }
    }
  }
}
