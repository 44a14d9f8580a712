package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.Stack;
import dev.seawall.networking.firewall.FirewallCoverageRule;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcOverlapRule;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's usage example from rotting: the example below must compile, and the README's
 * "Using the client" block must be the same code (white space aside).
 */
class ReadmeUsageExampleTest {
  private static final String BEGIN = "// README:BEGIN";
  private static final String END = "// README:END";

  @SuppressWarnings("unused")
  static void usage() {
    // README:BEGIN
    try (DigitalOcean client = DigitalOcean.fromEnvironment()) { // DIGITALOCEAN_TOKEN
      TagResource web = TagResource.of(client, "web"); // applied before the firewall naming it
      VpcResource vpc =
          VpcResource.of(
              client,
              VpcSpec.builder().name("prod-fra1").region("fra1").ipRange("10.10.0.0/20").build());
      FirewallResource firewall =
          FirewallResource.builder(
                  client,
                  "web",
                  FirewallSpec.builder() // denies everything until rules are added
                      .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses("203.0.113.10/32")))
                      .addInboundRule(InboundRule.tcp(443, Targets.ofTags("edge")))
                      .outbound(OutboundPreset.DNS_AND_HTTPS)
                      .tags("web"))
              .build();
      Stack stack =
          Stack.builder()
              .add(web)
              .add(vpc)
              .add(firewall)
              .rule(new VpcOverlapRule()) // SW-VPC-001 across the stack
              .rule(new FirewallCoverageRule()) // SW-DR-003: every droplet behind a firewall
              .build();

      Plan offline = stack.plan(); // validates and orders everything; sends nothing
      offline.errors().forEach(System.err::println); // rule id, resource, and the opt-out to use

      Plan plan = stack.planLive(); // reads the current state; sends no write
      System.out.println(plan.render()); // + create, ~ update in-place (fields), = no change
      System.out.println("token scopes needed: " + plan.requiredScopes()); // only what will run

      ApplyResult result = stack.apply(plan, 4, System.out::println); // progress events
      result.applied().forEach(r -> System.out.println(r.key() + " " + r.outcome()));
    }
    // README:END
  }

  @Test
  void readme_usingTheClient_showsTheCompiledExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Using the client");
    assertThat(section).as("README section 'Using the client'").isNotNegative();
    Matcher block =
        Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(section));
    assertThat(block.find()).as("a java block in 'Using the client'").isTrue();

    String source =
        Files.readString(
            Path.of("src/test/java/dev/seawall/samples/ReadmeUsageExampleTest.java"),
            StandardCharsets.UTF_8);
    int begin = source.indexOf(BEGIN + "\n") + BEGIN.length();
    String example = source.substring(begin, source.indexOf(END + "\n", begin));

    assertThat(normalize(block.group(1))).isEqualTo(normalize(example));
  }

  private static String normalize(String code) {
    return code.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
  }
}
