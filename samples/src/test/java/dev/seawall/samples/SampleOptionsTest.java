package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.samples.SampleOptions.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {
  private static final Path OUT = Path.of("target");

  @Test
  void parse_whenNoArguments_rehearsesOfflineWithDocumentedDefaults() {
    SampleOptions options = SampleOptions.parse(new String[0], OUT);

    assertThat(options.mode).isEqualTo(Mode.EMBEDDED);
    assertThat(options.adminCidr).isEqualTo("203.0.113.10/32");
    assertThat(options.bucket).isEqualTo("seawall-demo-private");
    assertThat(options.planOnly).isFalse();
    assertThat(options.outputDir).isEqualTo(OUT);
  }

  @Test
  void parse_whenApiUrl_selectsCustomMode() {
    SampleOptions options =
        SampleOptions.parse(new String[] {"--api-url", "http://127.0.0.1:8080"}, OUT);

    assertThat(options.mode).isEqualTo(Mode.CUSTOM);
    assertThat(options.apiUrl).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void parse_whenLiveWithoutConfirmation_refusesNamingTheFlag() {
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--live"}, OUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SampleOptions.CONFIRM_FLAG);
  }

  @Test
  void parse_whenLiveWithConfirmation_selectsLiveMode() {
    SampleOptions options =
        SampleOptions.parse(new String[] {"--live", SampleOptions.CONFIRM_FLAG}, OUT);

    assertThat(options.mode).isEqualTo(Mode.LIVE);
  }

  @Test
  void parse_whenLivePlanOnly_needsNoConfirmation() {
    SampleOptions options = SampleOptions.parse(new String[] {"--live", "--plan-only"}, OUT);

    assertThat(options.mode).isEqualTo(Mode.LIVE);
    assertThat(options.planOnly).isTrue();
  }

  @Test
  void parse_whenOptionLacksValue_refuses() {
    assertThatThrownBy(() -> SampleOptions.parse(new String[] {"--admin-cidr"}, OUT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--admin-cidr needs a value");
  }

  @Test
  void run_whenLiveWithoutToken_failsBeforeSendingAnything() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        HardenedStack.run(
            new String[] {"--live", "--plan-only"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("DIGITALOCEAN_TOKEN");
  }

  @Test
  void run_whenUnknownArgument_exitsWithUsageStatus() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        HardenedStack.run(
            new String[] {"--frobnicate"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }
}
