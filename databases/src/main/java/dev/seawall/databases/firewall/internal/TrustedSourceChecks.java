package dev.seawall.databases.firewall.internal;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.net.IpFamily;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.value.TagName;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.TrustedSourceType;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of one trusted source, shared by the specs and services that take sources. */
public final class TrustedSourceChecks {
  /** The API's limit on trusted sources per cluster. */
  public static final int MAX_RULES = 100;

  /** A lower-case UUID as DigitalOcean writes them. */
  public static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final Pattern DROPLET_ID = Pattern.compile("[1-9][0-9]{0,18}");

  private TrustedSourceChecks() {}

  /**
   * Records the violations of one source.
   *
   * @param checks where to record, already positioned on the source
   * @param source the source
   */
  public static void check(Checks checks, TrustedSourceSpec source) {
    String value = source.value();
    switch (source.type()) {
      case DROPLET -> {
        if (!DROPLET_ID.matcher(value).matches()) {
          checks.invalid("value", "a droplet id is a positive integer, got '" + value + "'");
        }
      }
      case K8S, APP -> {
        if (!UUID.matcher(value).matches()) {
          checks.invalid(
              "value",
              (source.type() == TrustedSourceType.K8S ? "a Kubernetes cluster" : "an app")
                  + " id is a lower-case UUID, got '"
                  + value
                  + "'");
        }
      }
      case TAG -> TagName.check(checks, "value", value);
      case IP_ADDR -> checkIp(checks, source);
      case UNKNOWN -> checks.invalid("type", "the trusted source type is unknown");
    }
  }

  private static void checkIp(Checks checks, TrustedSourceSpec source) {
    Cidr range;
    try {
      range = Cidr.parseAddressOrCidr(source.value());
    } catch (IllegalArgumentException e) {
      checks.invalid("value", e.getMessage());
      return;
    }
    String text = range.toCompactString();
    if (range.isInternetWide() && !acknowledges(source.acknowledgedRisks(), text)) {
      checks.refuse(
          DatabasesRules.SW_DB_002,
          text
              + " is an internet-wide range: trust droplets, tags, a Kubernetes cluster, an app or"
              + " a narrow CIDR instead; to accept this risk use allowWideRange(\""
              + text
              + "\", Justification) or TrustedSourceSpec.wideRange(cidr, Justification)");
    }
    if (range.family() == IpFamily.IPV6) {
      checks.invalid(
          "value", text + ": DigitalOcean does not accept IPv6 addresses as trusted sources");
    }
  }

  private static boolean acknowledges(List<AcknowledgedRisk> risks, String range) {
    return risks.stream()
        .anyMatch(
            risk ->
                risk.ruleId().equals(DatabasesRules.SW_DB_002.id()) && risk.detail().equals(range));
  }
}
