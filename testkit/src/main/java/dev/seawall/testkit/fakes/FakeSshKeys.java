package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SSH keys of the account: {@code sshKeys_create}, {@code sshKeys_get}, {@code sshKeys_update}
 * (renames) and {@code sshKeys_delete} (by id or by fingerprint, as the API allows) and {@code
 * sshKeys_list}.
 *
 * <p>Behaviour modelled on the real API: uploading a key whose fingerprint is already on the
 * account answers {@code 422 "SSH Key is already in use on your account"}; a public key that is not
 * {@code <type> <base64> [comment]} answers {@code 422}. Fingerprints are the MD5 of the base64 key
 * blob as colon-separated lowercase hex, computed here independently of the production code. {@link
 * FakeDroplets} refuses a create naming a key that is not in this table.
 *
 * <p>Rows live in the table {@value #TABLE}, keyed by id.
 */
public final class FakeSshKeys implements FakeResource {
  /** Table of SSH keys (JSON objects as the API answers them), keyed by id. */
  public static final String TABLE = "ssh_keys";

  /** Creates the resource; it holds no state of its own. */
  public FakeSshKeys() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable keys = state.table(TABLE);
    routes
        .on(FakeOperations.SSH_KEYS_CREATE, request -> create(request, state))
        .on(
            FakeOperations.SSH_KEYS_GET,
            request -> FakeResponse.ok(FakeJson.object("ssh_key", require(request, state))))
        .on(
            FakeOperations.SSH_KEYS_LIST,
            request -> FakeResponse.page(request, "ssh_keys", keys.values()))
        .on(
            FakeOperations.SSH_KEYS_UPDATE,
            request -> {
              Map<String, @Nullable Object> key = require(request, state);
              Object name = request.json().get("name");
              if (name instanceof String text && !text.isBlank()) {
                key.put("name", text);
              }
              return FakeResponse.ok(FakeJson.object("ssh_key", key));
            })
        .on(
            FakeOperations.SSH_KEYS_DELETE,
            request -> {
              Map<String, @Nullable Object> key = require(request, state);
              keys.remove(String.valueOf(key.get("id")));
              return FakeResponse.noContent();
            });
  }

  /**
   * Stores an SSH key as if it had been uploaded.
   *
   * @param name the display name
   * @param publicKey the OpenSSH public key line, e.g. {@code ssh-ed25519 AAAA... comment}
   * @return the live row ({@code id}, {@code fingerprint}, {@code public_key}, {@code name})
   * @throws FakeApiError 422 when {@code publicKey} is not an OpenSSH public key line
   */
  public static Map<String, @Nullable Object> seed(FakeState state, String name, String publicKey) {
    Map<String, @Nullable Object> key =
        FakeJson.object(
            "id",
            state.nextId(),
            "fingerprint",
            fingerprint(publicKey),
            "public_key",
            publicKey,
            "name",
            name);
    state.table(TABLE).put(key.get("id"), key);
    return key;
  }

  /**
   * The MD5 fingerprint DigitalOcean shows for a public key: colon-separated lowercase hex of the
   * MD5 of the base64-decoded key blob.
   *
   * @throws FakeApiError 422 when the text is not {@code <type> <base64> [comment]}
   */
  public static String fingerprint(String publicKey) {
    String[] parts = publicKey.strip().split("\\s+");
    if (parts.length < 2) {
      throw FakeApiError.unprocessable("Key invalid type, we support 'ssh-rsa', 'ssh-ed25519'...");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw FakeApiError.unprocessable("Key invalid, base64 could not be decoded");
    }
    try {
      return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }

  /** The key whose id or fingerprint is {@code identifier}. */
  public static Optional<Map<String, @Nullable Object>> find(FakeState state, String identifier) {
    String wanted = identifier.strip().toLowerCase(Locale.ROOT);
    return state
        .table(TABLE)
        .find(
            k ->
                String.valueOf(k.get("id")).equals(wanted)
                    || String.valueOf(k.get("fingerprint")).equals(wanted))
        .stream()
        .findFirst();
  }

  /** The key the request's {@code ssh_key_identifier} names; {@code 404} when there is none. */
  private static Map<String, @Nullable Object> require(FakeRequest request, FakeState state) {
    return find(state, request.pathParam("ssh_key_identifier")).orElseThrow(FakeApiError::notFound);
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    String publicKey = String.valueOf(body.get("public_key"));
    String fingerprint = fingerprint(publicKey);
    if (!state.table(TABLE).find(k -> fingerprint.equals(k.get("fingerprint"))).isEmpty()) {
      throw FakeApiError.unprocessable("SSH Key is already in use on your account");
    }
    return FakeResponse.created(FakeJson.object("ssh_key", seed(state, name, publicKey)));
  }
}
