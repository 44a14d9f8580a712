package dev.seawall.networking.reservedip;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reserved IP as the API reports it (read model): the response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPs_get">reservedIPs_get</a>.
 *
 * @param ip the public IPv4 address, also its id
 * @param region the region slug it is reserved to, e.g. {@code nyc3}
 * @param droplet the droplet it is assigned to; empty when unassigned
 * @param locked whether pending actions prevent new ones
 * @param projectId the project it belongs to, when reported
 */
public record ReservedIp(
    String ip,
    String region,
    Optional<Droplet> droplet,
    boolean locked,
    Optional<String> projectId) {

  /** Validates the components. */
  public ReservedIp {
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(droplet, "droplet");
    Objects.requireNonNull(projectId, "projectId");
  }

  /** The uniform resource name projects use: {@code do:floatingip:<ip>}. */
  public String urn() {
    return "do:floatingip:" + ip;
  }

  /** The id of the droplet it is assigned to, if any. */
  public Optional<Long> dropletId() {
    return droplet.map(Droplet::id);
  }

  /** Whether it is assigned to the droplet with this id. */
  public boolean isAssignedTo(long dropletId) {
    return droplet.map(d -> d.id() == dropletId).orElse(false);
  }

  /**
   * The droplet a reserved IP is assigned to, as the API embeds it.
   *
   * @param id the droplet id
   * @param name the droplet name
   * @param tags the droplet's tags (firewall coverage by tag)
   */
  public record Droplet(long id, String name, List<String> tags) {
    /** Copies the tags. */
    public Droplet {
      Objects.requireNonNull(name, "name");
      tags = List.copyOf(tags);
    }
  }
}
