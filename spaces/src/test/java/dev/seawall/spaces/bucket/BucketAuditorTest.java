package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BucketAuditorTest {
  private final BucketRef ref = BucketRef.of("acme-invoices", "nyc3");

  @Test
  void audit_whenPrivateAndVersioned_findsNothing() {
    assertThat(new BucketAuditor().audit(new Bucket(ref, VersioningStatus.ENABLED, false)))
        .isEmpty();
  }

  @Test
  void audit_whenListingPublic_reportsSwSp001ListingIsPublic() {
    assertThat(new BucketAuditor().audit(new Bucket(ref, VersioningStatus.ENABLED, true)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-001");
              assertThat(v.resource()).isEqualTo("bucket/acme-invoices");
              assertThat(v.message()).startsWith("listing is public");
            });
  }

  @Test
  void auditCorsRules_whenWildcardOrigin_reportsSwSp005() {
    var rules =
        java.util.List.of(
            CorsRule.of(
                java.util.List.of("https://app.example.com", "*"),
                java.util.Set.of(CorsRule.CorsMethod.GET)));

    assertThat(new BucketAuditor().auditCorsRules(ref, rules))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-005");
              assertThat(v.resource())
                  .isEqualTo("bucket/acme-invoices.corsRules[0].allowedOrigins[1]");
            });
  }

  @ParameterizedTest
  @EnumSource(value = VersioningStatus.class, names = "ENABLED", mode = EnumSource.Mode.EXCLUDE)
  void audit_whenVersioningNotEnabled_reportsSwSp002(VersioningStatus status) {
    assertThat(new BucketAuditor().audit(new Bucket(ref, status, false)))
        .extracting(Violation::ruleId)
        .containsExactly("SW-SP-002");
  }
}
