package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SeawallCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SeawallCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  static Path fixture(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(SeawallCliTest.class.getResource("/terraform/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void help_onEveryLevel_describesTheSubcommandsAndExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("terraform", "fake-server", "Exit codes:", "3   the input cannot be read");

    assertThat(run("terraform", "--help")).isZero();
    assertThat(out.toString()).contains("scopes", "scan");
    assertThat(run("terraform", "scopes", "--help")).isZero();
    assertThat(out.toString()).contains("PLAN.json", "terraform show -json");
    assertThat(run("fake-server", "--help")).isZero();
    assertThat(out.toString()).contains("--port", "--no-contract");
  }

  @Test
  void terraformScopes_printsBothListsAndExitsZero() {
    int code = run("terraform", "scopes", fixture("firewall-droplet-volume.plan.json").toString());

    assertThat(code).isEqualTo(SeawallCli.OK);
    assertThat(out.toString())
        .contains(
            "Scopes the operations need:        actions:read block_storage:delete"
                + " block_storage:read droplet:create droplet:read"
                + " firewall:create firewall:read")
        .contains("Scopes the token form also requires: image:read regions:read sizes:read")
        .doesNotContain("api:read")
        .doesNotContain("api:write");
  }

  @Test
  void terraformScopes_whenThePlanNamesAnUnknownResource_exitsOneAndNamesIt() {
    int code = run("terraform", "scopes", fixture("unknown-and-spaces.plan.json").toString());

    assertThat(code).isEqualTo(SeawallCli.INCOMPLETE);
    assertThat(out.toString())
        .contains("Not known to Seawall, scopes not computed")
        .contains("digitalocean_cdn.main")
        .contains(
            "Spaces (S3 API, a Spaces access key, no token scope): digitalocean_spaces_bucket");
  }

  @Test
  void terraformScopes_whenTheFileIsMissingOrNotAPlan_exitsThreeWithAMessage(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assertThat(run("terraform", "scopes", dir.resolve("missing.json").toString()))
        .isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("no such plan file");

    Path notAPlan = java.nio.file.Files.writeString(dir.resolve("x.json"), "[1, 2]");
    assertThat(run("terraform", "scopes", notAPlan.toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("not the JSON output of 'terraform show -json PLANFILE'");
  }

  @Test
  void unknownOption_isAUsageError() {
    assertThat(run("terraform", "scopes", "--frobnicate")).isEqualTo(SeawallCli.USAGE);
    assertThat(err.toString()).contains("Usage: seawall terraform scopes");
  }
}
