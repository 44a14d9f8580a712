package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code seawall terraform scan} over the hand-written fixtures in {@code terraform/scan/}. */
class TerraformScanCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SeawallCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String scan(String name) {
    return SeawallCliTest.fixture("scan/" + name).toString();
  }

  private static Path sourceDir() {
    return SeawallCliTest.fixture("scan/src");
  }

  /** The rule ids of the SARIF results, open and accepted, in report order. */
  private static List<String> ruleIds(JsonNode sarif) {
    List<String> ids = new ArrayList<>();
    sarif.at("/runs/0/results").forEach(r -> ids.add(r.get("ruleId").asText()));
    return ids;
  }

  private JsonNode sarifOf(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "sarif", "--fail-on", "none"));
    assertThat(run(all.toArray(String[]::new))).as(err.toString()).isEqualTo(SeawallCli.OK);
    return MAPPER.readTree(out.toString());
  }

  static Stream<Arguments> insecureFixtures() {
    return Stream.of(
        Arguments.of("firewall.insecure.plan.json", List.of("SW-FW-002", "SW-FW-003", "SW-FW-005")),
        Arguments.of("droplet.insecure.plan.json", List.of("SW-DR-002", "SW-DR-003")),
        Arguments.of("droplet_ssh_keys.insecure.plan.json", List.of("SW-DR-001")),
        Arguments.of("loadbalancer.insecure.plan.json", List.of("SW-LB-001", "SW-LB-004")),
        Arguments.of(
            "spaces_bucket.insecure.plan.json", List.of("SW-SP-001", "SW-SP-002", "SW-SP-005")),
        Arguments.of("spaces_bucket_cors_configuration.insecure.plan.json", List.of("SW-SP-005")),
        Arguments.of("spaces_bucket_policy.insecure.plan.json", List.of("SW-SP-001")),
        Arguments.of("spaces_key.insecure.plan.json", List.of("SW-SP-006")),
        Arguments.of("database_cluster.insecure.plan.json", List.of("SW-DB-001", "SW-DB-003")),
        Arguments.of("database_firewall.insecure.plan.json", List.of("SW-DB-002")),
        Arguments.of("volume.insecure.plan.json", List.of("SW-VOL-001")),
        Arguments.of(
            "kubernetes_cluster.insecure.plan.json",
            List.of(
                "SW-K8S-001",
                "SW-K8S-002",
                "SW-K8S-003",
                "SW-K8S-005",
                "SW-K8S-006",
                "SW-K8S-007",
                "SW-K8S-008",
                "SW-DR-003",
                "SW-DR-003",
                "SW-K8S-004",
                "SW-DR-003")),
        Arguments.of("vpc.insecure.plan.json", List.of("SW-VPC-001", "SW-VPC-001")));
  }

  @ParameterizedTest
  @MethodSource("insecureFixtures")
  void scan_whenInsecure_reportsTheRulesBroken(String fixture, List<String> expected)
      throws IOException {
    JsonNode sarif = sarifOf("terraform", "scan", scan(fixture));

    assertThat(ruleIds(sarif)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("insecureFixtures")
  void scan_whenInsecure_failsWithFindingsExitCode(String fixture, List<String> expected) {
    assertThat(run("terraform", "scan", scan(fixture), "--fail-on", "warning"))
        .isEqualTo(SeawallCli.FINDINGS);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "firewall.secure.plan.json",
        "droplet.secure.plan.json",
        "droplet_ssh_keys.secure.plan.json",
        "loadbalancer.secure.plan.json",
        "spaces_bucket.secure.plan.json",
        "spaces_bucket_cors_configuration.secure.plan.json",
        "spaces_bucket_policy.secure.plan.json",
        "spaces_key.secure.plan.json",
        "database_cluster.secure.plan.json",
        "database_firewall.secure.plan.json",
        "volume.secure.plan.json",
        "vpc.secure.plan.json",
        "kubernetes_cluster.secure.plan.json"
      })
  void scan_whenSecure_reportsNothingAndExitsZero(String fixture) {
    int code = run("terraform", "scan", scan(fixture), "--fail-on", "note", "--format", "json");

    assertThat(code).as(out + "\n" + err).isEqualTo(SeawallCli.OK);
    assertThat(out.toString()).contains("\"findings\": []");
  }

  @Test
  void scan_firewallOpenOnSsh_namesPort22AndBothAddresses() {
    run("terraform", "scan", scan("firewall.insecure.plan.json"), "--format", "json");

    assertThat(out.toString())
        .contains("firewall/web.inboundRules[0]")
        .contains("tcp 22 (SSH) is open to 0.0.0.0/0 and ::/0");
  }

  @Test
  void scan_databaseFindings_nameTheClusterByNameOnBothResources() {
    run("terraform", "scan", scan("database_cluster.insecure.plan.json"), "--format", "json");
    run("terraform", "scan", scan("database_firewall.insecure.plan.json"), "--format", "json");

    assertThat(out.toString())
        .contains("\"database/app-db\"")
        .contains("\"database/app-db.trustedSources\"")
        .contains("\"database/app-db.trustedSources[0]\"");
  }

  @Test
  void scan_whenVpcAndFirewallAreKnownOnlyAfterApply_readsTheReferencesNotAMissingValue()
      throws IOException {
    // droplet.secure: vpc_uuid = digitalocean_vpc.app.id, firewall droplet_ids = [web.id]
    assertThat(ruleIds(sarifOf("terraform", "scan", scan("droplet.secure.plan.json")))).isEmpty();
    out.getBuffer().setLength(0);
    // the same droplet without those references: no VPC, no firewall
    assertThat(ruleIds(sarifOf("terraform", "scan", scan("droplet.insecure.plan.json"))))
        .containsExactlyInAnyOrder("SW-DR-002", "SW-DR-003");
  }

  @Test
  void scan_whenDropletHasNoSshKeys_reportsSwDr001OnItsSshKeys() {
    run("terraform", "scan", scan("droplet_ssh_keys.insecure.plan.json"), "--format", "json");

    assertThat(out.toString())
        .contains("\"ruleId\": \"SW-DR-001\"")
        .contains("\"resource\": \"droplet/web-1.sshKeys\"")
        .contains("root password");
  }

  @Test
  void scan_whenSshKeysReferToAKeyOfThePlan_countsThemAsSetNotMissing() throws IOException {
    // ssh_keys = [digitalocean_ssh_key.deploy.fingerprint]: known only after apply
    assertThat(ruleIds(sarifOf("terraform", "scan", scan("droplet_ssh_keys.secure.plan.json"))))
        .isEmpty();
    assertThat(err.toString()).contains("digitalocean_ssh_key");
  }

  @Test
  void scan_loadBalancerWithTcpRule_countsItAndChecksTheRuleByCertificateId() {
    run("terraform", "scan", scan("loadbalancer_tcp.plan.json"), "--format", "json");

    // rules: tcp 5432, https 443 (certificate_id), http 80: the tcp rule is kept, so the plain
    // http one is forwardingRules[2]; the https rule terminates TLS with the DEFAULT policy
    assertThat(out.toString())
        .contains("\"resource\": \"load_balancer/db-lb.forwardingRules[2]\"")
        .contains("\"resource\": \"load_balancer/db-lb.tlsCipherPolicy\"")
        .doesNotContain("forwardingRules[1]")
        .doesNotContain("SW-LB-004");
  }

  @Test
  void scan_remediations_nameTerraformAttributesNotJavaCalls() throws IOException {
    run("terraform", "scan", scan("loadbalancer.insecure.plan.json"), "--format", "json");
    JsonNode findings = MAPPER.readTree(out.toString()).get("findings");

    assertThat(findings).isNotEmpty();
    for (JsonNode finding : findings) {
      Rule rule = Catalog.installed().rule(finding.get("ruleId").asText()).orElseThrow();
      assertThat(finding.get("remediation").asText())
          .isNotEqualTo(rule.remediation())
          .isNotEqualTo(rule.auditRemediation())
          .doesNotContain("(client)", "Justification");
    }
    out.getBuffer().setLength(0);
    JsonNode sarif = sarifOf("terraform", "scan", scan("loadbalancer.insecure.plan.json"));
    assertThat(sarif.at("/runs/0/tool/driver/rules/0/help/text").asText())
        .doesNotContain("(Justification)");
  }

  @Test
  void scan_withoutSourceDir_locatesFindingsAtThePlanFile() throws IOException {
    String plan = scan("loadbalancer.insecure.plan.json");
    JsonNode sarif = sarifOf("terraform", "scan", plan);

    assertThat(sarif.at("/runs/0/results")).isNotEmpty();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText())
          .endsWith("loadbalancer.insecure.plan.json");
      assertThat(physical.has("region")).isFalse();
    }
  }

  @Test
  void scan_withSourceDir_locatesEachFindingAtItsResourceLine() throws IOException {
    JsonNode sarif =
        sarifOf(
            "terraform", "scan", scan("mixed.plan.json"), "--source-dir", sourceDir().toString());

    List<String> located = new ArrayList<>();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      JsonNode physical = result.at("/locations/0/physicalLocation");
      located.add(
          result.get("ruleId").asText()
              + " "
              + physical.at("/artifactLocation/uri").asText()
              + ":"
              + physical.at("/region/startLine").asInt());
      assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }
    assertThat(located)
        .containsExactlyInAnyOrder(
            "SW-FW-001 network.tf:1",
            "SW-FW-002 network.tf:1",
            "SW-SP-001 network.tf:26",
            "SW-DR-002 modules/app/main.tf:1",
            "SW-DR-003 modules/app/main.tf:1",
            "SW-LB-001 modules/app/main.tf:11");
  }

  @Test
  void scan_withAcceptComment_suppressesThatRuleOnThatResourceOnly() throws IOException {
    JsonNode sarif =
        sarifOf(
            "terraform", "scan", scan("mixed.plan.json"), "--source-dir", sourceDir().toString());

    List<String> suppressed = new ArrayList<>();
    for (JsonNode result : sarif.at("/runs/0/results")) {
      if (result.has("suppressions")) {
        suppressed.add(
            result.get("ruleId").asText()
                + " "
                + result.at("/suppressions/0/status").asText()
                + " "
                + result.at("/suppressions/0/justification").asText());
      }
    }
    assertThat(suppressed)
        .containsExactly("SW-FW-002 accepted SEC-142: on-call SSH until the VPN lands");
  }

  @Test
  void scan_whenOnlyAcceptedErrorsAndOpenErrorsElsewhere_failOnDecidesTheExitCode(@TempDir Path dir)
      throws IOException {
    Path tf = dir.resolve("main.tf");
    Files.writeString(
        tf,
        """
        resource "digitalocean_firewall" "web" {
          # seawall:accept SW-FW-002 SEC-142: on-call SSH
          # seawall:accept SW-FW-003 SEC-143: build agents fetch from anywhere
          // seawall:accept SW-FW-004 SEC-144: legacy
          # seawall:accept SW-FW-005 SEC-145: attached by the platform team
          name = "web"
        }
        """);
    String plan = scan("firewall.insecure.plan.json");

    assertThat(run("terraform", "scan", plan, "--source-dir", dir.toString()))
        .as(out + "\n" + err)
        .isEqualTo(SeawallCli.OK);
    assertThat(run("terraform", "scan", plan)).isEqualTo(SeawallCli.FINDINGS);
  }

  @Test
  void scan_failOn_countsOnlyOpenFindingsAtOrAboveTheSeverity(@TempDir Path dir)
      throws IOException {
    // The errors are accepted; SW-FW-005 (applies to no droplet and no tag) is a warning.
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "digitalocean_firewall" "web" {
          # seawall:accept SW-FW-002 SEC-142: on-call SSH
          # seawall:accept SW-FW-003 SEC-143: build agents fetch from anywhere
          name = "web"
        }
        """);
    String plan = scan("firewall.insecure.plan.json");
    String source = dir.toString();

    assertThat(run("terraform", "scan", plan, "--source-dir", source)).isEqualTo(SeawallCli.OK);
    assertThat(run("terraform", "scan", plan, "--source-dir", source, "--fail-on", "warning"))
        .isEqualTo(SeawallCli.FINDINGS);
    assertThat(run("terraform", "scan", plan, "--source-dir", source, "--fail-on", "note"))
        .isEqualTo(SeawallCli.FINDINGS);
    assertThat(run("terraform", "scan", plan, "--fail-on", "none")).isEqualTo(SeawallCli.OK);
  }

  @Test
  void scan_malformedAcceptComments_areIgnoredAndNamed(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "digitalocean_firewall" "web" {
          # seawall:accept SW-FW-002
          # seawall:accept SW-XX-999 SEC-1: no such rule
          name = "web"
        }
        """);

    int code =
        run(
            "terraform",
            "scan",
            scan("firewall.insecure.plan.json"),
            "--source-dir",
            dir.toString());

    assertThat(code).isEqualTo(SeawallCli.FINDINGS);
    assertThat(err.toString())
        .contains("main.tf:2: seawall:accept SW-FW-002 needs a justification")
        .contains("main.tf:3: seawall:accept names an unknown rule SW-XX-999");
  }

  @Test
  void scan_sarif_validatesAgainstTheSchemaAndLocatesEveryResult() throws IOException {
    for (String args :
        List.of(
            "mixed.plan.json --source-dir",
            "firewall.insecure.plan.json",
            "state.json",
            "vpc.insecure.plan.json")) {
      out.getBuffer().setLength(0);
      List<String> argv = new ArrayList<>(List.of("terraform", "scan"));
      String[] parts = args.split(" ");
      argv.add(scan(parts[0]));
      if (parts.length > 1) {
        argv.add(parts[1]);
        argv.add(sourceDir().toString());
      }
      JsonNode sarif = sarifOf(argv.toArray(String[]::new));

      CodeScanningSarif.assertAccepted(sarif, args);
      assertThat(sarif.at("/runs/0/results")).as(args).isNotEmpty();
    }
  }

  @Test
  void scan_table_hasNoEscapeCodesWhenNotATerminal() {
    int code = run("terraform", "scan", scan("firewall.insecure.plan.json"), "--fail-on", "none");

    assertThat(code).isEqualTo(SeawallCli.OK);
    assertThat(out.toString())
        .contains("SW-FW-002")
        .contains("firewall/web")
        .doesNotContain("\u001b[");
  }

  @Test
  void scan_state_readsValuesAndUsesDefaultVpcsAndFirewallIds() throws IOException {
    JsonNode sarif = sarifOf("terraform", "scan", scan("state.json"));

    List<String> found = new ArrayList<>();
    sarif
        .at("/runs/0/results")
        .forEach(
            r ->
                found.add(
                    r.get("ruleId").asText()
                        + " "
                        + r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()));
    // The droplet is in the default VPC (SW-DR-002) but covered by the firewall's droplet_ids.
    assertThat(found)
        .containsExactlyInAnyOrder(
            "SW-DR-002 droplet/web-1", "SW-FW-002 firewall/web.inboundRules[0]");
  }

  @Test
  void scan_kubernetesCluster_namesTheClusterAndNodePoolAndGivesTerraformHints()
      throws IOException {
    JsonNode sarif = sarifOf("terraform", "scan", scan("kubernetes_cluster.insecure.plan.json"));

    List<String> found = new ArrayList<>();
    sarif
        .at("/runs/0/results")
        .forEach(
            r ->
                found.add(
                    r.get("ruleId").asText()
                        + " "
                        + r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()));
    assertThat(found)
        .contains(
            "SW-K8S-003 kubernetes_cluster/prod",
            "SW-K8S-005 kubernetes_cluster/prod.controlPlaneFirewall.allowedAddresses[0]",
            "SW-DR-003 kubernetes_cluster/prod.nodePools[workers]",
            "SW-DR-003 kubernetes_cluster/prod.nodePools[batch]",
            "SW-K8S-004 kubernetes_cluster/open.controlPlaneFirewall");
    run(
        "terraform",
        "scan",
        scan("kubernetes_cluster.insecure.plan.json"),
        "--format",
        "json",
        "--fail-on",
        "none");
    assertThat(out.toString())
        .contains("Set surge_upgrade = true on the digitalocean_kubernetes_cluster.");
  }

  @Test
  void scan_typesWithoutRules_areNamedOnStandardError() {
    int code = run("terraform", "scan", scan("kubernetes_app.plan.json"), "--fail-on", "none");

    assertThat(code).isEqualTo(SeawallCli.OK);
    assertThat(err.toString())
        .contains(
            "2 resources of types Seawall has no rules for yet: digitalocean_app,"
                + " digitalocean_tag")
        .doesNotContain("digitalocean_kubernetes_cluster");
  }

  @Test
  void scan_bucketPolicyAllowingEveryone_reportsSwSp001OnTheStatement() {
    run("terraform", "scan", scan("spaces_bucket_policy.insecure.plan.json"), "--format", "json");

    assertThat(out.toString())
        .contains("\"resource\": \"bucket/acme-assets.policy.Statement[0]\"")
        .contains("s3:GetObject to everyone");
    assertThat(err.toString()).doesNotContain("digitalocean_spaces_bucket_policy");
  }

  @Test
  void scan_bucketPolicyKnownOnlyAfterApply_isNamedAsNotCheckedAndExitsOne() {
    int code = run("terraform", "scan", scan("spaces_bucket_policy.unknown.plan.json"));

    assertThat(code).isEqualTo(SeawallCli.INCOMPLETE);
    assertThat(err.toString())
        .contains(
            "could not check digitalocean_spaces_bucket_policy.assets: its policy is known only"
                + " after apply");
  }

  @Test
  void scan_malformedJson_exitsThree(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("plan.json"), "{\"planned_values\": {");
    assertThat(run("terraform", "scan", broken.toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("not the JSON output of 'terraform show -json'");

    Path notTerraform = Files.writeString(dir.resolve("other.json"), "{\"hello\": 1}");
    assertThat(run("terraform", "scan", notTerraform.toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(run("terraform", "scan", dir.resolve("missing.json").toString()))
        .isEqualTo(SeawallCli.INPUT);
  }

  @Test
  void scan_missingSourceDir_exitsThree(@TempDir Path dir) {
    assertThat(
            run(
                "terraform",
                "scan",
                scan("firewall.insecure.plan.json"),
                "--source-dir",
                dir.resolve("nope").toString()))
        .isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("no such source directory");
  }

  @Test
  void scan_help_describesTheCommand() {
    assertThat(run("terraform", "scan", "--help")).isZero();
    assertThat(out.toString())
        .contains("PLAN.json", "--source-dir", "--format", "--fail-on", "seawall:accept");
  }

  @Test
  void scan_outputFile_receivesTheReport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/scan.sarif");
    run(
        "terraform",
        "scan",
        scan("volume.insecure.plan.json"),
        "--format",
        "sarif",
        "--output",
        file.toString());

    assertThat(Files.readString(file)).contains("SW-VOL-001");
    assertThat(out.toString()).isEmpty();
  }
}
