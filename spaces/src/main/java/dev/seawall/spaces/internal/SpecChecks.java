package dev.seawall.spaces.internal;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Justification;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.object.ObjectKeys;
import dev.seawall.spaces.object.SseCustomerKey;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SSE-C, ACL and object-key checks shared by the Spaces write specs (bucket, put, copy and
 * presigned URLs), so that every spec words a problem and records an opt-out the same way.
 */
public final class SpecChecks {
  /** The opt-out named when SW-SP-003 refuses a write without SSE-C. */
  private static final String WITHOUT_SSE_C = "withoutSseC(Justification)";

  private SpecChecks() {}

  /**
   * Reports every {@linkplain ObjectKeys#problems(String) problem} of {@code key} at {@code field}.
   */
  public static void checkObjectKey(Checks checks, String field, String key) {
    for (String problem : ObjectKeys.problems(key)) {
      checks.invalid(field, "object key " + problem);
    }
  }

  /** Refuses an SSE-C key given together with {@code withoutSseC(...)}. */
  public static void checkSseCChoice(
      Checks checks, String field, @Nullable SseCustomerKey key, boolean withoutSseC) {
    if (key != null && withoutSseC) {
      checks.invalid(field, "both an SSE-C key and withoutSseC(...) were given; choose one");
    }
  }

  /** Refuses a key whose bytes were destroyed. */
  public static void checkNotDestroyed(
      Checks checks, @Nullable SseCustomerKey key, String message) {
    if (key != null && key.isDestroyed()) {
      checks.invalid("sseCustomerKey", message);
    }
  }

  /**
   * SW-SP-003: refuses a write without a customer-provided key unless {@code withoutSseC(...)}
   * acknowledged it.
   *
   * @param problem what would be stored unencrypted and how to fix it
   */
  public static void requireSseC(
      Checks checks, @Nullable SseCustomerKey key, List<AcknowledgedRisk> risks, String problem) {
    checks.refuseUnlessAcknowledged(
        SpacesRules.SW_SP_003, key == null, risks, problem, WITHOUT_SSE_C);
  }

  /**
   * SW-SP-001 on an object ACL: {@code private} passes, {@code public-read} needs {@code
   * allowPublicRead(...)}, {@code public-read-write} is always refused.
   */
  public static void checkObjectAcl(Checks checks, CannedAcl acl, List<AcknowledgedRisk> risks) {
    checkAcl(
        checks,
        acl,
        risks,
        "acl public-read lets anyone download the object",
        "acl public-read-write is never accepted");
  }

  /**
   * SW-SP-001 on a canned ACL, reported at {@code acl} with the caller's wording.
   *
   * @param publicRead the problem of {@code public-read} (refused unless {@code
   *     allowPublicRead(...)} acknowledged it)
   * @param publicReadWrite the problem of {@code public-read-write} (always refused)
   */
  public static void checkAcl(
      Checks checks,
      CannedAcl acl,
      List<AcknowledgedRisk> risks,
      String publicRead,
      String publicReadWrite) {
    switch (acl) {
      case PRIVATE -> {}
      case PUBLIC_READ ->
          checks
              .at("acl")
              .refuseUnlessAcknowledged(
                  SpacesRules.SW_SP_001, true, risks, publicRead, "allowPublicRead(Justification)");
      case PUBLIC_READ_WRITE -> checks.at("acl").refuse(SpacesRules.SW_SP_001, publicReadWrite);
    }
  }

  /** The risk recorded by {@code withoutSseC(...)} (SW-SP-003). */
  public static AcknowledgedRisk withoutSseC(Justification justification, String detail) {
    return AcknowledgedRisk.of(
        SpacesRules.SW_SP_003, Objects.requireNonNull(justification, "justification"), detail);
  }

  /** The risk recorded by an object's {@code allowPublicRead(...)} (SW-SP-001). */
  public static AcknowledgedRisk publicObject(Justification justification) {
    return AcknowledgedRisk.of(
        SpacesRules.SW_SP_001,
        Objects.requireNonNull(justification, "justification"),
        "object is public (public-read)");
  }

  /** How a spec's {@code toString()} shows a key: {@code none} or its MD5 fingerprint, never it. */
  public static String fingerprint(@Nullable SseCustomerKey key) {
    return key == null ? "none" : "md5:" + key.md5Base64();
  }
}
