package dev.seawall.networking.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Severity;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The desired state of a Cloud Firewall, hardened by construction: it allows nothing by default (no
 * inbound rule, no outbound rule) and refuses risky rules unless an opt-out with a {@link
 * Justification} acknowledges them. "The internet" is any internet-wide address range as {@link
 * Cidr#isInternetWide()} defines it ({@code 0.0.0.0/0}, {@code ::/0} and other wide public ranges),
 * the same definition the database rules and all audits use.
 *
 * <table>
 *   <caption>Rules enforced</caption>
 *   <tr><th>rule</th><th>refused</th><th>opt-out</th></tr>
 *   <tr><td>SW-FW-001</td><td>inbound from an internet-wide range</td>
 *       <td>{@link Builder#allowPublicIngress(PortRange, Justification)},
 *           {@link Builder#allowPublicIcmp(Justification)}</td></tr>
 *   <tr><td>SW-FW-002</td><td>admin/database ports ({@link #adminPorts()}) from an
 *       internet-wide range</td>
 *       <td>{@link Builder#allowPublicAdminIngress(PortRange, Justification)} (also needed when
 *           {@code allowPublicIngress} covers the port)</td></tr>
 *   <tr><td>SW-FW-003</td><td>outbound to an internet-wide range on all ports</td>
 *       <td>{@link Builder#allowAllOutbound(Justification)}</td></tr>
 *   <tr><td>SW-FW-004</td><td>all ports inbound from an address source</td>
 *       <td>{@link Builder#allowAllPorts(Cidr, Justification)}</td></tr>
 *   <tr><td>SW-FW-005</td><td>no droplet and no tag (warning, see {@link #warnings()})</td>
 *       <td>none needed: warnings do not refuse the spec</td></tr>
 * </table>
 *
 * <pre>{@code
 * FirewallSpec web = FirewallSpec.builder()
 *     .name("web")
 *     .addInboundRule(InboundRule.tcp(443, Targets.ofLoadBalancerUids(lbId)))
 *     .addInboundRule(InboundRule.tcp(22, Targets.ofTags("bastion")))
 *     .outbound(OutboundPreset.DNS_AND_HTTPS)
 *     .tags("web")
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>
 * and <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_update">firewalls_update</a>.
 */
public final class FirewallSpec {

  /** The most droplet ids a firewall may name directly: 10. Use a tag for more droplets. */
  public static final int MAX_DROPLET_IDS = 10;

  private final String name;
  private final List<InboundRule> inboundRules;
  private final List<OutboundRule> outboundRules;
  private final List<Long> dropletIds;
  private final List<String> tags;
  private final FirewallPolicy.OptOuts optOuts;
  private final List<AcknowledgedRisk> acknowledgedRisks;
  private final List<Violation> warnings;

  private FirewallSpec(Builder builder, List<Violation> warnings) {
    this.name = builder.name;
    this.inboundRules = List.copyOf(builder.inboundRules);
    this.outboundRules = List.copyOf(builder.outboundRules);
    this.dropletIds = List.copyOf(new LinkedHashSet<>(builder.dropletIds));
    this.tags = List.copyOf(new LinkedHashSet<>(builder.tags));
    this.optOuts = builder.optOuts();
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
    this.warnings = List.copyOf(warnings);
  }

  /** Starts a spec that allows nothing; a name and at least one rule are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder from an existing firewall (name, rules, droplet ids, tags), for
   * read-modify-write updates that lose nothing. No opt-out is carried over: if the firewall has
   * risky rules, the builder refuses them until the same opt-outs are given again.
   */
  public static Builder builderFrom(Firewall firewall) {
    Objects.requireNonNull(firewall, "firewall");
    return new Builder()
        .name(firewall.name())
        .inboundRules(firewall.inboundRules())
        .outboundRules(firewall.outboundRules())
        .dropletIds(firewall.dropletIds())
        .tags(firewall.tags());
  }

  /**
   * The admin and database ports of SW-FW-002: 22 (SSH), 2375-2376 (Docker API), 3306 (MySQL), 3389
   * (RDP), 5432 (PostgreSQL), 6379 (Redis), 9200 (Elasticsearch), 10250 (Kubelet), 27017 (MongoDB).
   */
  public static List<PortRange> adminPorts() {
    return FirewallPolicy.ADMIN_PORTS.stream().map(FirewallPolicy.AdminPort::ports).toList();
  }

  /** A builder holding this spec's values, opt-outs and acknowledged risks. */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .name(name)
            .inboundRules(inboundRules)
            .outboundRules(outboundRules)
            .dropletIds(dropletIds)
            .tags(tags);
    builder.publicIngress.addAll(optOuts.publicIngress());
    builder.publicAdminIngress.addAll(optOuts.publicAdminIngress());
    builder.publicIcmp = optOuts.publicIcmp();
    builder.allOutbound = optOuts.allOutbound();
    builder.allPortsSources.addAll(optOuts.allPortsSources());
    builder.acknowledgedRisks.addAll(acknowledgedRisks);
    return builder;
  }

  /** The firewall's name, e.g. {@code web}. */
  public String name() {
    return name;
  }

  /** The inbound rules, in the order added. */
  public List<InboundRule> inboundRules() {
    return inboundRules;
  }

  /** The outbound rules, in the order added; empty means no outbound traffic at all. */
  public List<OutboundRule> outboundRules() {
    return outboundRules;
  }

  /** The droplets the firewall is assigned to directly (at most {@value #MAX_DROPLET_IDS}). */
  public List<Long> dropletIds() {
    return dropletIds;
  }

  /** The tags whose droplets the firewall applies to. */
  public List<String> tags() {
    return tags;
  }

  /** The risks acknowledged through opt-outs, in the order given. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /**
   * Violations of warning rules found when the spec was built, such as SW-FW-005 (the firewall
   * applies to no droplet and no tag). They do not refuse the spec; report them.
   */
  public List<Violation> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FirewallSpec other
        && name.equals(other.name)
        && inboundRules.equals(other.inboundRules)
        && outboundRules.equals(other.outboundRules)
        && dropletIds.equals(other.dropletIds)
        && tags.equals(other.tags)
        && optOuts.equals(other.optOuts)
        && acknowledgedRisks.equals(other.acknowledgedRisks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, inboundRules, outboundRules, dropletIds, tags, acknowledgedRisks);
  }

  @Override
  public String toString() {
    return "FirewallSpec[name="
        + name
        + ", inboundRules="
        + inboundRules
        + ", outboundRules="
        + outboundRules
        + ", dropletIds="
        + dropletIds
        + ", tags="
        + tags
        + ", acknowledgedRisks="
        + acknowledgedRisks.size()
        + "]";
  }

  /**
   * Builder for {@link FirewallSpec}. Plural setters replace, {@code addX} appends; setters copy
   * their input and never throw for bad values: {@link #validate()} reports every problem at once.
   */
  public static final class Builder {
    private String name = "";
    private final List<InboundRule> inboundRules = new ArrayList<>();
    private final List<OutboundRule> outboundRules = new ArrayList<>();
    private final List<Long> dropletIds = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<PortRange> publicIngress = new ArrayList<>();
    private final List<PortRange> publicAdminIngress = new ArrayList<>();
    private boolean publicIcmp;
    private boolean allOutbound;
    private final List<Cidr> allPortsSources = new ArrayList<>();
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the name: an alphanumeric first character, then alphanumerics, dots and dashes (at least
     * two characters). Required; it is also how {@code FirewallService.apply} finds the firewall
     * again.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Replaces the inbound rules. Default: none (nothing may come in). */
    public Builder inboundRules(Collection<InboundRule> rules) {
      List<InboundRule> copy = List.copyOf(rules);
      inboundRules.clear();
      inboundRules.addAll(copy);
      return this;
    }

    /** Replaces the inbound rules. */
    public Builder inboundRules(InboundRule... rules) {
      return inboundRules(Arrays.asList(rules));
    }

    /** Appends an inbound rule. */
    public Builder addInboundRule(InboundRule rule) {
      inboundRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Replaces the outbound rules. Default: none (nothing may go out, not even DNS). */
    public Builder outboundRules(Collection<OutboundRule> rules) {
      List<OutboundRule> copy = List.copyOf(rules);
      outboundRules.clear();
      outboundRules.addAll(copy);
      return this;
    }

    /** Replaces the outbound rules. */
    public Builder outboundRules(OutboundRule... rules) {
      return outboundRules(Arrays.asList(rules));
    }

    /** Replaces the outbound rules with those of a preset; add explicit rules after it. */
    public Builder outbound(OutboundPreset preset) {
      return outboundRules(Objects.requireNonNull(preset, "preset").rules());
    }

    /** Appends an outbound rule. */
    public Builder addOutboundRule(OutboundRule rule) {
      outboundRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Replaces the droplet ids the firewall is assigned to (positive, at most {@value
     * #MAX_DROPLET_IDS}; prefer {@link #tags}).
     */
    public Builder dropletIds(Collection<Long> dropletIds) {
      List<Long> copy = List.copyOf(dropletIds);
      this.dropletIds.clear();
      this.dropletIds.addAll(copy);
      return this;
    }

    /** Replaces the droplet ids; see {@link #dropletIds(Collection)}. */
    public Builder dropletIds(long... dropletIds) {
      return dropletIds(Arrays.stream(dropletIds).boxed().toList());
    }

    /** Appends a droplet id. */
    public Builder addDropletId(long dropletId) {
      dropletIds.add(dropletId);
      return this;
    }

    /**
     * Replaces the tags whose droplets the firewall applies to (letters, digits, colons, dashes,
     * underscores; at most 255 characters each). The tags must exist.
     */
    public Builder tags(Collection<String> tags) {
      List<String> copy = List.copyOf(tags);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Replaces the tags; see {@link #tags(Collection)}. */
    public Builder tags(String... tags) {
      return tags(Arrays.asList(tags));
    }

    /** Appends a tag. */
    public Builder addTag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * Accepts inbound TCP/UDP rules from internet-wide ranges ({@link Cidr#isInternetWide()}, such
     * as {@code 0.0.0.0/0} or {@code ::/0}) on these ports (SW-FW-001): the service is reachable by
     * every host on the internet. Admin and database ports additionally need {@link
     * #allowPublicAdminIngress}. Records an {@link AcknowledgedRisk} for SW-FW-001.
     *
     * @param ports the ports that may be public, e.g. {@code PortRange.of(443)}
     * @param justification why, e.g. a ticket reference
     */
    public Builder allowPublicIngress(PortRange ports, Justification justification) {
      Objects.requireNonNull(ports, "ports");
      publicIngress.add(ports);
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_FW_001,
              justification,
              "tcp/udp " + ports + " from 0.0.0.0/0 and ::/0"));
      return this;
    }

    /** {@link #allowPublicIngress(PortRange, Justification)} for one port. */
    public Builder allowPublicIngress(int port, Justification justification) {
      return allowPublicIngress(PortRange.of(port), justification);
    }

    /**
     * Accepts inbound TCP/UDP rules from internet-wide ranges ({@link Cidr#isInternetWide()}) on
     * admin or database ports (SW-FW-002, see {@link FirewallSpec#adminPorts()}): they are
     * brute-forced and exploited within minutes. This stronger opt-out also covers SW-FW-001 for
     * these ports. Records {@link AcknowledgedRisk}s for SW-FW-002 and SW-FW-001.
     *
     * @param ports the ports that may be public, e.g. {@code PortRange.of(22)}
     * @param justification why, e.g. a ticket reference
     */
    public Builder allowPublicAdminIngress(PortRange ports, Justification justification) {
      Objects.requireNonNull(ports, "ports");
      publicAdminIngress.add(ports);
      String detail = "tcp/udp " + ports + " (admin/database) from 0.0.0.0/0 and ::/0";
      acknowledge(AcknowledgedRisk.of(NetworkingRules.SW_FW_002, justification, detail));
      acknowledge(AcknowledgedRisk.of(NetworkingRules.SW_FW_001, justification, detail));
      return this;
    }

    /** {@link #allowPublicAdminIngress(PortRange, Justification)} for one port. */
    public Builder allowPublicAdminIngress(int port, Justification justification) {
      return allowPublicAdminIngress(PortRange.of(port), justification);
    }

    /**
     * Accepts inbound ICMP rules from internet-wide ranges ({@link Cidr#isInternetWide()}, such as
     * {@code 0.0.0.0/0} or {@code ::/0}) (SW-FW-001): every host on the internet can ping and map
     * the droplets. Records an {@link AcknowledgedRisk}.
     */
    public Builder allowPublicIcmp(Justification justification) {
      publicIcmp = true;
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_FW_001, justification, "icmp from 0.0.0.0/0 and ::/0"));
      return this;
    }

    /**
     * Accepts outbound TCP/UDP rules to internet-wide ranges ({@link Cidr#isInternetWide()}, such
     * as {@code 0.0.0.0/0} or {@code ::/0}) on all ports (SW-FW-003): a compromised droplet can
     * reach any server. Prefer {@link OutboundPreset#DNS_AND_HTTPS}. This only acknowledges the
     * risk; add the rules, e.g. {@code OutboundRule.tcp(PortRange.ALL, Targets.anywhere())}.
     * Records an {@link AcknowledgedRisk}.
     */
    public Builder allowAllOutbound(Justification justification) {
      allOutbound = true;
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_FW_003, justification, "all ports to 0.0.0.0/0 and ::/0"));
      return this;
    }

    /**
     * Accepts inbound TCP/UDP rules on all ports from addresses within {@code source} (SW-FW-004):
     * every service on the droplets, including ones started later, is reachable from there. Records
     * an {@link AcknowledgedRisk}.
     *
     * @param source the address range that may reach every port, e.g. the VPC range
     * @param justification why
     */
    public Builder allowAllPorts(Cidr source, Justification justification) {
      Objects.requireNonNull(source, "source");
      allPortsSources.add(source);
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_FW_004, justification, "all ports from " + source));
      return this;
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001) and
     * policy violations (SW-FW-001..004). Warnings (SW-FW-005) do not refuse the spec; they are
     * available from {@link FirewallSpec#warnings()}.
     */
    public Validation<Seq<Violation>, FirewallSpec> validate() {
      Checks checks = Checks.on("firewall/" + (name.isBlank() ? "(unnamed)" : name));
      if (name.isBlank()) {
        checks.invalid("name", "a firewall needs a name, e.g. name(\"web\")");
      } else {
        NameRule.FIREWALL.check(checks, "name", name);
      }
      if (inboundRules.isEmpty() && outboundRules.isEmpty()) {
        checks.invalid(
            "inboundRules",
            "a firewall needs at least one inbound or outbound rule (the API refuses an empty"
                + " firewall); add a rule or outbound(OutboundPreset.DNS_AND_HTTPS)");
      }
      for (int i = 0; i < inboundRules.size(); i++) {
        if (inboundRules.get(i).sources().isEmpty()) {
          checks.invalid(
              "inboundRules[" + i + "].sources",
              "an inbound rule needs at least one source (address, tag, droplet, load balancer or"
                  + " Kubernetes cluster)");
        }
      }
      for (int i = 0; i < outboundRules.size(); i++) {
        if (outboundRules.get(i).destinations().isEmpty()) {
          checks.invalid(
              "outboundRules[" + i + "].destinations",
              "an outbound rule needs at least one destination (address, tag, droplet, load"
                  + " balancer or Kubernetes cluster)");
        }
      }
      List<Long> distinctDroplets = List.copyOf(new LinkedHashSet<>(dropletIds));
      if (distinctDroplets.size() > MAX_DROPLET_IDS) {
        checks.invalid(
            "dropletIds",
            distinctDroplets.size()
                + " droplet ids given, at most "
                + MAX_DROPLET_IDS
                + " are allowed; tag the droplets and use tags(...) instead");
      }
      for (int i = 0; i < dropletIds.size(); i++) {
        if (dropletIds.get(i) <= 0) {
          checks.invalid(
              "dropletIds[" + i + "]", "droplet ids are positive, was " + dropletIds.get(i));
        }
      }
      for (int i = 0; i < tags.size(); i++) {
        TagName.check(checks, "tags[" + i + "]", tags.get(i));
      }
      FirewallPolicy.check(checks, inboundRules, outboundRules, dropletIds, tags, optOuts());
      List<Violation> warnings =
          checks.violations().stream().filter(v -> v.rule().severity() != Severity.ERROR).toList();
      return checks.result(() -> new FirewallSpec(this, warnings));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public FirewallSpec build() {
      Validation<Seq<Violation>, FirewallSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private FirewallPolicy.OptOuts optOuts() {
      return new FirewallPolicy.OptOuts(
          publicIngress, publicAdminIngress, publicIcmp, allOutbound, allPortsSources);
    }

    private void acknowledge(AcknowledgedRisk risk) {
      if (!acknowledgedRisks.contains(risk)) {
        acknowledgedRisks.add(risk);
      }
    }
  }
}
