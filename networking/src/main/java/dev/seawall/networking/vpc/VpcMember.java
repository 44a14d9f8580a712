package dev.seawall.networking.vpc;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource inside a VPC (droplet, load balancer, database cluster, ...), as listed by <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list_members">vpcs_list_members</a>.
 *
 * @param name the resource's name
 * @param urn the resource's URN, e.g. {@code do:droplet:13457723}
 * @param createdAt when the resource was created, if reported
 */
public record VpcMember(
    String name, String urn, @Json(name = "created_at") Optional<Instant> createdAt) {
  /** Validates the components. */
  public VpcMember {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return name + " (" + urn + ")";
  }
}
