package dev.seawall.compute.droplet;

import dev.seawall.compute.ComputeRules;
import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Audits droplets fetched from the API against the droplet rules.
 *
 * <ul>
 *   <li><b>SW-DR-002</b>: flagged when the droplet reports no {@code vpc_uuid}, or when its VPC is
 *       one of the {@link Builder#defaultVpcUuids(Collection) default VPCs} given to the auditor.
 *       The droplet read model does not say whether its VPC is a region's default, so pass the ids
 *       of the VPCs that {@code vpcs_list} reports with {@code default: true} to catch droplets
 *       placed there implicitly.
 *   <li><b>SW-DR-003</b>: checked only when {@link Builder#firewallCoverage(Collection, Collection)
 *       firewall coverage} is given (the droplet ids and tags the account's Cloud Firewalls apply
 *       to); flagged when neither the droplet's id nor any of its tags is covered.
 * </ul>
 *
 * <p>Not in the read model: SW-DR-001 (the API does not return the SSH keys a droplet was created
 * with; where they are known, e.g. a Terraform plan's {@code ssh_keys}, check them with {@link
 * #auditSshKeys(Droplet, Collection)}) and SW-DR-004 (user data is only visible from inside the
 * droplet; scan it with {@link UserDataScanner} where it is kept). Immutable and thread-safe.
 */
public final class DropletAuditor implements Auditor<Droplet> {
  private final Set<String> defaultVpcUuids;
  private final @Nullable Coverage coverage;

  private record Coverage(Set<Long> dropletIds, Set<String> tags) {}

  private DropletAuditor(Builder builder) {
    this.defaultVpcUuids = Set.copyOf(builder.defaultVpcUuids);
    this.coverage = builder.coverage;
  }

  /** An auditor that knows no default VPCs and no firewalls (checks only a missing VPC). */
  public static DropletAuditor create() {
    return builder().build();
  }

  /** Starts an auditor configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Audits one droplet.
   *
   * @param droplet the droplet as fetched from the API
   * @return the violations, SW-DR-002 before SW-DR-003; empty if it passes
   */
  @Override
  public List<Violation> audit(Droplet droplet) {
    Objects.requireNonNull(droplet, "droplet");
    List<Violation> violations = new ArrayList<>();
    Optional<String> vpc = droplet.vpcUuid().filter(v -> !v.isBlank());
    if (vpc.isEmpty()) {
      violations.add(
          ComputeRules.SW_DR_002.violation(
              droplet.resource(),
              "the droplet reports no vpc_uuid; recreate it in a VPC created for this workload"));
    } else if (defaultVpcUuids.contains(vpc.get())) {
      violations.add(
          ComputeRules.SW_DR_002.violation(
              droplet.resource(),
              "the droplet is in the region's default VPC "
                  + vpc.get()
                  + "; move it to a VPC created for this workload"));
    }
    Coverage c = coverage;
    if (c != null) {
      boolean covered =
          c.dropletIds().contains(droplet.id())
              || droplet.tags().stream().anyMatch(c.tags()::contains);
      if (!covered) {
        violations.add(
            CoreRules.SW_DR_003.violation(
                droplet.resource(),
                "no Cloud Firewall applies to droplet "
                    + (droplet.id() == 0 ? droplet.name() : String.valueOf(droplet.id()))
                    + " or to any of its tags "
                    + droplet.tags()
                    + "; attach a firewall to the droplet or to one of its tags"));
      }
    }
    return List.copyOf(violations);
  }

  /**
   * Audits the SSH keys a droplet is (or was) created with for SW-DR-001: without one, DigitalOcean
   * e-mails a root password and password logins stay possible. The API does not return these keys,
   * so this is for callers that know them, e.g. a Terraform plan's {@code ssh_keys} or the spec the
   * droplet was created from. There is no opt-out.
   *
   * @param droplet the droplet (named in the finding)
   * @param sshKeys the keys: ids, MD5 fingerprints, or any non-blank stand-in for a key that is
   *     known only later (e.g. a reference to a key created in the same plan); blank entries do not
   *     count
   * @return a violation on {@code droplet/<name>.sshKeys} if there is no key; empty otherwise
   */
  public List<Violation> auditSshKeys(Droplet droplet, Collection<String> sshKeys) {
    Objects.requireNonNull(droplet, "droplet");
    if (sshKeys.stream().anyMatch(key -> !key.isBlank())) {
      return List.of();
    }
    return List.of(
        ComputeRules.SW_DR_001.violation(
            droplet.resource() + ".sshKeys",
            "the droplet has no SSH key, so DigitalOcean e-mails a root password and password"
                + " logins stay possible; create it with at least one SSH key (id or MD5"
                + " fingerprint)"));
  }

  /** Configures a {@link DropletAuditor}. */
  public static final class Builder {
    private final Set<String> defaultVpcUuids = new HashSet<>();
    private @Nullable Coverage coverage;

    private Builder() {}

    /**
     * The ids of the account's default VPCs ({@code default: true} in {@code vpcs_list}); a droplet
     * in one of them is flagged under SW-DR-002. Replaces earlier values.
     */
    public Builder defaultVpcUuids(Collection<String> vpcUuids) {
      Set<String> copy = Set.copyOf(vpcUuids);
      defaultVpcUuids.clear();
      defaultVpcUuids.addAll(copy);
      return this;
    }

    /**
     * Enables SW-DR-003 with the union of {@code droplet_ids} and {@code tags} of every Cloud
     * Firewall of the account ({@code firewalls_list}).
     *
     * @param dropletIds droplet ids some firewall applies to
     * @param tags tags some firewall applies to
     */
    public Builder firewallCoverage(Collection<Long> dropletIds, Collection<String> tags) {
      this.coverage = new Coverage(Set.copyOf(dropletIds), Set.copyOf(tags));
      return this;
    }

    /** Builds the auditor. */
    public DropletAuditor build() {
      return new DropletAuditor(this);
    }
  }
}
