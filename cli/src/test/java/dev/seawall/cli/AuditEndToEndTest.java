package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Justification;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeVpcs;
import dev.seawall.volumes.Volumes;
import dev.seawall.volumes.volume.FilesystemType;
import dev.seawall.volumes.volume.VolumeSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seawall audit} against the in-memory DigitalOcean holding a secure and an insecure
 * resource of every kind the modules audit: each insecure one is found once with its rule, the
 * secure ones not at all, and only reads are sent.
 */
class AuditEndToEndTest {
  private static final String DEFAULT_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  private static final String PROD_VPC = "3f2c4a7e-1d8b-4c6e-9f0a-2b5d7e9c1a3f";

  private static final TestClock clock = new TestClock();
  private static FakeDigitalOcean fake;
  private static int callsBeforeAudit;

  @TempDir static Path output;

  @BeforeAll
  static void seedAccount() {
    fake = FakeDigitalOcean.builder().allResources().clock(clock).build().start();
    FakeState state = fake.state();
    FakeVpcs.seed(state, DEFAULT_VPC, "default-nyc3", "nyc3", "10.116.0.0/20", true);
    FakeVpcs.seed(state, PROD_VPC, "prod", "nyc3", "10.10.0.0/20", false);
    firewall("fw-web-0001", "web", rule("tcp", "443", "203.0.113.0/24"), List.of("web"));
    firewall("fw-open-0002", "open-ssh", rule("tcp", "22", "0.0.0.0/0", "::/0"), List.of("legacy"));
    FakeDroplets.seed(state, 3164444L, "web-1", "nyc3", PROD_VPC, List.of("web"));
    FakeDroplets.seed(state, 3164446L, "stray", "nyc3", DEFAULT_VPC, List.of());
    Map<String, Object> plain = FakeLoadBalancers.seed(state, "lb-plain-0003", "plain-lb", "nyc3");
    plain.put("vpc_uuid", PROD_VPC);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Volumes.volumes(client).create(volume("pgdata").build());
      Volumes.volumes(client)
          .create(
              volume("legacy")
                  .preformatWithoutLuks(FilesystemType.EXT4, Justification.of("OPS-3: legacy"))
                  .build());
      DatabaseClusterService clusters = Databases.clusters(client);
      clusters.create(database("orders").build());
      dev.seawall.spaces.Spaces.keys(client)
          .create(
              dev.seawall.spaces.key.SpacesKeySpec.builder()
                  .name("reports-reader")
                  .addGrant(dev.seawall.spaces.key.SpacesKeyGrant.read("reports"))
                  .build());
      dev.seawall.spaces.Spaces.keys(client)
          .create(
              dev.seawall.spaces.key.SpacesKeySpec.builder()
                  .name("ops-admin")
                  .allowFullAccess(Justification.of("OPS-9: break-glass key"))
                  .build());
      clusters.create(
          database("wide")
              .allowWideRange("0.0.0.0/0", Justification.of("OPS-8: partner access"))
              .build());
    }
    callsBeforeAudit = fake.calls().size();
  }

  @AfterAll
  static void close() {
    fake.close();
  }

  @Test
  void audit_whenTheAccountMixesSecureAndInsecure_findsEachInsecureResourceOnceAndOnlyReads()
      throws IOException {
    Path json = output.resolve("audit.json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        SeawallCli.run(
            new String[] {
              "audit",
              "-B",
              "--api-url",
              fake.url(),
              "--format",
              "json",
              "--output",
              json.toString()
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("DIGITALOCEAN_TOKEN", TestClients.TOKEN_TEXT));

    assertThat(code).as(err.toString()).isEqualTo(SeawallCli.FINDINGS);
    Map<String, List<String>> rulesByResource = findings(Files.readString(json));
    assertThat(rulesByResource)
        .containsEntry("firewall/open-ssh", List.of("SW-FW-002"))
        .containsEntry("droplet/stray", List.of("SW-DR-002", "SW-DR-003"))
        .containsEntry("load_balancer/plain-lb", List.of("SW-LB-001"))
        .containsEntry("volume/legacy", List.of("SW-VOL-001"))
        .containsEntry("database/wide", List.of("SW-DB-002"))
        .containsEntry("spaces_key/ops-admin", List.of("SW-SP-006"))
        .doesNotContainKeys(
            "vpc/prod",
            "firewall/web",
            "droplet/web-1",
            "volume/pgdata",
            "database/orders",
            "spaces_key/reports-reader");
    List<FakeCall> audit = fake.calls().subList(callsBeforeAudit, fake.calls().size());
    assertThat(audit).isNotEmpty().allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
    assertThat(err.toString())
        .contains("Token scopes this audit needs: ")
        .contains("droplet:read", "firewall:read", "vpc:read", "database:read", "spaces_key:read")
        .doesNotContain(":create", ":update", ":delete", "api:read")
        .contains("listed 2 droplets")
        .contains("skipped buckets: ", "SPACES_ACCESS_KEY_ID")
        .doesNotContain(TestClients.TOKEN_TEXT);
  }

  @Test
  void audit_whenTable_groupsBySeverityWithoutEscapeCodesWhenPiped() {
    StringWriter out = new StringWriter();
    int code =
        SeawallCli.run(
            new String[] {"audit", "--api-url", fake.url(), "--fail-on", "none"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            Map.of("DIGITALOCEAN_TOKEN", TestClients.TOKEN_TEXT));

    assertThat(code).isEqualTo(SeawallCli.OK);
    assertThat(out.toString())
        .startsWith("ERROR (")
        .contains("SW-FW-002  firewall/open-ssh")
        .contains("fix: ")
        .doesNotContain("\u001b[");
  }

  @Test
  void audit_whenSarif_isAcceptedByCodeScanningWithEveryResultAtItsResource() throws IOException {
    Path sarif = output.resolve("audit.sarif");
    int code =
        SeawallCli.run(
            new String[] {
              "audit",
              "-B",
              "--api-url",
              fake.url(),
              "--format",
              "sarif",
              "--output",
              sarif.toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true),
            Map.of("DIGITALOCEAN_TOKEN", TestClients.TOKEN_TEXT));

    assertThat(code).isEqualTo(SeawallCli.FINDINGS);
    com.fasterxml.jackson.databind.JsonNode log =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(sarif.toFile());
    CodeScanningSarif.assertAccepted(log, "audit");
    assertThat(log.at("/runs/0/results")).isNotEmpty();
    for (com.fasterxml.jackson.databind.JsonNode result : log.at("/runs/0/results")) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .matches("digitalocean://[a-z_]+/[^/]+");
    }
    assertThat(log.toString()).contains("digitalocean://firewall/fw-open-0002");
  }

  private static Map<String, List<String>> findings(String json) throws IOException {
    Map<?, ?> root = new Moshi.Builder().build().adapter(Map.class).fromJson(json);
    Map<String, List<String>> byResource = new HashMap<>();
    for (Object item : (List<?>) root.get("findings")) {
      Map<?, ?> finding = (Map<?, ?>) item;
      String resource = ((String) finding.get("resource")).split("[.\\[]")[0];
      assertThat((String) finding.get("location")).startsWith("digitalocean://");
      byResource
          .computeIfAbsent(resource, r -> new ArrayList<>())
          .add((String) finding.get("ruleId"));
    }
    return byResource.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().stream().distinct().sorted().toList()));
  }

  private static void firewall(String id, String name, Object inbound, List<String> tags) {
    fake.state()
        .table(FakeFirewalls.TABLE)
        .put(
            id,
            FakeJson.object(
                "id", id,
                "name", name,
                "status", "succeeded",
                "inbound_rules", new ArrayList<>(List.of(inbound)),
                "outbound_rules", new ArrayList<>(List.of(rule("tcp", "443", "0.0.0.0/0", "::/0"))),
                "created_at", fake.state().timestamp(),
                "droplet_ids", new ArrayList<>(),
                "tags", new ArrayList<>(tags),
                "pending_changes", new ArrayList<>()));
  }

  private static Object rule(String protocol, String ports, String... addresses) {
    return FakeJson.object(
        "protocol",
        protocol,
        "ports",
        ports,
        "sources",
        FakeJson.object("addresses", new ArrayList<>(List.of(addresses))),
        "destinations",
        FakeJson.object("addresses", new ArrayList<>(List.of(addresses))));
  }

  private static VolumeSpec.Builder volume(String name) {
    return VolumeSpec.builder().name(name).sizeGigabytes(100).region("fra1");
  }

  private static DatabaseClusterSpec.Builder database(String name) {
    return DatabaseClusterSpec.builder()
        .name(name)
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-1gb")
        .region("nyc3")
        .privateNetworkUuid(PROD_VPC)
        .addTrustedSource(TrustedSourceSpec.tag("web"));
  }
}
