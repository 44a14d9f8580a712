package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.DatabaseFirewall;
import dev.seawall.databases.firewall.DatabaseFirewallAuditor;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.TrustedSourceType;
import dev.seawall.networking.firewall.Firewall;
import dev.seawall.networking.firewall.FirewallAuditor;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundRule;
import dev.seawall.networking.firewall.PortRange;
import dev.seawall.networking.firewall.Targets;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every module answers "is this range the internet?" as {@link Cidr#isInternetWide()} does: a Cloud
 * Firewall spec refuses ingress from it (SW-FW-001) and all-port egress to it (SW-FW-003), the
 * firewall audit flags it, a database trusted source is refused (SW-DB-002) and the database
 * firewall audit flags it, all exactly when the range is internet-wide. The ranges are written as
 * text, as users write them, so each module's own parsing is part of the check. (A load balancer's
 * own firewall refuses no range: an allow list holding {@code 0.0.0.0/0} is the same as the open
 * default, so it has no rule to agree with.)
 */
class InternetWideAgreementTest {

  @Property(tries = 300)
  void everyModule_whenGivenARange_agreesWithCidrIsInternetWide(@ForAll("ranges") Cidr range) {
    boolean wide = range.isInternetWide();
    String text = range.toString();
    Statistics.label("internet-wide").collect(wide);
    Statistics.label("internet-wide")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 20);
              coverage.check(false).percentage(p -> p > 20);
            });

    FirewallSpec.Builder firewall =
        FirewallSpec.builder()
            .name("web")
            .addInboundRule(InboundRule.tcp(443, Targets.ofAddresses(text)))
            .addOutboundRule(OutboundRule.tcp(PortRange.ALL, Targets.ofAddresses(text)))
            .tags("web");
    List<String> refused = ruleIds(firewall.validate());
    assertThat(refused.contains("SW-FW-001"))
        .as("FirewallSpec ingress from %s", text)
        .isEqualTo(wide);
    assertThat(refused.contains("SW-FW-003")).as("FirewallSpec egress to %s", text).isEqualTo(wide);

    Firewall existing =
        new Firewall(
            "bb4b2611-3d72-467b-8602-280330ecd65c",
            "web",
            Firewall.Status.SUCCEEDED,
            List.of(InboundRule.tcp(443, Targets.ofAddresses(text))),
            List.of(),
            List.of(),
            List.of("web"),
            Optional.empty(),
            List.of());
    assertThat(ids(new FirewallAuditor().audit(existing)).contains("SW-FW-001"))
        .as("FirewallAuditor on %s", text)
        .isEqualTo(wide);

    assertThat(ruleIds(TrustedSourceSpec.ipAddr(text).validate()).contains("SW-DB-002"))
        .as("TrustedSourceSpec.ipAddr(%s)", text)
        .isEqualTo(wide);

    DatabaseClusterSpec.Builder cluster =
        DatabaseClusterSpec.builder()
            .name("orders-db")
            .engine(DatabaseEngine.PG)
            .size("db-s-1vcpu-2gb")
            .region("fra1")
            .privateNetworkUuid("c140286f-e6ce-4131-8b7b-df4590ce8d6a")
            .addTrustedSource(TrustedSourceSpec.tag("web"))
            .addTrustedSource(TrustedSourceSpec.ipAddr(text));
    assertThat(ruleIds(cluster.validate()).contains("SW-DB-002"))
        .as("DatabaseClusterSpec trusting %s", text)
        .isEqualTo(wide);

    DatabaseFirewall trusted =
        new DatabaseFirewall(
            "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30",
            List.of(
                new TrustedSource(
                    "79f26d28-ea8a-41f2-8ad8-8cfcdd020095",
                    "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30",
                    TrustedSourceType.IP_ADDR,
                    range.toCompactString(),
                    "",
                    Optional.empty())));
    assertThat(
            ids(DatabaseFirewallAuditor.forCluster("orders").audit(trusted)).contains("SW-DB-002"))
        .as("DatabaseFirewallAuditor on %s", text)
        .isEqualTo(wide);
  }

  private static List<String> ruleIds(Validation<Seq<Violation>, ?> result) {
    return result.isValid() ? List.of() : ids(result.getError().asJava());
  }

  private static List<String> ids(List<Violation> violations) {
    return violations.stream().map(Violation::ruleId).toList();
  }

  /**
   * IPv4 and IPv6 ranges whose prefixes fall on both sides of the thresholds, inside and outside
   * private space (RFC 1918, {@code fc00::/7}) and IPv4-mapped IPv6.
   */
  @Provide
  Arbitrary<Cidr> ranges() {
    Arbitrary<Cidr> ipv4 =
        Arbitraries.of(
                "10.1.2.3", "172.20.0.9", "192.168.7.1", "100.64.1.1", "8.8.8.8", "203.0.113.9")
            .flatMap(a -> Arbitraries.integers().between(0, 32).map(p -> range(a, p)));
    Arbitrary<Cidr> ipv6 =
        Arbitraries.of(
                "2001:db8::1", "fd12:3456::1", "2600::1", "::ffff:8.8.8.8", "::ffff:10.1.2.3")
            .flatMap(a -> Arbitraries.integers().between(0, 128).map(p -> range(a, p)));
    return Arbitraries.oneOf(ipv4, ipv6);
  }

  private static Cidr range(String address, int prefix) {
    Cidr host = Cidr.parseAddressOrCidr(address);
    return Cidr.containing(host.address(), Math.min(prefix, host.family().bits()));
  }
}
