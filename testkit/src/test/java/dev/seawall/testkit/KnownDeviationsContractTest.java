package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;

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
}
