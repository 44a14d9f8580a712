package dev.seawall.spaces.bucket;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits an existing bucket ({@link BucketService#get(String)}, {@link BucketService#listAll()})
 * against the Spaces rules:
 *
 * <ul>
 *   <li>SW-SP-001 — listing is public;
 *   <li>SW-SP-002 — versioning not enabled (off or suspended);
 *   <li>SW-SP-005 — a CORS rule with a wildcard origin (when the bucket's CORS rules were read;
 *       also {@link #auditCorsRules(BucketRef, List)} for rules from elsewhere).
 * </ul>
 *
 * <p>Reads that {@link Bucket} does not hold have their own methods: {@link #auditPolicy(BucketRef,
 * String)} (a policy statement allowing everyone, SW-SP-001) and {@link #auditWebsite(BucketRef,
 * boolean)} (a website configuration, SW-SP-001).
 *
 * <p>SW-SP-007 (plain http endpoint) is enforced when a {@link BucketRef} is built: a reference to
 * a bucket behind plain http on a non-loopback host cannot exist.
 */
public final class BucketAuditor implements Auditor<Bucket> {
  /** Creates the auditor. */
  public BucketAuditor() {}

  @Override
  public List<Violation> audit(Bucket bucket) {
    List<Violation> found = new ArrayList<>();
    String resource = bucket.ref().resource();
    if (bucket.listingPublic()) {
      found.add(
          SpacesRules.SW_SP_001.violation(
              resource,
              "listing is public: anyone can list the bucket's keys without credentials; set the"
                  + " ACL to private"));
    }
    if (bucket.versioning() != VersioningStatus.ENABLED) {
      found.add(
          SpacesRules.SW_SP_002.violation(
              resource,
              "versioning is "
                  + bucket.versioning().name().toLowerCase(java.util.Locale.ROOT)
                  + "; enable it so overwrites and deletes keep the previous version"));
    }
    bucket.corsRules().ifPresent(rules -> found.addAll(auditCorsRules(bucket.ref(), rules)));
    return List.copyOf(found);
  }

  /**
   * Audits a bucket policy ({@link BucketService#policy(String)}) for SW-SP-001: a statement that
   * allows everyone ({@code "Effect": "Allow"}, {@code "Principal": "*"} or {@code {"AWS": "*"}},
   * no {@code Condition}) makes the bucket public whatever its ACL says.
   *
   * @param bucket the bucket
   * @param policy the policy JSON document
   * @return one violation per such statement ({@code bucket/<name>.policy.Statement[i]})
   */
  public List<Violation> auditPolicy(BucketRef bucket, String policy) {
    List<Violation> found = new ArrayList<>();
    for (PolicyStatements.Public statement : PolicyStatements.allowingEveryone(policy)) {
      found.add(
          SpacesRules.SW_SP_001.violation(
              bucket.resource() + ".policy.Statement[" + statement.index() + "]",
              "the bucket policy allows "
                  + (statement.actions().isEmpty()
                      ? "actions"
                      : String.join(", ", statement.actions()))
                  + " to everyone (Principal \"*\"); name the principals that need access or"
                  + " delete the statement"));
    }
    return List.copyOf(found);
  }

  /**
   * Audits a bucket's website configuration ({@link BucketService#hasWebsite(String)}) for
   * SW-SP-001: Spaces serves the objects of a bucket with a website configuration to everyone at
   * {@code https://<name>.<region>-static.digitaloceanspaces.com}.
   *
   * @param bucket the bucket
   * @param hasWebsite whether it has a website configuration
   * @return a violation ({@code bucket/<name>.website}) if it has one
   */
  public List<Violation> auditWebsite(BucketRef bucket, boolean hasWebsite) {
    if (!hasWebsite) {
      return List.of();
    }
    return List.of(
        SpacesRules.SW_SP_001.violation(
            bucket.resource() + ".website",
            "the bucket has a website configuration: its objects are served to everyone at https://"
                + bucket.name()
                + "."
                + bucket.region()
                + "-static."
                + SpacesEndpoint.SPACES_DOMAIN
                + "; delete the website configuration unless the content is meant to be public"));
  }

  /**
   * Audits the CORS rules of a bucket for SW-SP-005 (wildcard origins).
   *
   * @param bucket the bucket
   * @param rules its CORS rules, e.g. {@link Bucket#corsRules()}
   * @return one violation per wildcard origin
   */
  public List<Violation> auditCorsRules(BucketRef bucket, List<CorsRule> rules) {
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      List<String> origins = rules.get(i).allowedOrigins();
      for (int j = 0; j < origins.size(); j++) {
        if (origins.get(j).contains("*")) {
          found.add(
              SpacesRules.SW_SP_005.violation(
                  bucket.resource() + ".corsRules[" + i + "].allowedOrigins[" + j + "]",
                  "origin '"
                      + origins.get(j)
                      + "' is a wildcard; list the exact origins that need access"));
        }
      }
    }
    return List.copyOf(found);
  }
}
