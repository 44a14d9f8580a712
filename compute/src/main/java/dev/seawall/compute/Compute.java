package dev.seawall.compute;

import dev.seawall.compute.droplet.DropletService;
import dev.seawall.compute.sshkey.SshKeyService;
import dev.seawall.core.DigitalOcean;

/**
 * Entry point of the compute module: the services for droplets and SSH keys on a {@link
 * DigitalOcean} client, each in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind ({@code get}, {@code find}, {@code list}/{@code listAll}, {@code
 * create}, {@code apply}, {@code update}, {@code delete}). Services are cheap, stateless views of
 * the client; create them as needed.
 *
 * <pre>{@code
 * SshKey key = Compute.sshKeys(client)
 *     .apply(SshKeySpec.builder().name("deploy").publicKey(line).build())
 *     .resource();
 * Applied<Droplet> web1 = Compute.droplets(client).apply(spec); // created, retagged or unchanged
 * }</pre>
 *
 * <p>In a {@link dev.seawall.core.stack.Stack}, the same kinds are {@code SshKeyResource} and
 * {@code DropletResource}, whose builders take the referenced resources ({@code .vpc(vpc)}, {@code
 * .sshKey(key)}).
 */
public final class Compute {
  private Compute() {}

  /**
   * The droplet service of {@code client}.
   *
   * @param client the DigitalOcean client
   * @return a service creating, converging (tags in place), reading, listing and deleting droplets
   */
  public static DropletService droplets(DigitalOcean client) {
    return new DropletService(client);
  }

  /**
   * The SSH key service of {@code client}.
   *
   * @param client the DigitalOcean client
   * @return a service uploading, finding (by fingerprint), renaming and deleting SSH keys
   */
  public static SshKeyService sshKeys(DigitalOcean client) {
    return new SshKeyService(client);
  }
}
