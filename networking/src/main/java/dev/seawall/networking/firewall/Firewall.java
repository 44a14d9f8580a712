package dev.seawall.networking.firewall;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Cloud Firewall as the API reports it (read model). Rules are typed like those of {@link
 * FirewallSpec}: {@code "0"} ports on TCP/UDP read as {@link PortRange#ALL}, ICMP rules carry no
 * ports, and addresses are {@link dev.seawall.core.net.Cidr}s (a bare address reads as a
 * one-address range).
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_get">firewalls_get</a>.
 *
 * @param id the firewall's UUID
 * @param name the firewall's name
 * @param status {@code waiting} while changes are applied, then {@code succeeded} or {@code failed}
 * @param inboundRules the inbound rules, in API order
 * @param outboundRules the outbound rules, in API order
 * @param dropletIds the droplets the firewall is assigned to directly
 * @param tags the tags whose droplets the firewall applies to
 * @param createdAt when the firewall was created, if reported
 * @param pendingChanges droplets whose rules are still being updated; empty when all is applied
 */
public record Firewall(
    String id,
    String name,
    Status status,
    @Json(name = "inbound_rules") List<InboundRule> inboundRules,
    @Json(name = "outbound_rules") List<OutboundRule> outboundRules,
    @Json(name = "droplet_ids") List<Long> dropletIds,
    List<String> tags,
    @Json(name = "created_at") Optional<Instant> createdAt,
    @Json(name = "pending_changes") List<PendingChange> pendingChanges) {

  /** Validates and copies the components. */
  public Firewall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    inboundRules = List.copyOf(inboundRules);
    outboundRules = List.copyOf(outboundRules);
    dropletIds = List.copyOf(dropletIds);
    tags = List.copyOf(tags);
    Objects.requireNonNull(createdAt, "createdAt");
    pendingChanges = List.copyOf(pendingChanges);
  }

  /** The firewall's {@code status}. */
  public enum Status {
    /** Changes are being applied. */
    @Json(name = "waiting")
    WAITING,
    /** Every change has been applied. */
    @Json(name = "succeeded")
    SUCCEEDED,
    /** Applying a change failed. */
    @Json(name = "failed")
    FAILED,
    /** A status this version of Seawall does not know. */
    UNKNOWN
  }

  /**
   * A droplet whose security policy is still being updated.
   *
   * @param dropletId the droplet id
   * @param removing whether the firewall is being removed from the droplet
   * @param status the state of the change, e.g. {@code waiting}
   */
  public record PendingChange(
      @Json(name = "droplet_id") long dropletId, boolean removing, String status) {
    /** Validates the components. */
    public PendingChange {
      Objects.requireNonNull(status, "status");
    }
  }
}
