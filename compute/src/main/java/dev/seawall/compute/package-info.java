/**
 * Seawall compute: droplets and SSH keys. Entry point: {@link dev.seawall.compute.Compute}.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   SshKey key = Compute.sshKeys(client)
 *       .apply(SshKeySpec.builder().name("deploy").publicKey(publicKeyLine).build())
 *       .resource();
 *   Droplet droplet = Compute.droplets(client).apply(DropletSpec.builder()
 *       .name("web-1").region("fra1").size("s-1vcpu-1gb").image("ubuntu-24-04-x64")
 *       .sshKeys(key.fingerprint()).vpcUuid(vpcUuid).build()).resource();
 * }
 * }</pre>
 *
 * <p>The module's catalog: the operations it calls ({@link dev.seawall.compute.ComputeOperations})
 * and the rules it enforces ({@link dev.seawall.compute.ComputeRules}), registered with core by
 * {@link dev.seawall.compute.ComputeCatalog}.
 */
@NullMarked
package dev.seawall.compute;

import org.jspecify.annotations.NullMarked;
