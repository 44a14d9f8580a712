/**
 * SSH keys of the DigitalOcean account: {@link dev.seawall.compute.sshkey.SshPublicKey} parses and
 * fingerprints an OpenSSH public key locally (refusing DSA and short RSA keys), {@link
 * dev.seawall.compute.sshkey.SshKeyService} uploads, finds, reuses and deletes keys, {@link
 * dev.seawall.compute.sshkey.SshKey} is the read model.
 */
@NullMarked
package dev.seawall.compute.sshkey;

import org.jspecify.annotations.NullMarked;
