package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented places where the library follows the real API rather than the spec. */
class KnownDeviationsContractTest {
  private static ContractRequest firewallCreate(String body) {
    return ContractRequest.of("POST", "/v2/firewalls")
        .withHeader("Authorization", "Bearer " + Http.TOKEN)
        .withJsonBody(body);
  }

  @Test
  void validate_whenIcmpRuleHasNoPorts_acceptsItAsTheRealApiDoes() {
    String body =
        "{\"name\":\"web\",\"inbound_rules\":[{\"protocol\":\"icmp\","
            + "\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}],"
            + "\"outbound_rules\":[{\"protocol\":\"icmp\","
            + "\"destinations\":{\"addresses\":[\"0.0.0.0/0\"]}}]}";

    assertThat(OpenApiContract.require().validate(firewallCreate(body))).isEmpty();
  }

  @Test
  void validate_whenIcmpRuleRewritten_keepsIntegersIntegers() {
    String body =
        "{\"name\":\"web\",\"droplet_ids\":[8043964],\"inbound_rules\":[{\"protocol\":\"icmp\","
            + "\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}]}";

    assertThat(OpenApiContract.require().validate(firewallCreate(body))).isEmpty();
  }

  @Test
  void validate_whenTcpRuleHasNoPorts_stillReportsTheMissingField() {
    String body =
        "{\"name\":\"web\",\"inbound_rules\":[{\"protocol\":\"tcp\","
            + "\"sources\":{\"addresses\":[\"10.0.0.0/8\"]}}]}";

    assertThat(OpenApiContract.require().validate(firewallCreate(body)))
        .isNotEmpty()
        .anySatisfy(v -> assertThat(v.message()).contains("ports"));
  }

  @Test
  void validate_whenTagsArrayUsesAllOfSchema_acceptsIt() {
    String body =
        "{\"name\":\"web\",\"tags\":[\"web\"],\"inbound_rules\":[{\"protocol\":\"tcp\","
            + "\"ports\":\"443\",\"sources\":{\"tags\":[\"lb\"]}}]}";

    assertThat(OpenApiContract.require().validate(firewallCreate(body))).isEmpty();
  }

  private static ContractRequest authorized(String method, String target) {
    return ContractRequest.of(method, target).withHeader("Authorization", "Bearer " + Http.TOKEN);
  }

  @Test
  void validate_whenVolumeActionNamesTheVolume_acceptsVolumeNameAsDigitalOceanDocuments() {
    ContractRequest attach =
        authorized("POST", "/v2/volumes/actions")
            .withJsonBody(
                "{\"type\":\"attach\",\"volume_name\":\"pgdata\",\"region\":\"fra1\","
                    + "\"droplet_id\":100001}");

    assertThat(OpenApiContract.require().validate(attach)).isEmpty();
  }

