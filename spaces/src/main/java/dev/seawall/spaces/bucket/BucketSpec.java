package dev.seawall.spaces.bucket;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.internal.SpecChecks;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a Spaces bucket should look like. Built with {@link #builder()}; the defaults are the secure
 * ones:
 *
 * <ul>
 *   <li>ACL {@code private} (listing the bucket needs the key); {@code public-read} only through
 *       {@link Builder#allowPublicRead(Justification)} (SW-SP-001), {@code public-read-write}
 *       never;
 *   <li>versioning enabled; off only through {@link Builder#disableVersioning(Justification)}
 *       (SW-SP-002);
 *   <li>no CORS rules; rules must name explicit origins (SW-SP-005, no wildcard, no opt-out);
 *   <li>endpoint {@code https://<region>.digitaloceanspaces.com}; a custom endpoint for
 *       S3-compatible servers must be https, or http on a loopback host (SW-SP-007).
 * </ul>
 *
 * <p>Create it with {@link BucketService#create(BucketSpec)}.
 */
public final class BucketSpec {
  private final BucketRef ref;
  private final CannedAcl acl;
  private final boolean versioningEnabled;
  private final List<CorsRule> corsRules;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private BucketSpec(Builder b, BucketRef ref) {
    this.ref = ref;
    this.acl = b.acl;
    this.versioningEnabled = b.versioningEnabled;
    this.corsRules = List.copyOf(b.corsRules);
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** A builder with the secure defaults; {@code name} and {@code region} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = ref.name();
    b.region = ref.region();
    b.endpoint = ref.endpoint();
    b.acl = acl;
    b.versioningEnabled = versioningEnabled;
    b.corsRules.addAll(corsRules);
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The bucket name. */
  public String name() {
    return ref.name();
  }

  /** The region slug, e.g. {@code nyc3}. */
  public String region() {
    return ref.region();
  }

  /** The endpoint; {@code https://<region>.digitaloceanspaces.com} unless a custom one was set. */
  public SpacesEndpoint endpoint() {
    return ref.endpoint();
  }

  /** Name, region and endpoint together. */
  public BucketRef ref() {
    return ref;
  }

  /** The bucket ACL; {@link CannedAcl#PRIVATE} unless public read was allowed. */
  public CannedAcl acl() {
    return acl;
  }

  /** Whether anyone may list the bucket's keys ({@code public-read}). */
  public boolean isListingPublic() {
    return acl != CannedAcl.PRIVATE;
  }

  /** Whether versioning is enabled (default true). */
  public boolean versioningEnabled() {
    return versioningEnabled;
  }

  /** The CORS rules; empty by default. */
  public List<CorsRule> corsRules() {
    return corsRules;
  }

  /** The risks accepted through opt-outs, in the order they were made. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public String toString() {
    return "BucketSpec[name="
        + ref.name()
        + ", region="
        + ref.region()
        + ", endpoint="
        + ref.endpoint()
        + ", acl="
        + acl.headerValue()
        + ", versioning="
        + (versioningEnabled ? "enabled" : "off")
        + ", corsRules="
        + corsRules.size()
        + ", acknowledgedRisks="
        + acknowledgedRisks.stream().map(AcknowledgedRisk::ruleId).toList()
        + "]";
  }

  /** Builds a {@link BucketSpec}; not thread-safe. */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private @Nullable SpacesEndpoint endpoint;
    private CannedAcl acl = CannedAcl.PRIVATE;
    private boolean versioningEnabled = true;
    private final List<CorsRule> corsRules = new ArrayList<>();
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * The bucket name (required), see {@link BucketNames} for the rules.
     *
     * @param name e.g. {@code acme-invoices}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The region slug (required), e.g. {@code nyc3}, {@code fra1}, {@code sgp1}.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * A custom endpoint for S3-compatible servers instead of {@code
     * https://<region>.digitaloceanspaces.com}. Must be https; plain http only on a loopback host
     * (SW-SP-007), and it must not contain the bucket name.
     *
     * @param endpoint the endpoint
     * @return this builder
     */
    public Builder endpoint(SpacesEndpoint endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * The canned ACL. {@link CannedAcl#PRIVATE} is the default; {@link CannedAcl#PUBLIC_READ} is
     * refused unless {@link #allowPublicRead(Justification)} is used (SW-SP-001); {@link
     * CannedAcl#PUBLIC_READ_WRITE} is always refused.
     *
     * @param acl the ACL
     * @return this builder
     */
    public Builder acl(CannedAcl acl) {
      this.acl = Objects.requireNonNull(acl, "acl");
      return this;
    }

    /**
     * Opt-out of SW-SP-001: makes the bucket {@code public-read}, so that <em>anyone can list its
     * keys</em> (objects stay private unless written public too). Reported as "listing is public".
     *
     * @param justification why a public listing is acceptable
     * @return this builder
     */
    public Builder allowPublicRead(Justification justification) {
      Objects.requireNonNull(justification, "justification");
      this.acl = CannedAcl.PUBLIC_READ;
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              SpacesRules.SW_SP_001, justification, "listing is public (public-read)"));
      return this;
    }

    /**
     * Whether versioning is enabled (default true). {@code false} is refused unless {@link
     * #disableVersioning(Justification)} is used (SW-SP-002).
     *
     * @param enabled whether to enable versioning
     * @return this builder
     */
    public Builder versioningEnabled(boolean enabled) {
      this.versioningEnabled = enabled;
      return this;
    }

    /**
     * Opt-out of SW-SP-002: creates the bucket without versioning, so an overwrite or a delete
     * loses the previous data for good. On an existing bucket whose versioning is enabled, Seawall
     * leaves it enabled (it never weakens a bucket on its own).
     *
     * @param justification why losing overwritten data is acceptable
     * @return this builder
     */
    public Builder disableVersioning(Justification justification) {
      Objects.requireNonNull(justification, "justification");
      this.versioningEnabled = false;
      acknowledgedRisks.add(
          AcknowledgedRisk.of(SpacesRules.SW_SP_002, justification, "versioning off"));
      return this;
    }

    /**
     * Replaces the CORS rules.
     *
     * @param rules the rules, each with explicit origins
     * @return this builder
     */
    public Builder corsRules(List<CorsRule> rules) {
      List<CorsRule> copy = List.copyOf(rules);
      corsRules.clear();
      corsRules.addAll(copy);
      return this;
    }

    /**
     * Adds a CORS rule.
     *
     * @param rule a rule with explicit origins
     * @return this builder
     */
    public Builder addCorsRule(CorsRule rule) {
      corsRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Checks the spec and reports every problem at once.
     *
     * @return the spec, or every violation found
     */
    public Validation<Seq<Violation>, BucketSpec> validate() {
      Checks checks = Checks.on("bucket/" + (name.isBlank() ? "?" : name));
      if (name.isBlank()) {
        checks.invalid("name", "is required, e.g. name(\"acme-invoices\")");
      }
      if (region.isBlank()) {
        checks.invalid("region", "is required, e.g. region(\"nyc3\")");
      }
      SpacesEndpoint effectiveEndpoint = effectiveEndpoint();
      if (!name.isBlank() && !region.isBlank()) {
        BucketRef.check(checks, name, region, effectiveEndpoint);
      }
      SpecChecks.checkAcl(
          checks,
          acl,
          acknowledgedRisks,
          "listing is public: acl public-read lets anyone list the bucket's keys",
          "acl public-read-write lets anyone write into the bucket and is never accepted;"
              + " keep it private and hand out presigned PUT URLs");
      if (!versioningEnabled) {
        checks.refuseUnlessAcknowledged(
            SpacesRules.SW_SP_002,
            true,
            acknowledgedRisks,
            "versioning is off: an overwrite or delete loses data for good",
            "disableVersioning(Justification)");
      }
      for (int i = 0; i < corsRules.size(); i++) {
        checkCors(checks.at("corsRules[" + i + "]"), corsRules.get(i));
      }
      return checks.result(
          () -> new BucketSpec(this, new BucketRef(name, region, effectiveEndpoint)));
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public BucketSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private SpacesEndpoint effectiveEndpoint() {
      if (endpoint != null) {
        return endpoint;
      }
      return RegionSlug.isValid(region)
          ? SpacesEndpoint.forRegion(region)
          : SpacesEndpoint.of("https://" + SpacesEndpoint.SPACES_DOMAIN);
    }

    private static void checkCors(Checks checks, CorsRule rule) {
      if (rule.allowedOrigins().isEmpty()) {
        checks.invalid(
            "allowedOrigins", "needs at least one explicit origin such as https://app.example.com");
      }
      for (int i = 0; i < rule.allowedOrigins().size(); i++) {
        String origin = rule.allowedOrigins().get(i);
        Checks at = checks.at("allowedOrigins[" + i + "]");
        if (origin.contains("*")) {
          at.refuse(
              SpacesRules.SW_SP_005,
              "origin '"
                  + origin
                  + "' is a wildcard; list the exact origins that need access, e.g."
                  + " https://app.example.com (there is no opt-out)");
        } else if (!isOrigin(origin)) {
          at.invalid(
              "",
              "origin '"
                  + origin
                  + "' must be scheme://host[:port] such as https://app.example.com");
        }
      }
      if (rule.allowedMethods().isEmpty()) {
        checks.invalid("allowedMethods", "needs at least one method");
      }
      for (int i = 0; i < rule.allowedHeaders().size(); i++) {
        String header = rule.allowedHeaders().get(i);
        if (!header.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
          checks.invalid("allowedHeaders[" + i + "]", "'" + header + "' is not a header name");
        }
      }
      if (rule.maxAgeSeconds() < 0) {
        checks.invalid("maxAgeSeconds", "must be 0 or more seconds");
      }
    }

    private static boolean isOrigin(String origin) {
      try {
        URI uri = new URI(origin);
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http"))
            && uri.getHost() != null
            && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
