package dev.seawall.cli.terraform;

import dev.seawall.compute.droplet.Droplet;
import dev.seawall.compute.droplet.DropletStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code digitalocean_droplet} → {@link Droplet}: {@code name}, {@code size}, {@code image}, {@code
 * region}, {@code tags} (with {@code digitalocean_tag} references resolved), {@code vpc_uuid}
 * (resolved through {@link PlanFacts#vpcUuid}), {@code volume_ids}, the {@code monitoring}, {@code
 * ipv6} and {@code backups} features, and the id (0 for a droplet the plan creates); {@code
 * ssh_keys}, which the read model does not hold, through {@link #sshKeys(PlanResource)}.
 */
final class DropletMapper {
  private DropletMapper() {}

  /**
   * The droplet's {@code ssh_keys}: the known ids and fingerprints, and {@link
   * PlanFacts#KNOWN_AFTER_APPLY} for each key the configuration sets whose value Terraform knows
   * only after apply (e.g. {@code digitalocean_ssh_key.deploy.fingerprint} of a key the plan
   * creates): a key that is set, not a missing one.
   */
  static List<String> sshKeys(PlanResource resource) {
    Values v = resource.values();
    List<String> keys = new ArrayList<>(v.strings("ssh_keys"));
    if (v.hasUnknownElements("ssh_keys") && resource.configures("ssh_keys")) {
      keys.add(PlanFacts.KNOWN_AFTER_APPLY);
    }
    return keys;
  }

  static Droplet toModel(PlanResource resource, PlanFacts facts) {
    Values v = resource.values();
    List<String> features = new ArrayList<>();
    for (String feature : List.of("monitoring", "ipv6", "backups")) {
      if (v.bool(feature, false)) {
        features.add(feature);
      }
    }
    String vpc = facts.vpcUuid(resource, "vpc_uuid");
    return new Droplet(
        PlanFacts.dropletId(resource),
        v.text("name"),
        DropletStatus.UNKNOWN,
        0,
        0,
        0,
        false,
        Optional.empty(),
        features,
        new Droplet.Image(0, "", v.text("image"), ""),
        v.strings("volume_ids"),
        v.text("size"),
        new Droplet.Networks(List.of(), List.of()),
        new Droplet.Region(v.text("region"), ""),
        facts.tags(resource),
        vpc.isEmpty() ? Optional.empty() : Optional.of(vpc));
  }
}