  @Test
  void validate_whenVolumeActionByNameHasAMisspeltProperty_stillReportsIt() {
    ContractRequest attach =
        authorized("POST", "/v2/volumes/actions")
            .withJsonBody(
                "{\"type\":\"attach\",\"volume_nmae\":\"pgdata\",\"region\":\"fra1\","
                    + "\"droplet_id\":100001}");

    assertThat(OpenApiContract.require().validate(attach))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("volume_nmae"));
  }

  @Test
  void validate_whenVolumeNameSentToAnotherOperation_stillReportsIt() {
    ContractRequest create =
        authorized("POST", "/v2/vpcs")
            .withJsonBody("{\"name\":\"prod\",\"region\":\"nyc1\",\"volume_name\":\"x\"}");

    assertThat(OpenApiContract.require().validate(create))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("volume_name"));
  }

  @Test
  void validate_whenAppSpecHasAlerts_acceptsThemAsTheRealApiDoes() {
    String spec =
        "{\"spec\":{\"name\":\"orders\",\"services\":[{\"name\":\"api\"}],"
            + "\"alerts\":[{\"rule\":\"DEPLOYMENT_FAILED\"},{\"rule\":\"DOMAIN_FAILED\","
            + "\"disabled\":true}]}}";

    assertThat(
            OpenApiContract.require().validate(authorized("POST", "/v2/apps").withJsonBody(spec)))
        .isEmpty();
    assertThat(
            OpenApiContract.require()
                .validate(
                    authorized("PUT", "/v2/apps/4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf")
                        .withJsonBody(spec)))
        .isEmpty();
  }

  @Test
  void validate_whenTriggerBodyIsAFreeFormObject_acceptsItAsTheRealApiDoes() {
    String trigger =
        "{\"name\":\"nightly\",\"function\":\"billing/invoice\",\"type\":\"SCHEDULED\","
            + "\"is_enabled\":true,\"scheduled_details\":{\"cron\":\"0 3 * * *\","
            + "\"body\":{\"batch\":50,\"options\":{\"dryRun\":false}}}}";

    assertThat(
            OpenApiContract.require()
                .validate(
                    authorized("POST", "/v2/functions/namespaces/fn-1/triggers")
                        .withJsonBody(trigger)))
        .isEmpty();
  }

  @Test
  void validate_whenTriggerHasAMisspeltPropertyBesideItsBody_stillReportsIt() {
    String update =
        "{\"is_enabeld\":true,\"scheduled_details\":{\"cron\":\"0 3 * * *\","
            + "\"body\":{\"batch\":50}}}";

    assertThat(
            OpenApiContract.require()
                .validate(
                    authorized("PUT", "/v2/functions/namespaces/fn-1/triggers/nightly")
                        .withJsonBody(update)))
        .isNotEmpty()
        .anySatisfy(v -> assertThat(v.message()).contains("is_enabeld"));
  }

  @Test
  void validate_whenAppAlertHasAMisspeltProperty_stillReportsIt() {
    String spec =
        "{\"spec\":{\"name\":\"orders\",\"services\":[{\"name\":\"api\"}],"
            + "\"alerts\":[{\"rule\":\"DEPLOYMENT_FAILED\",\"disbled\":true}]}}";

    assertThat(
            OpenApiContract.require().validate(authorized("POST", "/v2/apps").withJsonBody(spec)))
        .isNotEmpty()
        .anySatisfy(v -> assertThat(v.message()).contains("alerts"));
  }

  @Test
  void check_whenClientsAddPagingToSingleGetsAndUnpagedLists_recordsNotesOnly() {
    OpenApiContract contract = OpenApiContract.require();

    for (String target :
        List.of(
            "/v2/droplets/100001?per_page=25",
            "/v2/databases?page=1&per_page=25",
            "/v2/databases/9cc10173-e9ea-4176-9dbc-a4cee4c4ff30/users?page=1&per_page=25",
            "/v2/firewalls?page=1&per_page=25&tag=web")) {
      ContractCheck check = contract.check(authorized("GET", target));
      assertThat(check.violations()).as(target).isEmpty();
      assertThat(check.notes())
          .as(target)
          .isNotEmpty()
          .allSatisfy(
              n -> assertThat(n.key()).isEqualTo("validation.request.parameter.query.unexpected"));
    }
  }

  @Test
  void check_whenADefinedQueryParameterIsInvalid_isStillAViolation() {
    ContractCheck check =
        OpenApiContract.require().check(authorized("GET", "/v2/droplets?per_page=500&x=1"));

    assertThat(check.violations())
        .singleElement()
        .satisfies(
            v -> assertThat(v.key()).isEqualTo("validation.request.parameter.schema.maximum"));
    assertThat(check.notes()).hasSize(1);
  }

  @Test
  void refusedByDigitalOcean_whenUnknownJsonProperty_isFalseForSeawallsOwnCheck() {
    ContractCheck check =
        OpenApiContract.require()
            .check(
                authorized("POST", "/v2/vpcs")
                    .withJsonBody("{\"name\":\"prod\",\"region\":\"nyc1\",\"colour\":1}"));

    assertThat(check.violations()).hasSize(1);
    assertThat(check.refusedByDigitalOcean()).isEmpty();
  }
}
