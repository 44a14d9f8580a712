/**
 * SSH keys of the DigitalOcean account: {@link dev.seawall.compute.sshkey.SshPublicKey} parses and
 * fingerprints an OpenSSH public key locally (refusing DSA and short RSA keys), {@link
 * dev.seawall.compute.sshkey.SshKeySpec} is a key to hold (name + key), {@link
 * dev.seawall.compute.sshkey.SshKeyService} uploads, finds by fingerprint, renames and deletes
 * keys, {@link dev.seawall.compute.sshkey.SshKey} is the read model and {@link
 * dev.seawall.compute.sshkey.SshKeyResource} the kind in a stack.
 */
@NullMarked
package dev.seawall.compute.sshkey;

import org.jspecify.annotations.NullMarked;
