package dev.seawall.networking;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.Audit;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditResult;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.Location;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDomains;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeProjects;
import dev.seawall.testkit.fakes.FakeReservedIps;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link NetworkingAudit} against the stateful fake holding secure and insecure resources. */
class NetworkingAuditTest {
  private static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  private static final String PROD_VPC = "3f2c4a7e-1d8b-4c6e-9f0a-2b5d7e9c1a3f";
  private static final String PUBLIC_VPC = "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
  private static final String OVERLAP_VPC = "b7e6d5c4-3a2b-4190-8f7e-6d5c4b3a2918";
  private static final String WEB_FW = "fb6045f1-cf1d-4ca3-bfac-18832663025b";
  private static final String OPEN_FW = "2e1d0c9b-8a7f-4e6d-9c4b-3a2f1e0d9c8b";
  private static final String ALL_PORTS_FW = "c0ffee00-1234-4abc-9def-0123456789ab";
  private static final String SECURE_LB = "4de7ac8b-495b-4884-9a69-1050c6793cd6";
  private static final String PLAIN_LB = "7ab1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String REDIRECT_LB = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
  private static final String WEAK_LB = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVpcs())
                  .addResource(new FakeFirewalls())
                  .addResource(new FakeLoadBalancers())
                  .addResource(new FakeDomains())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeReservedIps())
                  .addResource(new FakeProjects()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private String coveredByTagIp = "";
  private String coveredByIdIp = "";
  private String uncoveredIp = "";
  private String unassignedIp = "";
  private String defaultProject = "";

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A secure and at least one insecure resource of every kind the source audits. */
  private void seedAccount() {
    FakeState state = fake.state();
    FakeVpcs.seed(state, DEFAULT_VPC, "default-nyc3", "nyc3", "10.116.0.0/20", true);
    FakeVpcs.seed(state, PROD_VPC, "prod", "nyc3", "10.10.0.0/20", false);
    FakeVpcs.seed(state, PUBLIC_VPC, "public-range", "nyc3", "198.51.100.0/24", false);
    FakeVpcs.seed(state, OVERLAP_VPC, "overlap", "ams3", "10.10.8.0/24", false);

    firewall(
        WEB_FW,
        "web",
        List.of(rule("tcp", "443", "sources", "203.0.113.0/24")),
        List.of(rule("tcp", "443", "destinations", "0.0.0.0/0", "::/0")),
        List.of(42L),
        List.of("web"));
    firewall(
        OPEN_FW,
        "open",
        List.of(
            rule("tcp", "22", "sources", "0.0.0.0/0", "::/0"),
            rule("tcp", "8080", "sources", "0.0.0.0/0")),
        List.of(rule("tcp", "0", "destinations", "0.0.0.0/0", "::/0")),
        List.of(),
        List.of());
    firewall(
        ALL_PORTS_FW,
        "all-ports",
        List.of(rule("tcp", "0", "sources", "203.0.113.0/24")),
        List.of(),
        List.of(),
        List.of("db"));

    Map<String, @Nullable Object> secure =
        FakeLoadBalancers.seed(state, SECURE_LB, "secure-lb", "nyc3");
    secure.put(
        "forwarding_rules",
        List.of(
            forwarding("http", 80, "http", 80, false),
            forwarding("https", 443, "https", 443, true)));
    secure.put("redirect_http_to_https", true);
    secure.put("tls_cipher_policy", "STRONG");
    secure.put("vpc_uuid", PROD_VPC);
    FakeLoadBalancers.seed(state, PLAIN_LB, "plain-lb", "nyc3").put("vpc_uuid", DEFAULT_VPC);
    Map<String, @Nullable Object> redirect =
        FakeLoadBalancers.seed(state, REDIRECT_LB, "redirect-lb", "nyc3");
    redirect.put("redirect_http_to_https", true);
    redirect.put("tls_cipher_policy", "STRONG");
    redirect.put("vpc_uuid", PROD_VPC);
    Map<String, @Nullable Object> weak = FakeLoadBalancers.seed(state, WEAK_LB, "weak-lb", "nyc3");
    Map<String, @Nullable Object> terminating =
        FakeJson.object(
            "entry_protocol",
            "https",
            "entry_port",
            443L,
            "target_protocol",
            "http",
            "target_port",
            8080L,
            "certificate_id",
            "892071a0-bb95-49bc-8021-3afd67a210bf",
            "tls_passthrough",
            false);
    weak.put("forwarding_rules", List.of(forwarding("http", 80, "http", 80, false), terminating));
    weak.put("redirect_http_to_https", true);
    weak.put("vpc_uuid", PROD_VPC);

    FakeDomains.seed(state, "secure.example");
    FakeDomains.seedRecord(state, "secure.example", "CAA", "@", "letsencrypt.org", "issue");
    FakeDomains.seed(state, "bare.example");
    FakeDomains.seedRecord(state, "bare.example", "A", "www", "203.0.113.10", null);
    FakeDomains.seed(state, "mail.example");
    FakeDomains.seedRecord(state, "mail.example", "CAA", "@", "letsencrypt.org", "issue");
    FakeDomains.seedRecord(state, "mail.example", "TXT", "@", "v=spf1 mx -all", null);
    FakeDomains.seedRecord(state, "mail.example", "TXT", "_dmarc", "v=DMARC1; p=none", null);

    long webDroplet = FakeDroplets.seed(state, "web-1", "nyc3", PROD_VPC, List.of("web"));
    long byIdDroplet = FakeDroplets.seed(state, 42L, "pinned", "nyc3", PROD_VPC, List.of());
    long bareDroplet = FakeDroplets.seed(state, "bare-1", "nyc3", PROD_VPC, List.of("app"));
    coveredByTagIp = FakeReservedIps.seed(state, "nyc3", webDroplet);
    coveredByIdIp = FakeReservedIps.seed(state, "nyc3", byIdDroplet);
    uncoveredIp = FakeReservedIps.seed(state, "nyc3", bareDroplet);
    unassignedIp = FakeReservedIps.seed(state, "nyc3", 0);

    defaultProject = FakeProjects.defaultProject(state);
    FakeProjects.seedResource(state, defaultProject, "do:floatingip:" + unassignedIp);
    FakeProjects.seedResource(state, defaultProject, "do:vpc:" + PUBLIC_VPC);
    String owned = FakeProjects.seed(state, "prod", "Web Application", "Production");
    FakeProjects.seedResource(state, owned, "do:vpc:" + PROD_VPC);
  }

  private void firewall(
      String id,
      String name,
      List<Object> inbound,
      List<Object> outbound,
      List<Long> dropletIds,
      List<String> tags) {
    fake.state()
        .table(FakeFirewalls.TABLE)
        .put(
            id,
            FakeJson.object(
                "id", id,
                "name", name,
                "status", "succeeded",
                "inbound_rules", new ArrayList<>(inbound),
                "outbound_rules", new ArrayList<>(outbound),
                "created_at", fake.state().timestamp(),
                "droplet_ids", new ArrayList<>(dropletIds),
                "tags", new ArrayList<>(tags),
                "pending_changes", new ArrayList<>()));
  }

  private static Object rule(String protocol, String ports, String targets, String... addresses) {
    return FakeJson.object(
        "protocol",
        protocol,
        "ports",
        ports,
        targets,
        FakeJson.object("addresses", new ArrayList<>(List.of(addresses))));
  }

  private static Object forwarding(
      String entry, long entryPort, String target, long targetPort, boolean passthrough) {
    return FakeJson.object(
        "entry_protocol", entry,
        "entry_port", entryPort,
        "target_protocol", target,
        "target_port", targetPort,
        "certificate_id", "",
        "tls_passthrough", passthrough);
  }

  private AuditResult audit(AuditSource... more) {
    List<AuditSource> sources = new ArrayList<>(List.of(new NetworkingAudit()));
    sources.addAll(List.of(more));
    return Audit.builder(client).sources(sources).build().run();
  }

  @Test
  void installedSources_whenModuleIsOnTheClassPath_includeThisSource() {
    assertThat(Audit.installedSources()).hasAtLeastOneElementOfType(NetworkingAudit.class);
  }

  @Test
  void run_whenAccountHoldsSecureAndInsecureResources_findsEachInsecureOneOnceWithItsRules() {
    seedAccount();

    AuditResult result = audit();

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().uri())
        .containsExactlyInAnyOrder(
            tuple("SW-VPC-001", uri("vpc", PUBLIC_VPC)),
            tuple("SW-VPC-001", uri("vpc", OVERLAP_VPC)),
            tuple("SW-FW-002", uri("firewall", OPEN_FW)),
            tuple("SW-FW-001", uri("firewall", OPEN_FW)),
            tuple("SW-FW-003", uri("firewall", OPEN_FW)),
            tuple("SW-FW-005", uri("firewall", OPEN_FW)),
            tuple("SW-FW-004", uri("firewall", ALL_PORTS_FW)),
            tuple("SW-LB-001", uri("load_balancer", PLAIN_LB)),
            tuple("SW-LB-004", uri("load_balancer", PLAIN_LB)),
            tuple("SW-LB-002", uri("load_balancer", REDIRECT_LB)),
            tuple("SW-LB-003", uri("load_balancer", WEAK_LB)),
            tuple("SW-DNS-001", uri("domain", "bare.example")),
            tuple("SW-DNS-002", uri("domain", "mail.example")),
            tuple("SW-RIP-001", uri("reserved_ip", uncoveredIp)),
            tuple("SW-PRJ-001", uri("project", defaultProject)),
            tuple("SW-PRJ-001", uri("project", defaultProject)));
    assertThat(result.resources())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "vpc",
                4L,
                "firewall",
                3L,
                "load_balancer",
                4L,
                "domain",
                3L,
                "reserved_ip",
                4L,
                "project",
                2L));
  }

  @Test
  void run_whenFindingsReported_eachNamesTheResourceAtItsLocationByKindAndName() {
    seedAccount();
    Map<String, String> labels = new HashMap<>();
    labels.put(uri("vpc", PUBLIC_VPC), "vpc/public-range");
    labels.put(uri("vpc", OVERLAP_VPC), "vpc/overlap");
    labels.put(uri("firewall", OPEN_FW), "firewall/open");
    labels.put(uri("firewall", ALL_PORTS_FW), "firewall/all-ports");
    labels.put(uri("load_balancer", PLAIN_LB), "load_balancer/plain-lb");
    labels.put(uri("load_balancer", REDIRECT_LB), "load_balancer/redirect-lb");
    labels.put(uri("load_balancer", WEAK_LB), "load_balancer/weak-lb");
    labels.put(uri("domain", "bare.example"), "domain/bare.example");
    labels.put(uri("domain", "mail.example"), "domain/mail.example");
    labels.put(uri("reserved_ip", uncoveredIp), "reserved_ip/" + uncoveredIp);
    labels.put(uri("project", defaultProject), "project/Default");

    AuditResult result = audit();

    assertThat(result.report().findings())
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f.resource())
                    .matches(Pattern.quote(labels.get(f.location().uri())) + "([.\\[].*)?"));
  }

  @Test
  void run_whenFindingsReported_remediationIsForTheExistingResource() {
    seedAccount();

    AuditResult result = audit();

    Finding open =
        result.report().findings().stream()
            .filter(f -> f.ruleId().equals("SW-FW-001"))
            .findFirst()
            .orElseThrow();
    assertThat(result.report().remediation(open))
        .isEqualTo(NetworkingRules.SW_FW_001.auditRemediation())
        .contains("Networking.firewalls(client).apply(spec)")
        .doesNotContain("Justification");
  }

  @Test
  void run_whenAudited_sendsOnlyItsReadOperationsOncePerKind() {
    seedAccount();

    audit();

    List<FakeCall> calls = fake.calls();
    Set<String> declared =
        new NetworkingAudit()
            .readOperations().stream().map(Operation::operationId).collect(Collectors.toSet());
    assertThat(calls).isNotEmpty().allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
    assertThat(calls).extracting(FakeCall::operationId).allMatch(declared::contains);
    assertThat(fake.callCount(NetworkingOperations.VPCS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.LOAD_BALANCERS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_LIST_RECORDS)).isEqualTo(3);
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_LIST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_LIST_RESOURCES)).isEqualTo(1);
  }

  @Test
  void run_whenResourcesAreInTheDefaultProject_notesEachOnceAsOutsideAnyProject() {
    seedAccount();

    AuditResult result = audit();

    assertThat(result.report().findings())
        .filteredOn(f -> f.ruleId().equals("SW-PRJ-001"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(dev.seawall.core.policy.Severity.NOTE))
        .extracting(Finding::resource)
        .containsExactlyInAnyOrder(
            "project/Default.resources[do:floatingip:" + unassignedIp + "]",
            "project/Default.resources[do:vpc:" + PUBLIC_VPC + "]");
  }

  @Test
  void run_whenAReservedIpPointsAtAnUncoveredDroplet_flagsOnlyThatOneWithTheDroplet() {
    seedAccount();

    AuditResult result = audit();

    List<Finding> found =
        result.report().findings().stream().filter(f -> f.ruleId().equals("SW-RIP-001")).toList();
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resource()).isEqualTo("reserved_ip/" + uncoveredIp);
              assertThat(f.message()).contains("bare-1").contains("[app]");
              assertThat(result.report().remediation(f))
                  .contains("Networking.firewalls(client).apply(spec)")
                  .contains("unassign");
            });
    assertThat(List.of(coveredByTagIp, coveredByIdIp, unassignedIp))
        .doesNotContain(uncoveredIp)
        .allSatisfy(
            ip ->
                assertThat(result.report().findings())
                    .noneMatch(f -> f.location().uri().equals(uri("reserved_ip", ip))));
  }

  @Test
  void run_whenTheFirewallsStopCoveringTheDroplet_theReservedIpIsFlagged() {
    seedAccount();
    fake.state().table(FakeFirewalls.TABLE).remove(WEB_FW);

    AuditResult result = audit();

    assertThat(result.report().findings())
        .filteredOn(f -> f.ruleId().equals("SW-RIP-001"))
        .extracting(f -> f.location().uri())
        .containsExactlyInAnyOrder(
            uri("reserved_ip", uncoveredIp),
            uri("reserved_ip", coveredByTagIp),
            uri("reserved_ip", coveredByIdIp));
  }

  @Test
  void run_whenADomainHasNoCaa_remediationSaysToAddCaaAndConverge() {
    seedAccount();

    AuditResult result = audit();

    Finding caa =
        result.report().findings().stream()
            .filter(f -> f.ruleId().equals("SW-DNS-001"))
            .findFirst()
            .orElseThrow();
    assertThat(caa.resource()).isEqualTo("domain/bare.example");
    assertThat(result.report().remediation(caa))
        .contains("Networking.domains(client).apply(spec)")
        .doesNotContain("Justification");
  }

  @Test
  void run_whenAnotherSourceNeedsTheFacts_itSeesDefaultVpcsAndFirewallCoverage() {
    seedAccount();
    Map<AuditFact, Set<String>> seen = new HashMap<>();
    AuditSource reader =
        new AuditSource() {
          @Override
          public String area() {
            return "aa-reader";
          }

          @Override
          public List<Operation> readOperations() {
            return List.of();
          }

          @Override
          public Set<AuditFact> needs() {
            return Set.of(
                AuditFact.DEFAULT_VPC_IDS, AuditFact.FIREWALL_DROPLET_IDS, AuditFact.FIREWALL_TAGS);
          }

          @Override
          public void audit(AuditContext context) {
            needs().forEach(fact -> seen.put(fact, context.fact(fact)));
          }
        };

    audit(reader);

    assertThat(seen)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                AuditFact.DEFAULT_VPC_IDS, Set.of(DEFAULT_VPC),
                AuditFact.FIREWALL_DROPLET_IDS, Set.of("42"),
                AuditFact.FIREWALL_TAGS, Set.of("web", "db")));
  }

  @Test
  void run_whenAKindSpansSeveralPages_readsEveryPageAndCountsEachOnce() {
    for (int i = 0; i < 201; i++) {
      FakeVpcs.seed(fake.state(), "vpc-" + i, "nyc3", "10." + i + ".0.0/20", false);
    }

    AuditResult result = audit();

    assertThat(result.resources()).containsEntry("vpc", 201L);
    assertThat(result.report().findings()).isEmpty();
    assertThat(fake.callCount(NetworkingOperations.VPCS_LIST)).isEqualTo(2);
  }

  private static String uri(String kind, String id) {
    return Location.resource(kind, id).uri();
  }
}
