package dev.seawall.compute.sshkey.internal;

import com.squareup.moshi.Json;

/**
 * Body of {@code sshKeys_create}.
 *
 * @param name the display name
 * @param publicKey the OpenSSH public key line
 */
public record SshKeyCreateRequest(String name, @Json(name = "public_key") String publicKey) {}
