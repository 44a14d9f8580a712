package dev.seawall.networking.vpc;

import com.squareup.moshi.Json;
import dev.seawall.core.net.Cidr;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A VPC network as the API reports it (read model).
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_get">vpcs_get</a>.
 *
 * @param id the VPC's UUID
 * @param urn the uniform resource name, {@code do:vpc:<id>}
 * @param name the VPC's name, unique in the account
 * @param description free text, at most 255 characters; empty when the API did not report it
 *     (unknown, so never a change in a diff)
 * @param region the region slug, e.g. {@code nyc1}
 * @param ipRange the private address range
 * @param isDefault whether this is the region's default VPC (it can be neither deleted nor unset)
 * @param createdAt when the VPC was created, if reported
 */
public record Vpc(
    String id,
    String urn,
    String name,
    Optional<String> description,
    String region,
    @Json(name = "ip_range") Cidr ipRange,
    @Json(name = "default") boolean isDefault,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /** Validates the components. */
  public Vpc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(ipRange, "ipRange");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
