package dev.seawall.databases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Location;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.testing.FakeEnvironment;
import dev.seawall.testkit.FactSource;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DatabasesAudit} against the stateful fake holding secure and insecure clusters. */
class DatabasesAuditTest {
  private FakeEnvironment env;
  private DatabaseCluster orders;
  private DatabaseCluster inDefault;
  private DatabaseCluster wide;
  private DatabaseCluster noSources;
  private int callsBeforeAudit;

  @BeforeEach
  void setUp() {
    env = FakeEnvironment.start();
    DatabaseClusterService clusters = Databases.clusters(env.client());
    orders = clusters.create(spec("orders").build());
    inDefault =
        clusters.create(
            DatabaseClusterSpec.builder()
                .name("in-default")
                .engine(DatabaseEngine.PG)
                .version("17")
                .size("db-s-1vcpu-1gb")
                .region("nyc3")
                .inDefaultVpc(Justification.of("OPS-7: legacy network"))
                .addTrustedSource(TrustedSourceSpec.tag("orders-api"))
                .build());
    wide =
        clusters.create(
            spec("wide")
                .allowWideRange("0.0.0.0/0", Justification.of("OPS-8: partner access"))
                .build());
    noSources = clusters.create(spec("no-sources").build());
    env.databases().rules(noSources.id()).clear();
    callsBeforeAudit = env.fake().calls().size();
  }

  @AfterEach
  void tearDown() {
    env.close();
  }

  private static DatabaseClusterSpec.Builder spec(String name) {
    return DatabaseClusterSpec.builder()
        .name(name)
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-1gb")
        .region("nyc3")
        .privateNetworkUuid(FakeEnvironment.VPC)
        .addTrustedSource(TrustedSourceSpec.tag("orders-api"));
  }

  private AuditResult audit() {
    // the fact source is given last: the audit must still run it first
    return Audit.builder(env.client())
        .sources(
            List.of(
                new DatabasesAudit(),
                FactSource.of(
                    "networking",
                    Map.of(
                        AuditFact.DEFAULT_VPC_IDS,
                        List.of(
                            FakeVpcs.findDefaultVpc(env.fake().state(), "nyc3").orElseThrow())))))
        .build()
        .run();
  }

  @Test
  void installedSources_whenModuleIsOnTheClassPath_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(DatabasesAudit.class);
  }

  @Test
  void run_whenClustersAreInsecure_findsEachOnceUnderTheClusterName() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, Finding::resource, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-DB-003", "database/in-default", uri(inDefault)),
            tuple("SW-DB-002", "database/wide.trustedSources[1]", uri(wide)),
            tuple("SW-DB-001", "database/no-sources.trustedSources", uri(noSources)));
    assertThat(result.report().findings())
        .extracting(f -> f.location().uri())
        .doesNotContain(uri(orders));
    assertThat(result.resources()).containsExactly(Map.entry("database", 4L));
  }

  @Test
  void run_whenFindingsReported_eachNamesTheClusterAtItsLocationByName() {
    Map<String, String> labels =
        Map.of(
            uri(inDefault), "database/in-default",
            uri(wide), "database/wide",
            uri(noSources), "database/no-sources");

    AuditResult result = audit();

    assertThat(result.report().findings())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.resource())
                  .matches(Pattern.quote(labels.get(f.location().uri())) + "([.\\[].*)?");
              assertThat(result.report().remediation(f)).contains("Databases.");
            });
  }

  @Test
  void run_whenAudited_sendsOnlyItsReadOperationsAndOneFirewallReadPerCluster() {
    audit();

    List<FakeCall> sent = env.fake().calls().subList(callsBeforeAudit, env.fake().calls().size());
    List<String> declared =
        new DatabasesAudit().readOperations().stream().map(Operation::operationId).toList();
    assertThat(sent)
        .isNotEmpty()
        .allSatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("GET");
              assertThat(declared).contains(call.operationId());
            });
    assertThat(sent)
        .extracting(FakeCall::operationId)
        .filteredOn("databases_list_firewall_rules"::equals)
        .hasSize(4);
    assertThat(sent)
        .extracting(FakeCall::operationId)
        .filteredOn("databases_list_clusters"::equals)
        .hasSize(1);
  }

  private static String uri(DatabaseCluster cluster) {
    return Location.resource("database", cluster.id()).uri();
  }
}
