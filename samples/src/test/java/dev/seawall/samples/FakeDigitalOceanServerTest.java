package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.networking.Networking;
import dev.seawall.networking.tag.TagService;
import dev.seawall.networking.vpc.Vpc;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.FakeDigitalOcean;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FakeDigitalOceanServerTest {
  private static final String TOKEN = "dop_v1_" + "5".repeat(64);

  @Test
  void start_whenGivenAToken_printsItsUrlAndServesAStatefulApi() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FakeDigitalOcean fake =
        FakeDigitalOceanServer.start(
            new String[] {"--port", "0", "--token", TOKEN, "--no-contract"},
            new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      Matcher url =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)")
              .matcher(printed.toString(StandardCharsets.UTF_8));
      assertThat(url.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
      try (DigitalOcean client =
          DigitalOcean.builder().token(ApiToken.of(TOKEN)).baseUrl(url.group(1)).build()) {
        Vpc created =
            Networking.vpcs(client)
                .apply(
                    VpcSpec.builder()
                        .name("rehearsal")
                        .region("fra1")
                        .ipRange("10.9.0.0/24")
                        .build())
                .resource();
        new TagService(client).ensure("web");

        assertThat(Networking.vpcs(client).find("rehearsal")).contains(created);
        assertThat(new TagService(client).find("web")).isPresent();
      }
    }
  }

  @Test
  void start_whenArgumentUnknown_refuses() {
    assertThatThrownBy(
            () ->
                FakeDigitalOceanServer.start(
                    new String[] {"--verbose"}, new PrintStream(new ByteArrayOutputStream())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--verbose");
  }
}
