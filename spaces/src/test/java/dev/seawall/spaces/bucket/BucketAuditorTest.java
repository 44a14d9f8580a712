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

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"\"*\"", "{\"AWS\": \"*\"}", "{\"AWS\": [\"arn:aws:iam::1:root\", \"*\"]}"})
  void auditPolicy_whenStatementAllowsEveryone_reportsSwSp001OnTheStatement(String principal) {
    String policy =
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\":"
            + " \"*\", \"Action\": \"s3:DeleteBucket\"}, {\"Effect\": \"Allow\", \"Principal\": "
            + principal
            + ", \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"]}]}";

    java.util.List<Violation> found = new BucketAuditor().auditPolicy(ref, policy);

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-001");
              assertThat(v.resource()).isEqualTo("bucket/acme-invoices.policy.Statement[1]");
              assertThat(v.message()).contains("s3:GetObject, s3:ListBucket to everyone");
            });
  }

  @Test
  void auditPolicy_whenSingleStatementObjectWithEmptyCondition_reportsSwSp001() {
    String policy =
        "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\":"
            + " \"s3:GetObject\", \"Condition\": {}}}";

    assertThat(new BucketAuditor().auditPolicy(ref, policy))
        .extracting(Violation::resource)
        .containsExactly("bucket/acme-invoices.policy.Statement[0]");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\":"
            + " \"s3:GetObject\", \"Condition\": {\"IpAddress\": {\"aws:SourceIp\":"
            + " \"203.0.113.0/24\"}}}]}",
        "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
            + " \"arn:aws:iam::1:root\"}, \"Action\": \"s3:GetObject\"}]}",
        "{\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\"}]}",
        "not json",
        "[]"
      })
  void auditPolicy_whenNoStatementAllowsEveryone_findsNothing(String policy) {
    assertThat(new BucketAuditor().auditPolicy(ref, policy)).isEmpty();
  }
}
