package dev.seawall.volumes;

import dev.seawall.core.DigitalOcean;
import dev.seawall.volumes.volume.VolumeService;

/**
 * Entry point to the block-storage volumes of a {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   VolumeService volumes = Volumes.volumes(client);
 *   Volume volume = volumes.apply(VolumeSpec.builder()
 *       .name("pgdata").sizeGigabytes(100).region("fra1").build())    // LUKS-ready: raw device
 *       .resource();
 *   volumes.attach(volume.id(), dropletId);
 *   String userData = LuksProvisioning.builder()
 *       .volumeName("pgdata").mountPoint("/var/lib/postgresql")
 *       .keySource(KeySource.keyFile("/run/keys/pgdata.key"))
 *       .build().cloudConfig();
 * }
 * }</pre>
 *
 * Services are cheap views of the client: create them whenever needed. Actions on one droplet are
 * serialised across all of them.
 */
public final class Volumes {
  private Volumes() {}

  /** Block-storage volumes of the client's account. */
  public static VolumeService volumes(DigitalOcean client) {
    return new VolumeService(client);
  }
}
