package dev.seawall.databases.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseFirewallAuditorTest {
  private static final String CLUSTER = "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30";
  private final DatabaseFirewallAuditor auditor = DatabaseFirewallAuditor.forCluster("orders");

  private static TrustedSource rule(TrustedSourceType type, String value) {
    return new TrustedSource(
        "79f26d28-ea8a-41f2-8ad8-8cfcdd020095", CLUSTER, type, value, "", Optional.empty());
  }

  @Test
  void audit_whenNoTrustedSources_reportsSwDb001() {
    List<Violation> found = auditor.audit(new DatabaseFirewall(CLUSTER, List.of()));

    assertThat(found).extracting(Violation::ruleId).containsExactly("SW-DB-001");
    assertThat(found.get(0).resource()).isEqualTo("database/orders.trustedSources");
  }

  @Test
  void audit_whenWideIpRule_reportsSwDb002OnThatRule() {
    List<Violation> found =
        auditor.audit(
            new DatabaseFirewall(
                CLUSTER,
                List.of(
                    rule(TrustedSourceType.TAG, "web"),
                    rule(TrustedSourceType.IP_ADDR, "0.0.0.0/0"))));

    assertThat(found).extracting(Violation::ruleId).containsExactly("SW-DB-002");
    assertThat(found.get(0).resource()).isEqualTo("database/orders.trustedSources[1]");
    assertThat(found.get(0).message()).contains("0.0.0.0/0");
  }

  @Test
  void forCluster_whenNameIsBlank_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> DatabaseFirewallAuditor.forCluster(" "));
  }

  @Test
  void audit_whenOnlyNarrowSources_reportsNothing() {
    assertThat(
            auditor.audit(
                new DatabaseFirewall(
                    CLUSTER,
                    List.of(
                        rule(TrustedSourceType.IP_ADDR, "203.0.113.7"),
                        rule(TrustedSourceType.DROPLET, "42"),
                        rule(TrustedSourceType.IP_ADDR, "not parsable")))))
        .isEmpty();
  }
}
