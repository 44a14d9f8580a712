package dev.seawall.compute.sshkey;

import com.squareup.moshi.Json;

/**
 * An SSH key uploaded to the account (the {@code sshKeys} schema of {@code sshKeys_get}).
 *
 * @param id the key id, usable in {@code DropletSpec.Builder.addSshKey(long)}
 * @param fingerprint the MD5 fingerprint as colon-separated hex, equal to {@link
 *     SshPublicKey#md5Fingerprint()}
 * @param publicKey the public key line as uploaded
 * @param name the display name
 */
public record SshKey(
    long id, String fingerprint, @Json(name = "public_key") String publicKey, String name) {}
