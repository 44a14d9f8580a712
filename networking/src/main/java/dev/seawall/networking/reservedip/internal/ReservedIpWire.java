package dev.seawall.networking.reservedip.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.reservedip.ReservedIp;
import java.util.List;
import java.util.Optional;

/**
 * A reserved IP exactly as the API writes it.
 *
 * @param ip the address
 * @param region the region object
 * @param droplet the assigned droplet, {@code null} on the wire when unassigned
 * @param locked whether actions are pending
 * @param projectId the project id
 */
public record ReservedIpWire(
    String ip,
    Region region,
    Optional<DropletWire> droplet,
    boolean locked,
    @Json(name = "project_id") Optional<String> projectId) {

  /** The read model. */
  public ReservedIp toModel() {
    return new ReservedIp(
        ip,
        region.slug(),
        droplet.map(d -> new ReservedIp.Droplet(d.id(), d.name(), d.tags().orElse(List.of()))),
        locked,
        projectId.filter(id -> !id.isEmpty()));
  }

  /**
   * The region object.
   *
   * @param slug the region slug
   */
  public record Region(String slug) {}

  /**
   * The parts of the embedded droplet Seawall reads.
   *
   * @param id the droplet id
   * @param name the droplet name
   * @param tags the droplet's tags
   */
  public record DropletWire(long id, String name, Optional<List<String>> tags) {}
}
