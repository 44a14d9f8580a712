package dev.seawall.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.ContractViolation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.OpenApiContract;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A third-party client against the standalone fake: the npm package {@code dots-wrapper} (version
 * pinned by the committed {@code src/test/node/dots-wrapper/package-lock.json}) is installed with
 * the machine's npm under {@code target/dots-wrapper} and {@code flows.js} drives create, list, get
 * and delete of droplets, volumes, firewalls, VPCs, tags, SSH keys, load balancers, certificates,
 * databases and Spaces keys, tagging, droplet actions (reboot, power off and on) and volume
 * actions, regions, sizes and images against {@link FakeDigitalOcean} started exactly as its {@code
 * main} starts it (contract on, log and answer). Skipped without node/npm, failed instead under
 * {@code CI=true}.
 */
class DotsWrapperAgainstFakeTest {
  private static final Path SOURCE = Path.of("src/test/node/dots-wrapper");
  private static final Path TARGET = Path.of("target/dots-wrapper");

  @Test
  void dotsWrapper_whenDrivingEveryFlowAgainstTheStandaloneFake_succeedsWithoutViolations()
      throws Exception {
    OpenApiContract.require(); // the standalone fake validates against it (required under CI)
    NodeProject project = NodeProject.require(SOURCE, TARGET).install();
    String token = "dop_v1_" + HexFormat.of().formatHex(randomBytes());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);

    NodeProject.Run run;
    FakeDigitalOcean fake =
        FakeDigitalOcean.startStandalone(
                new String[] {"--port", "0", "--token", token}, logStream, logStream)
            .orElseThrow();
    try (fake) {
      run =
          project.node(
              "flows.js",
              Map.of("DO_API_URL", fake.url() + "/v2", "DIGITALOCEAN_TOKEN", token),
              Duration.ofSeconds(60));
    }

    String context = run.output() + "\n--- fake log ---\n" + log.toString(StandardCharsets.UTF_8);
    assertThat(fake.contract()).as("the standalone fake validates requests").isPresent();
    assertThat(run.exitCode()).as(context).isZero();
    assertThat(run.output()).as(context).contains("all calls succeeded").doesNotContain("FAILED");
    assertThat(fake.problems()).as(context).isEmpty();
    assertThat(fake.contractNotes())
        .as("only what DigitalOcean accepts: query parameters it ignores")
        .extracting(ContractViolation::key)
        .containsOnly("validation.request.parameter.query.unexpected");
    assertThat(fake.calls())
        .extracting(FakeCall::operationId)
        .contains(
            "regions_list",
            "sizes_list",
            "dropletActions_list",
            "dropletActions_post",
            "images_list",
            "images_get",
            "volumeActions_post_byId",
            "volumes_delete_byName",
            "tags_assign_resources",
            "tags_unassign_resources",
            "tags_delete",
            "firewalls_add_rules",
            "loadBalancers_create",
            "certificates_create",
            "databases_create_cluster",
            "databases_list_clusters",
            "spacesKey_create",
            "vpcs_delete",
            "sshKeys_delete")
        .allSatisfy(operationId -> assertThat(operationId).doesNotContain(" /v2/"));
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
