package dev.seawall.databases.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.NotFoundException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedSourceServiceTest {
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";

  private static String createCluster(FakeEnvironment env) {
    return Databases.clusters(env.client())
        .create(
            DatabaseClusterSpec.builder()
                .name("orders-db")
                .engine(DatabaseEngine.PG)
                .size("db-s-1vcpu-2gb")
                .region("fra1")
                .privateNetworkUuid(VPC)
                .addTrustedSource(TrustedSourceSpec.tag("orders-api").withDescription("api tier"))
                .addTrustedSource(TrustedSourceSpec.ipAddr("203.0.113.7"))
                .build())
        .id();
  }

  @Test
  void get_readsRulesWithTheirReadOnlyFields() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall firewall = Databases.trustedSources(env.client()).get(id);

      assertThat(firewall.clusterUuid()).isEqualTo(id);
      assertThat(firewall.rules())
          .extracting(TrustedSource::type, TrustedSource::value, TrustedSource::description)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(TrustedSourceType.TAG, "orders-api", "api tier"),
              org.assertj.core.groups.Tuple.tuple(TrustedSourceType.IP_ADDR, "203.0.113.7", ""));
      assertThat(firewall.rules())
          .allSatisfy(
              rule -> {
                assertThat(rule.uuid()).isNotEmpty();
                assertThat(rule.clusterUuid()).isEqualTo(id);
                assertThat(rule.createdAt()).isPresent();
              });
      FakeCall call = env.calls("databases_list_firewall_rules").get(0);
      assertThat(call.method()).isEqualTo("GET");
      assertThat(call.path()).isEqualTo("/v2/databases/" + id + "/firewall");
    }
  }

  @Test
  void add_putsTheFullListWithExistingRulesAndWithoutReadOnlyFields() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall after =
          Databases.trustedSources(env.client()).add(id, TrustedSourceSpec.droplet(3164444));

      List<FakeCall> puts = env.calls("databases_update_firewall_rules");
      assertThat(puts).hasSize(1);
      assertThat(puts.get(0).method()).isEqualTo("PUT");
      assertThat(puts.get(0).path()).isEqualTo("/v2/databases/" + id + "/firewall");
      assertThat(FakeEnvironment.body(puts.get(0)))
          .isEqualTo(
              FakeJson.object(
                  "rules",
                  List.of(
                      FakeJson.object(
                          "type", "tag", "value", "orders-api", "description", "api tier"),
                      FakeJson.object("type", "ip_addr", "value", "203.0.113.7"),
                      FakeJson.object("type", "droplet", "value", "3164444"))));
      assertThat(after.rules())
          .extracting(TrustedSource::value)
          .containsExactly("orders-api", "203.0.113.7", "3164444");
    }
  }

  @Test
  void add_whenSourceAlreadyTrusted_sendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall after =
          Databases.trustedSources(env.client())
              .add(id, TrustedSourceSpec.ipAddr("203.0.113.7/32"));

      assertThat(env.calls("databases_update_firewall_rules")).isEmpty();
      assertThat(after.rules()).hasSize(2);
    }
  }

  @Test
  void add_whenInternetWide_refusesBeforeSendingAnything() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);
      int callsBefore = env.fake().calls().size();

      assertThatThrownBy(
              () ->
                  Databases.trustedSources(env.client())
                      .add(id, TrustedSourceSpec.ipAddr("0.0.0.0/0")))
          .isInstanceOfSatisfying(
              InvalidSpecException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::ruleId)
                      .containsExactly("SW-DB-002"));
      assertThat(env.fake().calls()).hasSize(callsBefore);
    }
  }

  @Test
  void add_whenWideRangeJustified_isSent() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall after =
          Databases.trustedSources(env.client())
              .add(id, TrustedSourceSpec.wideRange("0.0.0.0/0", Justification.of("SEC-1: test")));

      assertThat(after.rules()).extracting(TrustedSource::value).contains("0.0.0.0/0");
    }
  }

  @Test
  void remove_byTypeAndValue_putsTheOthersBack() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall after =
          Databases.trustedSources(env.client())
              .remove(id, TrustedSourceType.IP_ADDR, "203.0.113.7/32");

      FakeCall put = env.calls("databases_update_firewall_rules").get(0);
      assertThat(FakeEnvironment.body(put))
          .isEqualTo(
              FakeJson.object(
                  "rules",
                  List.of(
                      FakeJson.object(
                          "type", "tag", "value", "orders-api", "description", "api tier"))));
      assertThat(after.rules()).extracting(TrustedSource::value).containsExactly("orders-api");
    }
  }

  @Test
  void remove_whenNoRuleMatches_sendsNothing() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);

      DatabaseFirewall after =
          Databases.trustedSources(env.client()).remove(id, TrustedSourceType.TAG, "other");

      assertThat(env.calls("databases_update_firewall_rules")).isEmpty();
      assertThat(after.rules()).hasSize(2);
    }
  }

  @Test
  void remove_whenItWouldLeaveNoSource_refusesWithSwDb001() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);
      TrustedSourceService service = Databases.trustedSources(env.client());
      service.remove(id, TrustedSourceType.TAG, "orders-api");

      assertThatThrownBy(() -> service.remove(id, TrustedSourceType.IP_ADDR, "203.0.113.7"))
          .isInstanceOfSatisfying(
              InvalidSpecException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::ruleId)
                      .containsExactly("SW-DB-001"));
      assertThat(env.calls("databases_update_firewall_rules")).hasSize(1);
      assertThat(env.databases().rules(id)).hasSize(1);
    }
  }

  @Test
  void replace_putsExactlyTheGivenList() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);
      String k8s = "bd5f5959-5e1e-4205-a714-a914373942af";

      DatabaseFirewall after =
          Databases.trustedSources(env.client())
              .replace(id, List.of(TrustedSourceSpec.k8s(k8s), TrustedSourceSpec.app(k8s)));

      assertThat(FakeEnvironment.body(env.calls("databases_update_firewall_rules").get(0)))
          .isEqualTo(
              FakeJson.object(
                  "rules",
                  List.of(
                      FakeJson.object("type", "k8s", "value", k8s),
                      FakeJson.object("type", "app", "value", k8s))));
      assertThat(after.rules())
          .extracting(TrustedSource::type)
          .containsExactly(TrustedSourceType.K8S, TrustedSourceType.APP);
      assertThatThrownBy(() -> Databases.trustedSources(env.client()).replace(id, List.of()))
          .isInstanceOf(InvalidSpecException.class)
          .hasMessageContaining("SW-DB-001");
    }
  }

  @Test
  void add_whenClusterMissing_throwsNotFound() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      assertThatThrownBy(
              () ->
                  Databases.trustedSources(env.client())
                      .add("00000000-0000-4000-8000-000000000000", TrustedSourceSpec.tag("web")))
          .isInstanceOf(NotFoundException.class);
      env.fake().takeProblems();
    }
  }

  @Test
  void add_whenPutFailsOnceWith503_retriesTheIdempotentPut() {
    try (FakeEnvironment env = FakeEnvironment.start()) {
      String id = createCluster(env);
      env.fake().failNext("databases_update_firewall_rules", 503);

      DatabaseFirewall after =
          Databases.trustedSources(env.client()).add(id, TrustedSourceSpec.tag("workers"));

      assertThat(env.calls("databases_update_firewall_rules"))
          .extracting(FakeCall::status)
          .containsExactly(503, 204);
      assertThat(after.rules()).extracting(TrustedSource::value).contains("workers");
    }
  }
}
