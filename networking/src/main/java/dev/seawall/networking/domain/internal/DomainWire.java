package dev.seawall.networking.domain.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.domain.Domain;
import java.util.Optional;

/**
 * A domain exactly as the API writes it.
 *
 * @param name the domain
 * @param ttl the zone's TTL
 * @param zoneFile the zone file
 */
public record DomainWire(
    String name, Optional<Integer> ttl, @Json(name = "zone_file") Optional<String> zoneFile) {

  /** The read model, without records. */
  public Domain toModel() {
    return new Domain(name, ttl, zoneFile, Optional.empty());
  }
}
