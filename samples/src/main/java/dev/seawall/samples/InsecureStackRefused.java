package dev.seawall.samples;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.Stack;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.testkit.FakeDigitalOcean;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows Seawall refusing an insecure stack: a firewall with SSH open to the whole internet and a
 * public-read bucket, both without a justification. Planning finds every violation at once and
 * nothing is sent; the program prints each violation with its rule id and the opt-out that would
 * accept the risk, and exits with status 1.
 *
 * <p>It runs offline against an in-process fake DigitalOcean, only to show that the plan sent no
 * request at all.
 */
public final class InsecureStackRefused {
  /**
   * An opt-out method as violation messages name it, e.g. {@code allowPublicRead(Justification)}.
   */
  private static final Pattern OPT_OUT =
      Pattern.compile("[a-z][A-Za-z]*\\((?:[^()]|\\([^()]*\\))*Justification\\)");

  private InsecureStackRefused() {}

  /**
   * Plans the insecure stack; exits with status 1 when (as expected) it is refused.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int status = run(System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Plans the stack and prints the outcome; returns 1 if it is refused, 0 otherwise. */
  static int run(PrintStream out, PrintStream err) {
    String token = "dop_v1_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    try (FakeDigitalOcean fake =
            FakeDigitalOcean.builder().token(token).withoutContract().build().start();
        DigitalOcean client =
            DigitalOcean.builder().token(ApiToken.of(token)).baseUrl(fake.url()).build();
        Spaces spaces =
            Spaces.builder()
                .credentials(
                    SpacesCredentials.of(
                        "DO00REHEARSAL0000000",
                        HexFormat.of().formatHex(new SecureRandom().generateSeed(20))))
                .build()) {
      Stack stack =
          Stack.builder()
              .add(
                  FirewallResource.builder(
                          client,
                          "insecure-web",
                          FirewallSpec.builder()
                              .addInboundRule(InboundRule.tcp(22, Targets.anywhere()))
                              .outbound(OutboundPreset.DNS_AND_HTTPS)
                              .tags("web"))
                      .build())
              .add(
                  BucketResource.builder(
                          spaces,
                          "insecure-public-bucket",
                          BucketSpec.builder().region("fra1").acl(CannedAcl.PUBLIC_READ))
                      .build())
              .build();
      Plan plan = stack.plan();
      List<Violation> errors = plan.errors();
      if (errors.isEmpty()) {
        out.println("Unexpected: the insecure stack was accepted.");
        return 0;
      }
      err.println(
          "Seawall refused the stack: "
              + errors.size()
              + " violations, found at plan time; nothing was sent (API calls: "
              + fake.calls().size()
              + ").");
      for (Violation violation : errors) {
        err.println(
            "  "
                + violation.ruleId()
                + " ["
                + violation.rule().severity()
                + "] "
                + violation.resource()
                + ": "
                + violation.message());
        err.println("      opt-out: " + optOut(violation));
      }
      return 1;
    }
  }

  /** The opt-out the violation's message names, or the rule's remediation if it names none. */
  static String optOut(Violation violation) {
    Matcher matcher = OPT_OUT.matcher(violation.message());
    if (matcher.find()) {
      return matcher.group()
          + ", with a Justification such as Justification.of(\"SEC-123: why this is acceptable\")";
    }
    return "none in the message; the rule's remediation: " + violation.rule().remediation();
  }
}
