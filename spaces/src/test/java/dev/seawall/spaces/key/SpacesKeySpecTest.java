package dev.seawall.spaces.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacesKeySpecTest {
  private static List<Violation> violations(SpacesKeySpec.Builder builder) {
    return builder.validate().getError().asJava();
  }

  @Test
  void build_withNamedBucketGrants_keepsThem() {
    SpacesKeySpec spec =
        SpacesKeySpec.builder()
            .name(" app ")
            .addGrant(SpacesKeyGrant.read("acme-a"))
            .addGrant(SpacesKeyGrant.readWrite("acme-b"))
            .build();

    assertThat(spec.name()).isEqualTo("app");
    assertThat(spec.grants())
        .containsExactly(SpacesKeyGrant.read("acme-a"), SpacesKeyGrant.readWrite("acme-b"));
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void validate_whenEmptyBucketName_refusesWithSwSp006NamingOptOut() {
    assertThat(violations(SpacesKeySpec.builder().name("app").addGrant(SpacesKeyGrant.read(""))))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-006");
              assertThat(v.resource()).isEqualTo("spaces_key/app.grants[0]");
              assertThat(v.message()).contains("every bucket").contains("addAccountWideGrant");
            });
  }

  @Test
  void addAccountWideGrant_acceptsAndRecordsRisk() {
    SpacesKeySpec spec =
        SpacesKeySpec.builder()
            .name("reader")
            .addAccountWideGrant(SpacesKeyPermission.READ, Justification.of("OPS-2: inventory"))
            .build();

    assertThat(spec.grants()).containsExactly(SpacesKeyGrant.read(""));
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-SP-006");
  }

  @Test
  void validate_whenFullAccessMixedOrBucketNamesBad_reportsAll() {
    SpacesKeySpec.Builder builder =
        SpacesKeySpec.builder()
            .name("")
            .addGrant(SpacesKeyGrant.read("Bad_Bucket"))
            .addGrant(SpacesKeyGrant.read("acme-x"))
            .addGrant(SpacesKeyGrant.readWrite("acme-x"))
            .addGrant(new SpacesKeyGrant("acme-y", SpacesKeyPermission.NONE))
            .addGrant(new SpacesKeyGrant("", SpacesKeyPermission.FULL_ACCESS));

    assertThat(violations(builder))
        .extracting(Violation::ruleId)
        .contains("SW-SP-006", "SW-INPUT-001")
        .hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void auditor_whenScopedGrants_findsNothing_whenEmptyBucket_flags() {
    SpacesKey scoped =
        new SpacesKey("a", "DO00A", List.of(SpacesKeyGrant.read("acme-a")), Instant.EPOCH);
    SpacesKey wide =
        new SpacesKey("b", "DO00B", List.of(SpacesKeyGrant.readWrite("")), Instant.EPOCH);
    SpacesKey none =
        new SpacesKey(
            "c", "DO00C", List.of(new SpacesKeyGrant("", SpacesKeyPermission.NONE)), Instant.EPOCH);

    assertThat(new SpacesKeyAuditor().audit(scoped)).isEmpty();
    assertThat(new SpacesKeyAuditor().audit(none)).isEmpty();
    assertThat(new SpacesKeyAuditor().audit(wide))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-006");
              assertThat(v.resource()).isEqualTo("spaces_key/b.grants[0]");
            });
  }

  @Test
  void toBuilder_roundTrips() {
    SpacesKeySpec spec =
        SpacesKeySpec.builder().name("x").allowFullAccess(Justification.of("OPS-3: y")).build();

    assertThat(spec.toBuilder().build()).usingRecursiveComparison().isEqualTo(spec);
  }
}
