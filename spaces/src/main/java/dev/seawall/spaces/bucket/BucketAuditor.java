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
