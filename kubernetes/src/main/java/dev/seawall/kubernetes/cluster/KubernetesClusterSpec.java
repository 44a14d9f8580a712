package dev.seawall.kubernetes.cluster;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.core.value.TagName;
import dev.seawall.kubernetes.KubernetesRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a DigitalOcean Kubernetes (DOKS) cluster: the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/kubernetes_create_cluster">kubernetes_create_cluster</a>.
 *
 * <p>Hardened by default; each default is a rule whose opt-out takes a {@link Justification}:
 *
 * <ul>
 *   <li>{@code auto_upgrade} on (SW-K8S-001, {@link Builder#disableAutoUpgrade});
 *   <li>{@code surge_upgrade} on (SW-K8S-002, {@link Builder#disableSurgeUpgrade});
 *   <li>an explicit VPC, {@code vpc_uuid}, required (SW-K8S-003, {@link Builder#inDefaultVpc});
 *   <li>the control-plane firewall on, with an allow-list of CIDRs that is required (SW-K8S-004,
 *       {@link Builder#disableControlPlaneFirewall}) and holds no internet-wide range (SW-K8S-005,
 *       {@link Builder#allowInternetWideControlPlane});
 *   <li>a highly available control plane, {@code ha} (SW-K8S-006, {@link
 *       Builder#singleControlPlane});
 *   <li>a maintenance window on a fixed day, by default Sunday 03:00 UTC (SW-K8S-007, {@link
 *       Builder#maintenanceOnAnyDay});
 *   <li>container registry integration off (SW-K8S-008, {@link Builder#integrateRegistry}).
 * </ul>
 *
 * <pre>{@code
 * KubernetesClusterSpec spec = KubernetesClusterSpec.builder()
 *     .name("prod")
 *     .region("fra1")
 *     .vpcUuid(vpcId)
 *     .addNodePool(NodePoolSpec.builder("workers").size("s-2vcpu-4gb").autoscale(2, 5).build())
 *     .controlPlaneAllowedAddresses("203.0.113.0/24")
 *     .build();                                        // version "latest", resolved when applied
 * }</pre>
 *
 * <p>Immutable. Region and VPC are fixed at creation; a version change is an upgrade to a version
 * the API lists as available; the other fields change in place (see {@link
 * KubernetesClusterService#apply}).
 */
public final class KubernetesClusterSpec {
  /** The version meaning "the newest version DigitalOcean offers", resolved when applied. */
  public static final String LATEST = "latest";

  private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+-do\\.\\d+");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final String name;
  private final String region;
  private final String version;
  private final @Nullable String vpcUuid;
  private final List<String> tags;
  private final List<NodePoolSpec> nodePools;
  private final boolean autoUpgrade;
  private final boolean surgeUpgrade;
  private final MaintenanceWindow maintenanceWindow;
  private final boolean ha;
  private final boolean controlPlaneFirewall;
  private final List<Cidr> controlPlaneAllowedAddresses;
  private final boolean registryIntegration;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private KubernetesClusterSpec(Builder builder, List<Cidr> allowed) {
    this.name = builder.name;
    this.region = builder.region;
    this.version = builder.version;
    this.vpcUuid = builder.vpcUuid;
    this.tags = List.copyOf(builder.tags);
    this.nodePools = List.copyOf(builder.nodePools);
    this.autoUpgrade = builder.autoUpgrade;
    this.surgeUpgrade = builder.surgeUpgrade;
    this.maintenanceWindow = builder.maintenanceWindow;
    this.ha = builder.ha;
    this.controlPlaneFirewall = builder.controlPlaneFirewall;
    this.controlPlaneAllowedAddresses = List.copyOf(allowed);
    this.registryIntegration = builder.registryIntegration;
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
  }

  /**
   * Starts a spec; name, region, a VPC, a node pool and the control-plane allow-list are needed.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values (opt-outs included). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.region = region;
    b.version = version;
    b.vpcUuid = vpcUuid;
    b.tags.addAll(tags);
    b.nodePools.addAll(nodePools);
    b.autoUpgrade = autoUpgrade;
    b.surgeUpgrade = surgeUpgrade;
    b.maintenanceWindow = maintenanceWindow;
    b.ha = ha;
    b.controlPlaneFirewall = controlPlaneFirewall;
    controlPlaneAllowedAddresses.forEach(c -> b.allowedAddresses.add(c.toString()));
    b.registryIntegration = registryIntegration;
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    b.wideAllowed.addAll(wideAllowedOf(acknowledgedRisks));
    return b;
  }

  private static List<String> wideAllowedOf(List<AcknowledgedRisk> risks) {
    return risks.stream()
        .filter(r -> r.ruleId().equals(KubernetesRules.SW_K8S_005.id()))
        .map(AcknowledgedRisk::detail)
        .map(d -> d.replace("control plane reachable from ", ""))
        .toList();
  }

  /** The cluster name, unique in the account: lower-case letters, digits and {@code -}. */
  public String name() {
    return name;
  }

  /** The region slug, e.g. {@code fra1}. */
  public String region() {
    return region;
  }

  /** The version slug, e.g. {@code 1.31.1-do.0}, or {@value #LATEST}. */
  public String version() {
    return version;
  }

  /** Whether the version is {@value #LATEST}, resolved to a slug when planned or applied. */
  public boolean isLatestVersion() {
    return LATEST.equals(version);
  }

  /** The VPC's UUID; empty only with {@link Builder#inDefaultVpc}. */
  public Optional<String> vpcUuid() {
    return Optional.ofNullable(vpcUuid);
  }

  /** The cluster's tags (DigitalOcean adds {@code k8s} and {@code k8s:<id>}); default none. */
  public List<String> tags() {
    return tags;
  }

  /** The node pools, at least one. */
  public List<NodePoolSpec> nodePools() {
    return nodePools;
  }

  /** {@code auto_upgrade}: patch releases applied in the maintenance window; default on. */
  public boolean autoUpgrade() {
    return autoUpgrade;
  }

  /** {@code surge_upgrade}: new nodes before old ones are drained; default on. */
  public boolean surgeUpgrade() {
    return surgeUpgrade;
  }

  /** The maintenance window; default {@link MaintenanceWindow#DEFAULT}. */
  public MaintenanceWindow maintenanceWindow() {
    return maintenanceWindow;
  }

  /** {@code ha}: a highly available control plane; default on. */
  public boolean ha() {
    return ha;
  }

  /** Whether the control-plane firewall is enabled; default yes. */
  public boolean controlPlaneFirewall() {
    return controlPlaneFirewall;
  }

  /** The addresses allowed to reach the Kubernetes API, canonical CIDRs. */
  public List<Cidr> controlPlaneAllowedAddresses() {
    return controlPlaneAllowedAddresses;
  }

  /** Whether the DigitalOcean Container Registry is integrated; default no. */
  public boolean registryIntegration() {
    return registryIntegration;
  }

  /** The risks accepted through opt-outs, each with its justification; empty by default. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /** This spec with another version, e.g. {@value #LATEST} resolved to a slug. */
  public KubernetesClusterSpec withVersion(String version) {
    return toBuilder().version(version).build();
  }

  /** This spec in another VPC, e.g. a stack reference resolved to the VPC's id. */
  public KubernetesClusterSpec withVpcUuid(String vpcUuid) {
    return toBuilder().vpcUuid(vpcUuid).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KubernetesClusterSpec other && fields().equals(other.fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  private List<Object> fields() {
    return java.util.Arrays.asList(
        name,
        region,
        version,
        vpcUuid,
        tags,
        nodePools,
        autoUpgrade,
        surgeUpgrade,
        maintenanceWindow,
        ha,
        controlPlaneFirewall,
        controlPlaneAllowedAddresses,
        registryIntegration,
        acknowledgedRisks);
  }

  @Override
  public String toString() {
    return "KubernetesClusterSpec[name="
        + name
        + ", region="
        + region
        + ", version="
        + version
        + ", vpcUuid="
        + (vpcUuid == null ? "(region default)" : vpcUuid)
        + ", nodePools="
        + nodePools
        + ", autoUpgrade="
        + autoUpgrade
        + ", surgeUpgrade="
        + surgeUpgrade
        + ", ha="
        + ha
        + ", maintenance="
        + maintenanceWindow
        + ", controlPlaneFirewall="
        + (controlPlaneFirewall ? controlPlaneAllowedAddresses : "disabled")
        + ", registryIntegration="
        + registryIntegration
        + "]";
  }

  /**
   * Builder for {@link KubernetesClusterSpec}. Setters never throw for bad values: {@link
   * #validate()} reports every problem at once. Not thread-safe.
   */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private String version = LATEST;
    private @Nullable String vpcUuid;
    private final List<String> tags = new ArrayList<>();
    private final List<NodePoolSpec> nodePools = new ArrayList<>();
    private boolean autoUpgrade = true;
    private boolean surgeUpgrade = true;
    private MaintenanceWindow maintenanceWindow = MaintenanceWindow.DEFAULT;
    private boolean ha = true;
    private boolean controlPlaneFirewall = true;
    private final List<String> allowedAddresses = new ArrayList<>();
    private final Set<String> wideAllowed = new LinkedHashSet<>();
    private boolean registryIntegration;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /** Sets the name (required): 1 to 63 lower-case letters, digits or {@code -}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
      return this;
    }

    /** Sets the region slug (required), e.g. {@code fra1}. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip();
      return this;
    }

    /**
     * Sets the version slug, e.g. {@code 1.31.1-do.0}. Default {@value #LATEST}: the newest version
     * {@code kubernetes_list_options} offers, resolved when the cluster is planned or created (and
     * shown in the plan); an existing cluster keeps its version then (auto_upgrade applies
     * patches). Changing the slug of an existing cluster upgrades it, only to a version the API
     * lists as an upgrade.
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version").strip();
      return this;
    }

    /** Sets the VPC (required unless {@link #inDefaultVpc}): the VPC's UUID, same region. */
    public Builder vpcUuid(String vpcUuid) {
      this.vpcUuid = Objects.requireNonNull(vpcUuid, "vpcUuid").strip();
      return this;
    }

    /**
     * Opt-out of SW-K8S-003: creates the cluster in its region's default VPC, shared with every
     * resource created there without a VPC.
     */
    public Builder inDefaultVpc(Justification justification) {
      this.vpcUuid = null;
      return acknowledge(KubernetesRules.SW_K8S_003, justification, "in the region's default VPC");
    }

    /** Replaces the cluster's tags; default none. */
    public Builder tags(Collection<String> tags) {
      List<String> copy = List.copyOf(tags);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Appends a cluster tag. */
    public Builder addTag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /** Replaces the node pools (at least one is required). */
    public Builder nodePools(Collection<NodePoolSpec> nodePools) {
      List<NodePoolSpec> copy = List.copyOf(nodePools);
      this.nodePools.clear();
      this.nodePools.addAll(copy);
      return this;
    }

    /** Appends a node pool. */
    public Builder addNodePool(NodePoolSpec nodePool) {
      nodePools.add(Objects.requireNonNull(nodePool, "nodePool"));
      return this;
    }

    /** Opt-out of SW-K8S-001: no automatic patch upgrades (DIG-0008). Default: on. */
    public Builder disableAutoUpgrade(Justification justification) {
      this.autoUpgrade = false;
      return acknowledge(KubernetesRules.SW_K8S_001, justification, "auto_upgrade off");
    }

    /** Opt-out of SW-K8S-002: upgrades without surge nodes (DIG-0005). Default: on. */
    public Builder disableSurgeUpgrade(Justification justification) {
      this.surgeUpgrade = false;
      return acknowledge(KubernetesRules.SW_K8S_002, justification, "surge_upgrade off");
    }

    /**
     * Sets the maintenance window on a fixed day, start in UTC. Default: Sunday 03:00 UTC. {@link
     * MaintenanceDay#ANY} is refused here (SW-K8S-007): use {@link #maintenanceOnAnyDay}.
     */
    public Builder maintenanceWindow(MaintenanceDay day, LocalTime startTime) {
      this.maintenanceWindow = new MaintenanceWindow(day, startTime);
      return this;
    }

    /** Opt-out of SW-K8S-007: maintenance may start on any day at {@code startTime} UTC. */
    public Builder maintenanceOnAnyDay(LocalTime startTime, Justification justification) {
      this.maintenanceWindow = new MaintenanceWindow(MaintenanceDay.ANY, startTime);
      return acknowledge(KubernetesRules.SW_K8S_007, justification, "maintenance on any day");
    }

    /** Opt-out of SW-K8S-006: a single control-plane replica. Default: highly available. */
    public Builder singleControlPlane(Justification justification) {
      this.ha = false;
      return acknowledge(KubernetesRules.SW_K8S_006, justification, "control plane not HA");
    }

    /**
     * Replaces the addresses allowed to reach the Kubernetes API (required while the control-plane
     * firewall is on), as CIDRs ({@code 203.0.113.0/24}) or single addresses. Internet-wide ranges
     * are refused (SW-K8S-005) unless {@link #allowInternetWideControlPlane} names them.
     */
    public Builder controlPlaneAllowedAddresses(String... addresses) {
      return controlPlaneAllowedAddresses(List.of(addresses));
    }

    /** Replaces the allowed addresses; see {@link #controlPlaneAllowedAddresses(String...)}. */
    public Builder controlPlaneAllowedAddresses(Collection<String> addresses) {
      List<String> copy = List.copyOf(addresses);
      allowedAddresses.clear();
      copy.forEach(a -> allowedAddresses.add(a.strip()));
      return this;
    }

    /** Appends an allowed address; see {@link #controlPlaneAllowedAddresses(String...)}. */
    public Builder addControlPlaneAllowedAddress(String address) {
      allowedAddresses.add(Objects.requireNonNull(address, "address").strip());
      return this;
    }

    /**
     * Opt-out of SW-K8S-005: allows an internet-wide range ({@code 0.0.0.0/0}, {@code ::/0}) to
     * reach the Kubernetes API, which turns the control-plane firewall's protection off for it.
     */
    public Builder allowInternetWideControlPlane(String cidr, Justification justification) {
      String text = Objects.requireNonNull(cidr, "cidr").strip();
      if (!allowedAddresses.contains(text)) {
        allowedAddresses.add(text);
      }
      wideAllowed.add(text);
      return acknowledge(
          KubernetesRules.SW_K8S_005, justification, "control plane reachable from " + text);
    }

    /**
     * Opt-out of SW-K8S-004: no control-plane firewall, so the Kubernetes API answers every
     * address. Default: enabled with the allow-list.
     */
    public Builder disableControlPlaneFirewall(Justification justification) {
      this.controlPlaneFirewall = false;
      return acknowledge(
          KubernetesRules.SW_K8S_004, justification, "control-plane firewall disabled");
    }

    /**
     * Opt-in accepted under SW-K8S-008: integrates the account's DigitalOcean Container Registry,
     * which places a registry credential in every namespace. Default: off.
     */
    public Builder integrateRegistry(Justification justification) {
      this.registryIntegration = true;
      return acknowledge(
          KubernetesRules.SW_K8S_008, justification, "registry credential in every namespace");
    }

    private Builder acknowledge(
        dev.seawall.core.policy.Rule rule, Justification justification, String detail) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              rule, Objects.requireNonNull(justification, "justification"), detail));
      return this;
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001) and
     * SW-K8S-001 to SW-K8S-008.
     */
    public Validation<Seq<Violation>, KubernetesClusterSpec> validate() {
      Checks checks = Checks.on("kubernetes_cluster/" + (name.isEmpty() ? "(unnamed)" : name));
      if (!NAME.matcher(name).matches()) {
        checks.invalid(
            "name",
            "a cluster needs a name of 1 to 63 lower-case letters, digits or '-', e.g."
                + " name(\"prod\")");
      }
      RegionSlug.check(checks, "region", region);
      if (!version.equals(LATEST) && !VERSION.matcher(version).matches()) {
        checks.invalid(
            "version", "must be \"latest\" or a version slug such as 1.31.1-do.0, was " + version);
      }
      if (vpcUuid != null && !UUID.matcher(vpcUuid).matches()) {
        checks.invalid("vpcUuid", "must be a VPC's UUID");
      }
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_003,
          vpcUuid == null,
          acknowledgedRisks,
          "the cluster would join its region's default VPC; set vpcUuid(...)",
          "inDefaultVpc(Justification)");
      for (int i = 0; i < tags.size(); i++) {
        TagName.check(checks, "tags[" + i + "]", tags.get(i));
      }
      if (nodePools.isEmpty()) {
        checks.invalid(
            "nodePools", "a cluster needs at least one node pool, e.g. addNodePool(...)");
      }
      Set<String> poolNames = new LinkedHashSet<>();
      for (int i = 0; i < nodePools.size(); i++) {
        NodePoolSpec pool = nodePools.get(i);
        pool.check(checks.at("nodePools[" + i + "]"));
        if (!poolNames.add(pool.name())) {
          checks.invalid("nodePools[" + i + "]", "repeats the node pool name " + pool.name());
        }
      }
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_001,
          !autoUpgrade,
          acknowledgedRisks,
          "auto_upgrade is off",
          "disableAutoUpgrade(Justification)");
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_002,
          !surgeUpgrade,
          acknowledgedRisks,
          "surge_upgrade is off",
          "disableSurgeUpgrade(Justification)");
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_006,
          !ha,
          acknowledgedRisks,
          "the control plane is not highly available",
          "singleControlPlane(Justification)");
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_007,
          maintenanceWindow.day() == MaintenanceDay.ANY,
          acknowledgedRisks,
          "maintenance may start on any day; choose a low-traffic day with"
              + " maintenanceWindow(day, startTime)",
          "maintenanceOnAnyDay(LocalTime, Justification)");
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_008,
          registryIntegration,
          acknowledgedRisks,
          "registry integration places a registry credential in every namespace",
          "integrateRegistry(Justification)");
      List<Cidr> allowed = new ArrayList<>();
      for (int i = 0; i < allowedAddresses.size(); i++) {
        String text = allowedAddresses.get(i);
        Checks at = checks.at("controlPlaneAllowedAddresses[" + i + "]");
        Cidr cidr;
        try {
          cidr = Cidr.parseAddressOrCidr(text);
        } catch (IllegalArgumentException e) {
          checks.invalid("controlPlaneAllowedAddresses[" + i + "]", e.getMessage());
          continue;
        }
        if (allowed.contains(cidr)) {
          checks.invalid("controlPlaneAllowedAddresses[" + i + "]", "repeats " + cidr);
          continue;
        }
        allowed.add(cidr);
        at.refuseUnlessAcknowledged(
            KubernetesRules.SW_K8S_005,
            cidr.isInternetWide(),
            wideAllowed.contains(text) ? acknowledgedRisks : List.of(),
            cidr + " lets the whole internet reach the Kubernetes API",
            "allowInternetWideControlPlane(\"" + text + "\", Justification)");
      }
      checks.refuseUnlessAcknowledged(
          KubernetesRules.SW_K8S_004,
          !controlPlaneFirewall || allowedAddresses.isEmpty(),
          controlPlaneFirewall ? List.of() : acknowledgedRisks,
          controlPlaneFirewall
              ? "the control-plane firewall needs an allow-list; give the operators' and CI's"
                  + " ranges with controlPlaneAllowedAddresses(...)"
              : "the control-plane firewall is disabled",
          "disableControlPlaneFirewall(Justification)");
      return checks.result(() -> new KubernetesClusterSpec(this, allowed));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every violation when {@link #validate()} fails
     */
    public KubernetesClusterSpec build() {
      Validation<Seq<Violation>, KubernetesClusterSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
