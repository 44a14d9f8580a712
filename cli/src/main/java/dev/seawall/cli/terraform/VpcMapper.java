package dev.seawall.cli.terraform;

import dev.seawall.core.net.Cidr;
import dev.seawall.networking.vpc.Vpc;
import java.util.Optional;

/**
 * {@code digitalocean_vpc} → {@link Vpc}: {@code name}, {@code region}, {@code description}, {@code
 * ip_range}, {@code default}. A VPC whose {@code ip_range} is not set is given a range by
 * DigitalOcean on apply: nothing to check, so it maps to nothing.
 */
final class VpcMapper {
  private VpcMapper() {}

  static Optional<Vpc> toModel(PlanResource resource) {
    Values v = resource.values();
    return v.string("ip_range")
        .filter(r -> !r.isBlank())
        .map(
            range ->
                new Vpc(
                    v.text("id"),
                    v.text("urn"),
                    v.text("name"),
                    v.string("description"),
                    v.text("region"),
                    Cidr.parseLenient(range),
                    v.bool("default", false),
                    Optional.empty()));
  }
}
