package dev.seawall.core.audit;

import java.util.Objects;

/**
 * A fact about the whole account that one {@link AuditSource} learns while listing and another
 * needs for its rules, e.g. which droplets a Cloud Firewall covers. A fact is a set of strings;
 * every source that {@linkplain AuditSource#provides() provides} it adds to the set, and a source
 * that {@linkplain AuditSource#needs() needs} it runs after all of them.
 *
 * @param name the fact's name, e.g. {@code default-vpc-ids}
 */
public record AuditFact(String name) {
  /** The ids of the account's default VPCs ({@code default: true} in {@code vpcs_list}). */
  public static final AuditFact DEFAULT_VPC_IDS = new AuditFact("default-vpc-ids");

  /** The droplet ids (decimal) some Cloud Firewall applies to ({@code droplet_ids}). */
  public static final AuditFact FIREWALL_DROPLET_IDS = new AuditFact("firewall-droplet-ids");

  /** The tags some Cloud Firewall applies to ({@code tags}). */
  public static final AuditFact FIREWALL_TAGS = new AuditFact("firewall-tags");

  /** Validates the name. */
  public AuditFact {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("a fact needs a name");
    }
  }
}
