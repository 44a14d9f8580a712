package dev.seawall.networking.loadbalancer;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The desired state of a regional load balancer, hardened by construction: HTTPS only, STRONG TLS
 * ciphers, inside an explicit VPC. Risky settings are refused unless an opt-out with a {@link
 * Justification} acknowledges them.
 *
 * <table>
 *   <caption>Rules enforced</caption>
 *   <tr><th>rule</th><th>refused</th><th>opt-out</th></tr>
 *   <tr><td>SW-LB-001</td><td>a plain {@code http} entry that does not redirect to HTTPS (no
 *       {@code redirectHttpToHttps(true)}, or an entry port other than 80)</td>
 *       <td>{@link Builder#allowPlainHttp(Justification)}</td></tr>
 *   <tr><td>SW-LB-002</td><td>{@code redirectHttpToHttps(true)} without a TLS rule (termination
 *       or passthrough) on entry port 443</td><td>none</td></tr>
 *   <tr><td>SW-LB-003</td><td>TLS terminated with a cipher policy other than STRONG</td>
 *       <td>{@link Builder#allowDefaultCipherPolicy(Justification)}</td></tr>
 *   <tr><td>SW-LB-004</td><td>no {@code vpcUuid}</td>
 *       <td>{@link Builder#inDefaultVpc(Justification)}</td></tr>
 * </table>
 *
 * <pre>{@code
 * LoadBalancerSpec web = LoadBalancerSpec.builder()
 *     .name("web-lb")
 *     .region("nyc3")
 *     .vpcUuid(vpc.id())
 *     .tag("web")
 *     .addForwardingRule(ForwardingRule.https("web-cert", 8080))
 *     .addForwardingRule(ForwardingRule.httpRedirect())
 *     .redirectHttpToHttps(true)
 *     .healthCheck(HealthCheck.builder().port(8080).path("/healthz").build())
 *     .build();
 * }</pre>
 *
 * <p>A spec is the full desired state: every attribute has a documented default and is sent on
 * create and update (a PUT resets what it does not carry). Certificates are referenced by name and
 * resolved to ids when the request is built. Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_create">loadBalancers_create</a>
 * and <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_update">loadBalancers_update</a>.
 */
public final class LoadBalancerSpec {
  /** The default number of nodes: 1. */
  public static final int DEFAULT_SIZE_UNIT = 1;

  /** The default HTTP idle timeout: 60 seconds. */
  public static final int DEFAULT_HTTP_IDLE_TIMEOUT_SECONDS = 60;

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Set<String> LEGACY_SIZES = Set.of("lb-small", "lb-medium", "lb-large");

  private final String name;
  private final String region;
  private final int sizeUnit;
  private final String size;
  private final String vpcUuid;
  private final String tag;
  private final List<Long> dropletIds;
  private final List<ForwardingRule> forwardingRules;
  private final HealthCheck healthCheck;
  private final StickySessions stickySessions;
  private final boolean redirectHttpToHttps;
  private final TlsCipherPolicy tlsCipherPolicy;
  private final boolean enableProxyProtocol;
  private final boolean enableBackendKeepalive;
  private final int httpIdleTimeoutSeconds;
  private final boolean disableLetsEncryptDnsRecords;
  private final LoadBalancerFirewall firewall;
  private final LoadBalancerNetwork network;
  private final NetworkStack networkStack;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private LoadBalancerSpec(Builder b) {
    this.name = b.name;
    this.region = b.region;
    this.sizeUnit = b.size.isEmpty() && b.sizeUnit == 0 ? DEFAULT_SIZE_UNIT : b.sizeUnit;
    this.size = b.size;
    this.vpcUuid = b.vpcUuid;
    this.tag = b.tag;
    this.dropletIds = List.copyOf(new LinkedHashSet<>(b.dropletIds));
    this.forwardingRules = List.copyOf(b.forwardingRules);
    this.healthCheck = b.healthCheck;
    this.stickySessions = b.stickySessions;
    this.redirectHttpToHttps = b.redirectHttpToHttps;
    this.tlsCipherPolicy = b.cipherPolicy();
    this.enableProxyProtocol = b.enableProxyProtocol;
    this.enableBackendKeepalive = b.enableBackendKeepalive;
    this.httpIdleTimeoutSeconds = b.httpIdleTimeoutSeconds;
    this.disableLetsEncryptDnsRecords = b.disableLetsEncryptDnsRecords;
    this.firewall = LoadBalancerFirewall.of(b.firewallAllow, b.firewallDeny);
    this.network = b.network;
    this.networkStack = b.networkStack;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** Starts a spec; name, region, VPC, forwarding rules and a tag (or droplet ids) are needed. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values, opt-outs and acknowledged risks. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.region = region;
    b.sizeUnit = size.isEmpty() ? sizeUnit : 0;
    b.size = size;
    b.vpcUuid = vpcUuid;
    b.tag = tag;
    b.dropletIds.addAll(dropletIds);
    b.forwardingRules.addAll(forwardingRules);
    b.healthCheck = healthCheck;
    b.stickySessions = stickySessions;
    b.redirectHttpToHttps = redirectHttpToHttps;
    b.enableProxyProtocol = enableProxyProtocol;
    b.enableBackendKeepalive = enableBackendKeepalive;
    b.httpIdleTimeoutSeconds = httpIdleTimeoutSeconds;
    b.disableLetsEncryptDnsRecords = disableLetsEncryptDnsRecords;
    b.firewallAllow.addAll(firewall.allow());
    b.firewallDeny.addAll(firewall.deny());
    b.network = network;
    b.networkStack = networkStack;
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The load balancer's name; how {@code LoadBalancerService.apply} finds it again. */
  public String name() {
    return name;
  }

  /** The region slug, e.g. {@code nyc3}. */
  public String region() {
    return region;
  }

  /** The number of nodes, 1..100; 0 when the legacy {@link #size()} is used instead. */
  public int sizeUnit() {
    return size.isEmpty() ? sizeUnit : 0;
  }

  /**
   * The legacy size slug ({@code lb-small}, {@code lb-medium}, {@code lb-large}); usually empty.
   */
  public String size() {
    return size;
  }

  /** The VPC's UUID; empty only with {@link Builder#inDefaultVpc(Justification)}. */
  public String vpcUuid() {
    return vpcUuid;
  }

  /** The tag whose droplets are the backends; empty when {@link #dropletIds()} are used. */
  public String tag() {
    return tag;
  }

  /** The droplets behind the load balancer; empty when a {@link #tag()} is used. */
  public List<Long> dropletIds() {
    return dropletIds;
  }

  /** The forwarding rules, in the order added. */
  public List<ForwardingRule> forwardingRules() {
    return forwardingRules;
  }

  /** The names of the certificates the forwarding rules use, without duplicates, in rule order. */
  public List<String> certificateNames() {
    return forwardingRules.stream()
        .map(ForwardingRule::certificateName)
        .flatMap(java.util.Optional::stream)
        .distinct()
        .toList();
  }

  /** The health check; {@link HealthCheck#DEFAULT} unless set. */
  public HealthCheck healthCheck() {
    return healthCheck;
  }

  /** The sticky sessions; {@link StickySessions#none()} unless set. */
  public StickySessions stickySessions() {
    return stickySessions;
  }

  /** Whether HTTP on port 80 is redirected to HTTPS on port 443. Default: false. */
  public boolean redirectHttpToHttps() {
    return redirectHttpToHttps;
  }

  /** The TLS cipher policy: STRONG unless {@link Builder#allowDefaultCipherPolicy} was used. */
  public TlsCipherPolicy tlsCipherPolicy() {
    return tlsCipherPolicy;
  }

  /** Whether the PROXY protocol is used towards the droplets. Default: false. */
  public boolean enableProxyProtocol() {
    return enableProxyProtocol;
  }

  /** Whether HTTP keepalive connections to the droplets are kept. Default: false. */
  public boolean enableBackendKeepalive() {
    return enableBackendKeepalive;
  }

  /** The HTTP idle timeout in seconds, 30..600. Default: 60. */
  public int httpIdleTimeoutSeconds() {
    return httpIdleTimeoutSeconds;
  }

  /** Whether DNS records for Let's Encrypt certificates are not created. Default: false. */
  public boolean disableLetsEncryptDnsRecords() {
    return disableLetsEncryptDnsRecords;
  }

  /** The load balancer's allow/deny lists; {@link LoadBalancerFirewall#open()} unless set. */
  public LoadBalancerFirewall firewall() {
    return firewall;
  }

  /** {@code EXTERNAL} (default) or {@code INTERNAL}; cannot change after creation. */
  public LoadBalancerNetwork network() {
    return network;
  }

  /** {@code IPV4} (default) or {@code DUALSTACK}; cannot change after creation. */
  public NetworkStack networkStack() {
    return networkStack;
  }

  /** The risks acknowledged through opt-outs, in the order given. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoadBalancerSpec other
        && name.equals(other.name)
        && region.equals(other.region)
        && sizeUnit == other.sizeUnit
        && size.equals(other.size)
        && vpcUuid.equals(other.vpcUuid)
        && tag.equals(other.tag)
        && dropletIds.equals(other.dropletIds)
        && forwardingRules.equals(other.forwardingRules)
        && healthCheck.equals(other.healthCheck)
        && stickySessions.equals(other.stickySessions)
        && redirectHttpToHttps == other.redirectHttpToHttps
        && tlsCipherPolicy == other.tlsCipherPolicy
        && enableProxyProtocol == other.enableProxyProtocol
        && enableBackendKeepalive == other.enableBackendKeepalive
        && httpIdleTimeoutSeconds == other.httpIdleTimeoutSeconds
        && disableLetsEncryptDnsRecords == other.disableLetsEncryptDnsRecords
        && firewall.equals(other.firewall)
        && network == other.network
        && networkStack == other.networkStack
        && acknowledgedRisks.equals(other.acknowledgedRisks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, region, vpcUuid, tag, dropletIds, forwardingRules, firewall);
  }

  @Override
  public String toString() {
    return "LoadBalancerSpec[name="
        + name
        + ", region="
        + region
        + (size.isEmpty() ? ", sizeUnit=" + sizeUnit : ", size=" + size)
        + ", vpcUuid="
        + vpcUuid
        + (tag.isEmpty() ? ", dropletIds=" + dropletIds : ", tag=" + tag)
        + ", forwardingRules="
        + forwardingRules
        + ", redirectHttpToHttps="
        + redirectHttpToHttps
        + ", tlsCipherPolicy="
        + tlsCipherPolicy
        + ", healthCheck="
        + healthCheck
        + ", firewall="
        + firewall
        + ", network="
        + network
        + ", acknowledgedRisks="
        + acknowledgedRisks.size()
        + "]";
  }

  /**
   * Builder for {@link LoadBalancerSpec}. Plural setters replace, {@code addX} appends; setters
   * copy their input and never throw for bad values: {@link #validate()} reports every problem at
   * once.
   */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private int sizeUnit;
    private String size = "";
    private String vpcUuid = "";
    private String tag = "";
    private final List<Long> dropletIds = new ArrayList<>();
    private final List<ForwardingRule> forwardingRules = new ArrayList<>();
    private HealthCheck healthCheck = HealthCheck.DEFAULT;
    private StickySessions stickySessions = StickySessions.none();
    private boolean redirectHttpToHttps;
    private boolean enableProxyProtocol;
    private boolean enableBackendKeepalive;
    private int httpIdleTimeoutSeconds = DEFAULT_HTTP_IDLE_TIMEOUT_SECONDS;
    private boolean disableLetsEncryptDnsRecords;
    private final List<Cidr> firewallAllow = new ArrayList<>();
    private final List<Cidr> firewallDeny = new ArrayList<>();
    private LoadBalancerNetwork network = LoadBalancerNetwork.EXTERNAL;
    private NetworkStack networkStack = NetworkStack.IPV4;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the name: a letter or digit, then letters, digits, dots and dashes, at most 255
     * characters. Required.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the region slug, e.g. {@code nyc3}. Required; cannot change after creation. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Sets the number of nodes, 1..100. Default: {@value LoadBalancerSpec#DEFAULT_SIZE_UNIT}. Not
     * together with {@link #size(String)}.
     */
    public Builder sizeUnit(int sizeUnit) {
      this.sizeUnit = sizeUnit;
      return this;
    }

    /**
     * Sets the legacy size slug ({@code lb-small}, {@code lb-medium}, {@code lb-large}), only for
     * regions without {@code size_unit} (AMS2, NYC2, SFO1). Not together with {@link
     * #sizeUnit(int)}.
     */
    public Builder size(String size) {
      this.size = Objects.requireNonNull(size, "size");
      return this;
    }

    /**
     * Sets the UUID of the VPC the load balancer is placed in; required (SW-LB-004) unless {@link
     * #inDefaultVpc(Justification)}. Cannot change after creation.
     */
    public Builder vpcUuid(String vpcUuid) {
      this.vpcUuid = Objects.requireNonNull(vpcUuid, "vpcUuid");
      return this;
    }

    /**
     * Sets the tag whose droplets are the backends (preferred: droplets tagged later join
     * automatically). Not together with droplet ids.
     */
    public Builder tag(String tag) {
      this.tag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    /** Replaces the droplet ids behind the load balancer; prefer {@link #tag(String)}. */
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

    /** Replaces the forwarding rules. At least one is required. */
    public Builder forwardingRules(Collection<ForwardingRule> rules) {
      List<ForwardingRule> copy = List.copyOf(rules);
      forwardingRules.clear();
      forwardingRules.addAll(copy);
      return this;
    }

    /** Replaces the forwarding rules. */
    public Builder forwardingRules(ForwardingRule... rules) {
      return forwardingRules(Arrays.asList(rules));
    }

    /** Appends a forwarding rule. */
    public Builder addForwardingRule(ForwardingRule rule) {
      forwardingRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Sets the health check. Default: {@link HealthCheck#DEFAULT} ({@code http} port 80 /). */
    public Builder healthCheck(HealthCheck healthCheck) {
      this.healthCheck = Objects.requireNonNull(healthCheck, "healthCheck");
      return this;
    }

    /** Sets sticky sessions. Default: {@link StickySessions#none()}. */
    public Builder stickySessions(StickySessions stickySessions) {
      this.stickySessions = Objects.requireNonNull(stickySessions, "stickySessions");
      return this;
    }

    /**
     * Sets whether HTTP on port 80 is answered with a redirect to HTTPS on port 443. Default:
     * false. Needs a TLS rule on port 443 (SW-LB-002); add {@link ForwardingRule#httpRedirect()} so
     * that the load balancer listens on port 80.
     */
    public Builder redirectHttpToHttps(boolean redirect) {
      this.redirectHttpToHttps = redirect;
      return this;
    }

    /** Sets whether the PROXY protocol is used towards the droplets. Default: false. */
    public Builder enableProxyProtocol(boolean enable) {
      this.enableProxyProtocol = enable;
      return this;
    }

    /** Sets whether HTTP keepalive connections to the droplets are kept. Default: false. */
    public Builder enableBackendKeepalive(boolean enable) {
      this.enableBackendKeepalive = enable;
      return this;
    }

    /** Sets the HTTP idle timeout in seconds, 30..600. Default: 60. */
    public Builder httpIdleTimeoutSeconds(int seconds) {
      this.httpIdleTimeoutSeconds = seconds;
      return this;
    }

    /**
     * Sets whether DNS records for Let's Encrypt certificates are not created automatically.
     * Default: false.
     */
    public Builder disableLetsEncryptDnsRecords(boolean disable) {
      this.disableLetsEncryptDnsRecords = disable;
      return this;
    }

    /** Replaces both firewall lists with those of {@code firewall}. */
    public Builder firewall(LoadBalancerFirewall firewall) {
      Objects.requireNonNull(firewall, "firewall");
      return firewallAllow(firewall.allow()).firewallDeny(firewall.deny());
    }

    /**
     * Replaces the ranges admitted by the load balancer's firewall; empty (the default) admits
     * every client not denied.
     */
    public Builder firewallAllow(Collection<Cidr> ranges) {
      List<Cidr> copy = List.copyOf(ranges);
      firewallAllow.clear();
      firewallAllow.addAll(copy);
      return this;
    }

    /** Replaces the admitted ranges; see {@link #firewallAllow(Collection)}. */
    public Builder firewallAllow(Cidr... ranges) {
      return firewallAllow(Arrays.asList(ranges));
    }

    /** Appends an admitted range. */
    public Builder addFirewallAllow(Cidr range) {
      firewallAllow.add(Objects.requireNonNull(range, "range"));
      return this;
    }

    /** Replaces the ranges rejected by the load balancer's firewall. Default: none. */
    public Builder firewallDeny(Collection<Cidr> ranges) {
      List<Cidr> copy = List.copyOf(ranges);
      firewallDeny.clear();
      firewallDeny.addAll(copy);
      return this;
    }

    /** Replaces the rejected ranges; see {@link #firewallDeny(Collection)}. */
    public Builder firewallDeny(Cidr... ranges) {
      return firewallDeny(Arrays.asList(ranges));
    }

    /** Appends a rejected range. */
    public Builder addFirewallDeny(Cidr range) {
      firewallDeny.add(Objects.requireNonNull(range, "range"));
      return this;
    }

    /**
     * Sets whether the load balancer is public ({@code EXTERNAL}, default) or only reachable from
     * its VPC ({@code INTERNAL}). Cannot change after creation.
     */
    public Builder network(LoadBalancerNetwork network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /** Sets {@code IPV4} (default) or {@code DUALSTACK}. Cannot change after creation. */
    public Builder networkStack(NetworkStack networkStack) {
      this.networkStack = Objects.requireNonNull(networkStack, "networkStack");
      return this;
    }

    /**
     * Accepts plain {@code http} entries that do not redirect to HTTPS (SW-LB-001): requests,
     * cookies and credentials cross the internet readable and changeable by anyone on the path.
     * Records an {@link AcknowledgedRisk} for SW-LB-001.
     *
     * @param justification why, e.g. a ticket reference
     */
    public Builder allowPlainHttp(Justification justification) {
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_LB_001,
              justification,
              "plain http entries without redirect to HTTPS"));
      return this;
    }

    /**
     * Terminates TLS with the API's {@code DEFAULT} cipher policy instead of {@code STRONG}
     * (SW-LB-003): old TLS versions and weak suites are accepted, e.g. for legacy clients. Records
     * an {@link AcknowledgedRisk} for SW-LB-003.
     *
     * @param justification why, e.g. a ticket reference
     */
    public Builder allowDefaultCipherPolicy(Justification justification) {
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_LB_003, justification, "tls_cipher_policy DEFAULT"));
      return this;
    }

    /**
     * Places the load balancer in the region's default VPC instead of an explicit one (SW-LB-004):
     * it shares that network with every other resource placed there by default. Do not also set
     * {@link #vpcUuid(String)}. Records an {@link AcknowledgedRisk} for SW-LB-004.
     *
     * @param justification why, e.g. a ticket reference
     */
    public Builder inDefaultVpc(Justification justification) {
      acknowledge(
          AcknowledgedRisk.of(
              NetworkingRules.SW_LB_004,
              justification,
              "load balancer in the region's default VPC"));
      return this;
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001) and
     * policy violations (SW-LB-001..004).
     */
    public Validation<Seq<Violation>, LoadBalancerSpec> validate() {
      Checks checks = Checks.on("load_balancer/" + (name.isBlank() ? "(unnamed)" : name));
      if (name.isBlank()) {
        checks.invalid("name", "a load balancer needs a name, e.g. name(\"web-lb\")");
      } else {
        NameRule.LOAD_BALANCER.check(checks, "name", name);
      }
      if (region.isBlank()) {
        checks.invalid("region", "a load balancer needs a region, e.g. region(\"nyc3\")");
      } else {
        RegionSlug.check(checks, "region", region);
      }
      checkSize(checks);
      checkBackends(checks);
      checkRules(checks);
      if (httpIdleTimeoutSeconds < 30 || httpIdleTimeoutSeconds > 600) {
        checks.invalid(
            "httpIdleTimeoutSeconds", "must be 30..600 seconds, was " + httpIdleTimeoutSeconds);
      }
      boolean defaultVpc = Checks.isAcknowledged(NetworkingRules.SW_LB_004, acknowledgedRisks);
      if (!vpcUuid.isEmpty() && !UUID.matcher(vpcUuid).matches()) {
        checks.invalid("vpcUuid", "'" + vpcUuid + "' is not a VPC UUID");
      }
      if (!vpcUuid.isEmpty() && defaultVpc) {
        checks.invalid(
            "vpcUuid",
            "both vpcUuid(...) and inDefaultVpc(Justification) were given; keep one of them");
      }
      if (network == LoadBalancerNetwork.UNKNOWN) {
        checks.invalid("network", "choose EXTERNAL or INTERNAL");
      }
      if (networkStack == NetworkStack.UNKNOWN) {
        checks.invalid("networkStack", "choose IPV4 or DUALSTACK");
      }
      Set<Cidr> both = new LinkedHashSet<>(firewallAllow);
      both.retainAll(new HashSet<>(firewallDeny));
      for (Cidr range : both) {
        checks.invalid(
            "firewall", range + " is both allowed and denied; keep it in one of the two lists");
      }
      LoadBalancerPolicy.check(
          checks,
          forwardingRules,
          redirectHttpToHttps,
          cipherPolicy(),
          vpcUuid,
          Set.of(),
          acknowledgedRisks);
      return checks.result(() -> new LoadBalancerSpec(this));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public LoadBalancerSpec build() {
      Validation<Seq<Violation>, LoadBalancerSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private void checkSize(Checks checks) {
      if (!size.isEmpty()) {
        if (sizeUnit != 0) {
          checks.invalid("size", "set either sizeUnit(...) or the legacy size(...), not both");
        }
        if (!LEGACY_SIZES.contains(size)) {
          checks.invalid("size", "'" + size + "' is not lb-small, lb-medium or lb-large");
        }
      } else if (sizeUnit != 0 && (sizeUnit < 1 || sizeUnit > 100)) {
        checks.invalid("sizeUnit", "must be 1..100 nodes, was " + sizeUnit);
      }
    }

    private void checkBackends(Checks checks) {
      if (tag.isEmpty() && dropletIds.isEmpty()) {
        checks.invalid(
            "tag",
            "name the backends: tag(\"web\") (preferred: droplets tagged later join"
                + " automatically) or dropletIds(...)");
      } else if (!tag.isEmpty() && !dropletIds.isEmpty()) {
        checks.invalid(
            "dropletIds", "tag and dropletIds are mutually exclusive; keep one (prefer the tag)");
      }
      if (!tag.isEmpty()) {
        TagName.check(checks, "tag", tag);
      }
      for (int i = 0; i < dropletIds.size(); i++) {
        if (dropletIds.get(i) <= 0) {
          checks.invalid(
              "dropletIds[" + i + "]", "droplet ids are positive, was " + dropletIds.get(i));
        }
      }
    }

    private void checkRules(Checks checks) {
      if (forwardingRules.isEmpty()) {
        checks.invalid(
            "forwardingRules",
            "a load balancer needs at least one forwarding rule, e.g."
                + " ForwardingRule.https(\"web-cert\", 8080)");
      }
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < forwardingRules.size(); i++) {
        ForwardingRule rule = forwardingRules.get(i);
        String at = "forwardingRules[" + i + "]";
        rule.specProblem().ifPresent(problem -> checks.invalid(at, problem));
        // HTTP/3 listens on UDP, so it may share its port number with a TCP entry.
        String key =
            (rule.entryProtocol() == EntryProtocol.HTTP3 ? "udp/" : "tcp/") + rule.entryPort();
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          checks.invalid(
              "forwardingRules[" + i + "]",
              "entry port "
                  + rule.entryPort()
                  + " is already used by forwardingRules["
                  + first
                  + "]; each entry port takes one rule");
        }
      }
    }

    private TlsCipherPolicy cipherPolicy() {
      return Checks.isAcknowledged(NetworkingRules.SW_LB_003, acknowledgedRisks)
          ? TlsCipherPolicy.DEFAULT
          : TlsCipherPolicy.STRONG;
    }

    private void acknowledge(AcknowledgedRisk risk) {
      if (!acknowledgedRisks.contains(risk)) {
        acknowledgedRisks.add(risk);
      }
    }
  }
}
