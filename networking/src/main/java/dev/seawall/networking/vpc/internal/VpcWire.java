package dev.seawall.networking.vpc.internal;

import com.squareup.moshi.Json;
import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.vpc.Vpc;
import java.time.Instant;
import java.util.Optional;

/**
 * A VPC exactly as the API writes it.
 *
 * @param id the UUID
 * @param urn the URN
 * @param name the name
 * @param description the description
 * @param region the region slug
 * @param ipRange the range as written by the API
 * @param isDefault whether it is the region's default VPC
 * @param createdAt the creation time
 */
public record VpcWire(
    String id,
    String urn,
    String name,
    Optional<String> description,
    String region,
    @Json(name = "ip_range") String ipRange,
    @Json(name = "default") boolean isDefault,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /**
   * The typed read model.
   *
   * @throws SeawallException if the API reported an {@code ip_range} that is not a CIDR
   */
  public Vpc toModel() {
    Cidr range;
    try {
      range = Cidr.parseLenient(ipRange);
    } catch (IllegalArgumentException e) {
      throw new SeawallException(
          "VPC '" + name + "' (" + id + ") has an ip_range Seawall cannot read: " + e.getMessage());
    }
    return new Vpc(id, urn, name, description, region, range, isDefault, createdAt);
  }
}
