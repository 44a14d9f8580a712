package dev.seawall.compute;

import dev.seawall.compute.droplet.DropletService;
import dev.seawall.compute.sshkey.SshKeyService;
import dev.seawall.core.DigitalOcean;

/**
 * Entry point of the compute module: the services for droplets and SSH keys on a {@link
 * DigitalOcean} client. Services are cheap, stateless views of the client; create them as needed.
 *
 * <pre>{@code
 * SshKey key = Compute.sshKeys(client).ensure("deploy", SshPublicKey.parse(line));
 * Droplet droplet = Compute.droplets(client).create(spec, Duration.ofMinutes(5));
 * }</pre>
 */
public final class Compute {
  private Compute() {}

  /**
   * The droplet service of {@code client}.
   *
   * @param client the DigitalOcean client
   * @return a service creating, reading, listing and deleting droplets
   */
  public static DropletService droplets(DigitalOcean client) {
    return new DropletService(client);
  }

  /**
   * The SSH key service of {@code client}.
   *
   * @param client the DigitalOcean client
   * @return a service uploading, finding, reusing and deleting SSH keys
   */
  public static SshKeyService sshKeys(DigitalOcean client) {
    return new SshKeyService(client);
  }
}
