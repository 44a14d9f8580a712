package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code seawall audit}: its input, errors and what it prints, against the in-memory fake. */
class AuditCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    return SeawallCli.run(
        args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
  }

  @Test
  void help_describesOptionsAndEnvironment() {
    assertThat(run(Map.of(), "audit", "--help")).isZero();

    assertThat(out.toString())
        .contains("--api-url", "--format", "--output", "--fail-on", "--batch-mode")
        .contains("DIGITALOCEAN_TOKEN", "SPACES_ACCESS_KEY_ID");
  }

  @Test
  void audit_withoutAToken_exitsThreeSayingHowToSetOne() {
    int code = run(Map.of(), "audit", "--api-url", "http://127.0.0.1:9");

    assertThat(code).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("DIGITALOCEAN_TOKEN");
  }

  @Test
  void audit_whenTheApiRefusesTheToken_exitsFiveWithoutShowingTheToken() {
    String wrong = TestClients.randomTokenText();
    try (FakeDigitalOcean fake =
        FakeDigitalOcean.builder().token(TestClients.randomTokenText()).build().start()) {
      int code = run(Map.of("DIGITALOCEAN_TOKEN", wrong), "audit", "-B", "--api-url", fake.url());

      assertThat(code).isEqualTo(SeawallCli.API);
      assertThat(err.toString()).contains("401").doesNotContain(wrong);
      assertThat(out.toString()).doesNotContain(wrong);
    }
  }
}
