package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BucketSpecTest {
  private static BucketSpec.Builder valid() {
    return BucketSpec.builder().name("acme-invoices").region("fra1");
  }

  private static List<Violation> violations(BucketSpec.Builder builder) {
    return builder.validate().getError().asJava();
  }

  private static CorsRule cors(String... origins) {
    return CorsRule.of(List.of(origins), Set.of(CorsRule.CorsMethod.GET));
  }

  @Test
  void build_byDefault_isPrivateVersionedWithoutCorsOnRegionalHttpsEndpoint() {
    BucketSpec spec = valid().build();

    assertThat(spec.acl()).isEqualTo(CannedAcl.PRIVATE);
    assertThat(spec.isListingPublic()).isFalse();
    assertThat(spec.versioningEnabled()).isTrue();
    assertThat(spec.corsRules()).isEmpty();
    assertThat(spec.acknowledgedRisks()).isEmpty();
    assertThat(spec.endpoint().uri()).hasToString("https://fra1.digitaloceanspaces.com");
    assertThat(spec.ref()).isEqualTo(BucketRef.of("acme-invoices", "fra1"));
  }

  @Test
  void validate_whenAclPublicRead_refusesWithSwSp001NamingOptOut() {
    List<Violation> found = violations(valid().acl(CannedAcl.PUBLIC_READ));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-001");
              assertThat(v.resource()).isEqualTo("bucket/acme-invoices.acl");
              assertThat(v.message())
                  .contains("listing is public")
                  .contains("allowPublicRead(Justification)");
            });
  }

  @Test
  void allowPublicRead_acceptsAndRecordsListingIsPublic() {
    BucketSpec spec = valid().allowPublicRead(Justification.of("SEC-7: open data")).build();

    assertThat(spec.acl()).isEqualTo(CannedAcl.PUBLIC_READ);
    assertThat(spec.isListingPublic()).isTrue();
    assertThat(spec.acknowledgedRisks())
        .containsExactly(
            new AcknowledgedRisk(
                "SW-SP-001",
                Justification.of("SEC-7: open data"),
                "listing is public (public-read)"));
  }

  @Test
  void validate_whenPublicReadWrite_refusesEvenWithPublicReadOptOut() {
    List<Violation> found =
        violations(
            valid()
                .allowPublicRead(Justification.of("SEC-7: open data"))
                .acl(CannedAcl.PUBLIC_READ_WRITE));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-001");
              assertThat(v.message()).contains("never accepted");
            });
  }

  @Test
  void validate_whenVersioningTurnedOffWithoutOptOut_refusesWithSwSp002() {
    assertThat(violations(valid().versioningEnabled(false)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-002");
              assertThat(v.message()).contains("disableVersioning(Justification)");
            });
  }

  @Test
  void disableVersioning_acceptsAndRecordsRisk() {
    BucketSpec spec = valid().disableVersioning(Justification.of("SEC-8: cache bucket")).build();

    assertThat(spec.versioningEnabled()).isFalse();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-SP-002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "https://*.example.com", "http://*"})
  void validate_whenCorsOriginIsWildcard_refusesWithSwSp005WithoutOptOut(String origin) {
    List<Violation> found =
        violations(valid().addCorsRule(cors("https://app.example.com", origin)));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-SP-005");
              assertThat(v.resource())
                  .isEqualTo("bucket/acme-invoices.corsRules[0].allowedOrigins[1]");
              assertThat(v.message()).contains("no opt-out");
            });
  }

  @Test
  void validate_whenCorsRuleMalformed_reportsEachProblem() {
    CorsRule rule =
        new CorsRule(
            List.of("app.example.com", "https://x.example/path"),
            Set.of(),
            List.of("bad header"),
            -1);

    assertThat(violations(valid().addCorsRule(rule)))
        .extracting(Violation::ruleId)
        .containsOnly("SW-INPUT-001")
        .hasSize(5);
  }

  @Test
  void build_withExplicitCorsOrigins_keepsRules() {
    CorsRule rule = cors("https://app.example.com", "http://localhost:3000");

    assertThat(valid().addCorsRule(rule).build().corsRules()).containsExactly(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://s3.example.com",
        "http://10.0.0.5:9000",
        "http://fra1.digitaloceanspaces.com"
      })
  void validate_whenEndpointIsPlainHttpOffLoopback_refusesWithSwSp007(String endpoint) {
    List<Violation> found = violations(valid().endpoint(SpacesEndpoint.of(endpoint)));

    assertThat(found).extracting(Violation::ruleId).contains("SW-SP-007");
    assertThat(found)
        .filteredOn(v -> v.ruleId().equals("SW-SP-007"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("no opt-out"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9000",
        "http://localhost:9000",
        "http://[::1]:9000",
        "http://127.1.2.3"
      })
  void validate_whenPlainHttpOnLoopback_accepts(String endpoint) {
    assertThat(valid().endpoint(SpacesEndpoint.of(endpoint)).validate().isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://acme-invoices.fra1.digitaloceanspaces.com",
        "https://s3.example.com/acme-invoices",
        "https://acme-invoices.s3.example.com"
      })
  void validate_whenEndpointContainsBucketName_refuses(String endpoint) {
    List<Violation> found = violations(valid().endpoint(SpacesEndpoint.of(endpoint)));

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-INPUT-001");
              assertThat(v.message())
                  .contains("already contains the bucket name")
                  .contains("https://fra1.digitaloceanspaces.com");
            });
  }

  @Test
  void validate_whenSpacesEndpointOfAnotherRegion_refuses() {
    List<Violation> found = violations(valid().endpoint(SpacesEndpoint.forRegion("nyc3")));

    assertThat(found)
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("not the S3 endpoint of region fra1"));
  }

  @Test
  void validate_whenEndpointHasPathQueryOrUserInfo_refuses() {
    assertThat(
            violations(
                valid().endpoint(SpacesEndpoint.of("https://user:pw@s3.example.com/base?x=1"))))
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("user info"))
        .anySatisfy(m -> assertThat(m).contains("query"))
        .anySatisfy(m -> assertThat(m).contains("path"))
        .noneSatisfy(m -> assertThat(m).contains("pw"));
  }

  @Test
  void validate_whenEverythingIsWrong_reportsAllProblemsAtOnce() {
    BucketSpec.Builder builder =
        BucketSpec.builder()
            .name("Bad_Name")
            .region("Frankfurt")
            .endpoint(SpacesEndpoint.of("http://s3.example.com"))
            .acl(CannedAcl.PUBLIC_READ_WRITE)
            .addCorsRule(cors("*"));

    assertThat(violations(builder))
        .extracting(Violation::ruleId)
        .contains("SW-INPUT-001", "SW-SP-001", "SW-SP-005", "SW-SP-007")
        .hasSizeGreaterThanOrEqualTo(6);
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-SP-001")
        .hasMessageContaining("SW-SP-005")
        .hasMessageContaining("SW-SP-007")
        .satisfies(
            e ->
                assertThat(((InvalidSpecException) e).violations()).hasSizeGreaterThanOrEqualTo(6));
  }

  @Test
  void validate_whenNameOrRegionMissing_saysRequired() {
    assertThat(violations(BucketSpec.builder()))
        .extracting(Violation::message)
        .containsExactlyInAnyOrder(
            "is required, e.g. name(\"acme-invoices\")", "is required, e.g. region(\"nyc3\")");
  }

  @Test
  void corsRules_copiesInput_andPluralSetterReplaces() {
    List<CorsRule> rules = new ArrayList<>(List.of(cors("https://a.example")));
    BucketSpec.Builder builder = valid().addCorsRule(cors("https://old.example")).corsRules(rules);
    rules.add(cors("https://late.example"));

    assertThat(builder.build().corsRules())
        .extracting(r -> r.allowedOrigins().get(0))
        .containsExactly("https://a.example");
  }

  @Test
  void toBuilder_roundTripsEveryValue() {
    BucketSpec spec =
        valid()
            .endpoint(SpacesEndpoint.forRegion("fra1"))
            .allowPublicRead(Justification.of("SEC-1: a"))
            .disableVersioning(Justification.of("SEC-2: b"))
            .addCorsRule(cors("https://app.example.com"))
            .build();

    BucketSpec copy = spec.toBuilder().build();

    assertThat(copy).usingRecursiveComparison().isEqualTo(spec);
    assertThat(copy.toString()).isEqualTo(spec.toString());
  }
}
