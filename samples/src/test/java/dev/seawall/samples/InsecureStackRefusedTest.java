package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.compute.ComputeRules;
import dev.seawall.networking.NetworkingRules;
import dev.seawall.spaces.SpacesRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InsecureStackRefusedTest {
  @Test
  void run_whenSshOpenToTheWorldAndBucketPublicRead_exitsNonZeroNamingEveryRuleAndOptOut() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        InsecureStackRefused.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(1);
    assertThat(printed)
        .contains("nothing was sent (API calls: 0)")
        .contains(NetworkingRules.SW_FW_002.id() + " [ERROR] firewall/insecure-web.inboundRules[0]")
        .contains("opt-out: allowPublicAdminIngress(PortRange.of(22), Justification)")
        .contains(SpacesRules.SW_SP_001.id() + " [ERROR] bucket/insecure-public-bucket")
        .contains("opt-out: allowPublicRead(Justification)");
    assertThat(printed.lines().filter(line -> line.contains("opt-out: "))).hasSize(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("accepted");
  }

  @Test
  void optOut_whenMessageNamesNone_fallsBackToTheRuleRemediation() {
    String optOut =
        InsecureStackRefused.optOut(ComputeRules.SW_DR_001.violation("droplet/x", "no SSH key"));

    assertThat(optOut).contains(ComputeRules.SW_DR_001.remediation());
  }
}
