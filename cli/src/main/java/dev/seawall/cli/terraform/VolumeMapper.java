package dev.seawall.cli.terraform;

import dev.seawall.volumes.volume.Volume;
import java.util.Optional;

/**
 * {@code digitalocean_volume} → {@link Volume}: {@code name}, {@code size} (GiB), {@code region},
 * {@code description}, {@code tags}, {@code droplet_ids}, and the filesystem DigitalOcean formats
 * it with: {@code initial_filesystem_type}, else the deprecated {@code filesystem_type} when known
 * (not set and unknown until apply: none).
 */
final class VolumeMapper {
  private VolumeMapper() {}

  static Volume toModel(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    String filesystem =
        v.string("initial_filesystem_type")
            .filter(f -> !f.isBlank())
            .orElse(v.text("filesystem_type"));
    return new Volume(
        v.text("id"),
        v.text("name"),
        v.number("size").orElse(0L).intValue(),
        new Volume.Region(v.text("region"), ""),
        v.numbers("droplet_ids"),
        filesystem,
        v.string("initial_filesystem_label").orElse(v.text("filesystem_label")),
        Optional.of(facts.tags(resource)),
        Optional.empty(),
        v.text("description"));
  }
}
