package dev.seawall.compute.droplet;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read models for tests. */
final class Droplets {
  private Droplets() {}

  static Droplet droplet(long id, String name, Optional<String> vpcUuid, List<String> tags) {
    return new Droplet(
        id,
        name,
        DropletStatus.ACTIVE,
        1024,
        1,
        25,
        false,
        Optional.of(Instant.parse("2025-01-02T03:04:05Z")),
        List.of("monitoring", "droplet_agent"),
        new Droplet.Image(7555620, "24.04 (LTS) x64", "ubuntu-24-04-x64", "Ubuntu"),
        List.of(),
        "s-1vcpu-1gb",
        new Droplet.Networks(
            List.of(
                new Droplet.NetworkV4("10.10.0.5", "255.255.0.0", "", "private"),
                new Droplet.NetworkV4("203.0.113.7", "255.255.240.0", "203.0.113.1", "public")),
            List.of()),
        new Droplet.Region("fra1", "Frankfurt 1"),
        tags,
        vpcUuid);
  }
}
