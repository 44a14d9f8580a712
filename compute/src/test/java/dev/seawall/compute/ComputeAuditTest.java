package dev.seawall.compute;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FactSource;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ComputeAudit} against the stateful fake holding secure and insecure droplets. */
class ComputeAuditTest {
  private static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  private static final String PROD_VPC = "3f2c4a7e-1d8b-4c6e-9f0a-2b5d7e9c1a3f";
  private static final long WEB = 3164444L;
  private static final long WORKER = 3164445L;
  private static final long IN_DEFAULT = 3164446L;
  private static final long UNCOVERED = 3164447L;
  private static final long BOTH = 3164448L;

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeVpcs()).addResource(new FakeDroplets()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    FakeState state = fake.state();
    FakeVpcs.seed(state, DEFAULT_VPC, "default-nyc3", "nyc3", "10.116.0.0/20", true);
    FakeVpcs.seed(state, PROD_VPC, "prod", "nyc3", "10.10.0.0/20", false);
    FakeDroplets.seed(state, WEB, "web-1", "nyc3", PROD_VPC, List.of("web"));
    FakeDroplets.seed(state, WORKER, "worker-1", "nyc3", PROD_VPC, List.of());
    FakeDroplets.seed(state, IN_DEFAULT, "in-default", "nyc3", DEFAULT_VPC, List.of("web"));
    FakeDroplets.seed(state, UNCOVERED, "uncovered", "nyc3", PROD_VPC, List.of("batch"));
    FakeDroplets.seed(state, BOTH, "both", "nyc3", DEFAULT_VPC, List.of());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private AuditResult audit() {
    // the fact source is given last: the audit must still run it first
    return Audit.builder(client)
        .sources(
            List.of(
                new ComputeAudit(),
                FactSource.of(
                    "networking",
                    Map.of(
                        AuditFact.DEFAULT_VPC_IDS, List.of(DEFAULT_VPC),
                        AuditFact.FIREWALL_DROPLET_IDS, List.of(String.valueOf(WORKER)),
                        AuditFact.FIREWALL_TAGS, List.of("web")))))
        .build()
        .run();
  }

  @Test
  void run_whenNoSourceListsFirewalls_skipsCoverageInsteadOfFlaggingEveryDroplet() {
    AuditResult result = Audit.builder(client).sources(List.of(new ComputeAudit())).build().run();

    assertThat(result.report().findings()).extracting(Finding::ruleId).doesNotContain("SW-DR-003");
    assertThat(result.skipped()).containsKey("droplet firewall coverage");
    assertThat(result.resources()).containsExactly(Map.entry("droplet", 5L));
  }

  @Test
  void installedSources_whenModuleIsOnTheClassPath_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(ComputeAudit.class);
  }

  @Test
  void run_whenDropletsAreOutsideAVpcOrUncovered_findsEachOnceWithItsRule() {
    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, Finding::resource, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-DR-002", "droplet/in-default", uri(IN_DEFAULT)),
            tuple("SW-DR-003", "droplet/uncovered", uri(UNCOVERED)),
            tuple("SW-DR-002", "droplet/both", uri(BOTH)),
            tuple("SW-DR-003", "droplet/both", uri(BOTH)));
    assertThat(result.resources()).containsExactly(Map.entry("droplet", 5L));
  }

  @Test
  void run_whenFindingsReported_eachNamesTheDropletAtItsLocation() {
    Map<String, String> labels =
        Map.of(
            uri(IN_DEFAULT), "droplet/in-default",
            uri(UNCOVERED), "droplet/uncovered",
            uri(BOTH), "droplet/both");

    AuditResult result = audit();

    assertThat(result.report().findings())
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.resource())
                    .matches(Pattern.quote(labels.get(f.location().uri())) + "([.\\[].*)?"));
    assertThat(result.report().remediation(result.report().findings().get(0)))
        .isIn(ComputeRules.SW_DR_002.auditRemediation(), CoreRules.SW_DR_003.auditRemediation());
  }

  @Test
  void run_whenAudited_sendsOnlyItsReadOperations() {
    audit();

    List<String> declared =
        new ComputeAudit().readOperations().stream().map(Operation::operationId).toList();
    assertThat(fake.calls())
        .isNotEmpty()
        .allSatisfy(
            call -> {
              assertThat(call.method()).isEqualTo("GET");
              assertThat(declared).contains(call.operationId());
            });
    assertThat(fake.calls()).extracting(FakeCall::operationId).containsOnly("droplets_list");
    assertThat(fake.callCount(ComputeOperations.DROPLETS_LIST)).isEqualTo(1);
  }

  private static String uri(long dropletId) {
    return Location.resource("droplet", String.valueOf(dropletId)).uri();
  }
}
