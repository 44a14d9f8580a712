package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatabaseClusterAuditorTest {
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";
  private static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";

  @Test
  void audit_whenNoVpcReported_reportsSwDb003() {
    List<Violation> found =
        DatabaseClusterAuditor.create()
            .audit(ClusterFixtures.cluster("", "", DatabaseClusterStatus.ONLINE, List.of()));

    assertThat(found).extracting(Violation::ruleId).containsExactly("SW-DB-003");
    assertThat(found.get(0).resource()).isEqualTo("database/orders-db");
  }

  @Test
  void audit_whenInKnownDefaultVpc_reportsSwDb003NamingIt() {
    List<Violation> found =
        DatabaseClusterAuditor.withDefaultVpcs(Set.of(DEFAULT_VPC))
            .audit(
                ClusterFixtures.cluster(DEFAULT_VPC, "", DatabaseClusterStatus.ONLINE, List.of()));

    assertThat(found).extracting(Violation::ruleId).containsExactly("SW-DB-003");
    assertThat(found.get(0).message()).contains(DEFAULT_VPC).contains("fra1");
  }

  @Test
  void audit_whenInOwnVpc_reportsNothing() {
    assertThat(
            DatabaseClusterAuditor.withDefaultVpcs(Set.of(DEFAULT_VPC))
                .audit(ClusterFixtures.cluster(VPC, "", DatabaseClusterStatus.ONLINE, List.of())))
        .isEmpty();
  }
}
