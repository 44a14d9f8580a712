package dev.seawall.compute.sshkey;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.sshkey.internal.SshKeyCreateRequest;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.UnprocessableException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SSH keys of the account: upload an OpenSSH public key, find it by fingerprint, reuse an
 * uploaded key instead of uploading it twice, list and delete. Obtain it from {@code
 * Compute.sshKeys(client)}. Thread-safe.
 *
 * <p>Keys are parsed and checked locally before anything is sent ({@link SshPublicKey#parse}: DSA
 * and RSA under 3072 bits are refused), and the MD5 fingerprint DigitalOcean identifies keys by is
 * computed locally, so a key can be looked up before uploading.
 *
 * <p>Errors: every method throws {@link dev.seawall.core.ApiException} subclasses for error
 * statuses (e.g. {@link dev.seawall.core.ForbiddenException} naming the missing scope) and {@link
 * dev.seawall.core.TransportException} for I/O failures.
 */
public final class SshKeyService {

  /**
   * Every operation {@link #ensure(String, SshPublicKey)} may call, for {@link
   * dev.seawall.core.Scopes#required(java.util.Collection)}.
   */
  public static final List<Operation> ENSURE_OPERATIONS =
      List.of(ComputeOperations.SSH_KEYS_GET, ComputeOperations.SSH_KEYS_CREATE);

  private final Api api;

  /**
   * Creates the service on a client.
   *
   * @param client the DigitalOcean client
   */
  public SshKeyService(DigitalOcean client) {
    this.api = Objects.requireNonNull(client, "client").api();
  }

  /**
   * Uploads a public key ({@code POST /v2/account/keys}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_create">sshKeys_create</a>).
   * The upload is never blindly repeated: if the response is lost, the key is looked up by its
   * fingerprint first. Prefer {@link #ensure(String, SshPublicKey)}, which reuses an uploaded key.
   *
   * <p>Token scope: {@code ssh_key:create} (and {@code ssh_key:read} for the look-up).
   *
   * @param name the display name, not blank
   * @param publicKey the key
   * @return the uploaded key
   * @throws IllegalArgumentException if the name is blank
   * @throws UnprocessableException if the account already holds this key (422)
   */
  public SshKey upload(String name, SshPublicKey publicKey) {
    String displayName = requireName(name);
    Objects.requireNonNull(publicKey, "publicKey");
    ApiRequest request =
        ApiRequest.of(ComputeOperations.SSH_KEYS_CREATE)
            .body(new SshKeyCreateRequest(displayName, publicKey.openSsh()))
            .build();
    return api.create(request, "ssh_key", SshKey.class, () -> find(publicKey));
  }

  /**
   * Uploads an OpenSSH public key line; see {@link #upload(String, SshPublicKey)}.
   *
   * @throws IllegalArgumentException if the line is not an acceptable public key (nothing is sent)
   */
  public SshKey upload(String name, String publicKeyLine) {
    return upload(name, SshPublicKey.parse(publicKeyLine));
  }

  /**
   * Returns the uploaded key with the same fingerprint, or uploads it under {@code name} if the
   * account does not hold it yet. An existing key is reused as it is, even if its name differs. If
   * another process uploads the same key in between (422), the key is looked up again.
   *
   * <p>Token scopes: {@code ssh_key:read}, {@code ssh_key:create}. Operations: {@code sshKeys_get},
   * {@code sshKeys_create}.
   *
   * @param name the display name used if the key is uploaded, not blank
   * @param publicKey the key
   * @return the existing or uploaded key
   */
  public SshKey ensure(String name, SshPublicKey publicKey) {
    requireName(name);
    Optional<SshKey> existing = find(publicKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return upload(name, publicKey);
    } catch (UnprocessableException e) {
      return find(publicKey).orElseThrow(() -> e);
    }
  }

  /**
   * Like {@link #ensure(String, SshPublicKey)} for an OpenSSH public key line.
   *
   * @throws IllegalArgumentException if the line is not an acceptable public key (nothing is sent)
   */
  public SshKey ensure(String name, String publicKeyLine) {
    return ensure(name, SshPublicKey.parse(publicKeyLine));
  }

  /**
   * Finds an uploaded key by its MD5 fingerprint ({@code GET /v2/account/keys/{fingerprint}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_get">sshKeys_get</a>).
   * Token scope: {@code ssh_key:read}.
   *
   * @param fingerprint colon-separated hex as {@link SshPublicKey#md5Fingerprint()} returns it
   * @return the key, or empty if the account does not hold it (404)
   * @throws IllegalArgumentException if the fingerprint is not 16 colon-separated hex pairs
   */
  public Optional<SshKey> findByFingerprint(String fingerprint) {
    String value =
        Objects.requireNonNull(fingerprint, "fingerprint").strip().toLowerCase(Locale.ROOT);
    if (!value.matches("([0-9a-f]{2}:){15}[0-9a-f]{2}")) {
      throw new IllegalArgumentException(
          "an MD5 fingerprint is 16 hex pairs separated by colons, e.g."
              + " 3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa;"
              + " use SshPublicKey.parse(line).md5Fingerprint()");
    }
    return lookup(value);
  }

  /** Finds the uploaded copy of {@code publicKey} by its fingerprint; empty if there is none. */
  public Optional<SshKey> find(SshPublicKey publicKey) {
    return lookup(publicKey.md5Fingerprint());
  }

  /**
   * Fetches a key by id ({@code GET /v2/account/keys/{id}}). Token scope: {@code ssh_key:read}.
   *
   * @throws NotFoundException if there is no such key
   */
  public SshKey get(long id) {
    return api.call(
        ApiRequest.of(ComputeOperations.SSH_KEYS_GET).pathParam("ssh_key_identifier", id).build(),
        "ssh_key",
        SshKey.class);
  }

  /**
   * Lists every key of the account ({@code GET /v2/account/keys}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_list">sshKeys_list</a>),
   * following every page. Token scope: {@code ssh_key:read}.
   */
  public List<SshKey> list() {
    return api.<SshKey>listAll(
            ApiRequest.of(ComputeOperations.SSH_KEYS_LIST).build(),
            "ssh_keys",
            SshKey.class,
            SshKey::id)
        .collect(Collectors.toList());
  }

  /**
   * Deletes a key by id ({@code DELETE /v2/account/keys/{id}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_delete">sshKeys_delete</a>).
   * Droplets created with the key keep it in their {@code authorized_keys}. Token scope: {@code
   * ssh_key:delete}.
   *
   * @return true if the key was deleted, false if it did not exist (404)
   */
  public boolean delete(long id) {
    return deleteIdentifier(Long.toString(id));
  }

  /**
   * Deletes the uploaded copy of {@code publicKey}, found by fingerprint. Token scope: {@code
   * ssh_key:delete}.
   *
   * @return true if the key was deleted, false if the account did not hold it
   */
  public boolean delete(SshPublicKey publicKey) {
    return deleteIdentifier(publicKey.md5Fingerprint());
  }

  private boolean deleteIdentifier(String identifier) {
    try {
      api.send(
          ApiRequest.of(ComputeOperations.SSH_KEYS_DELETE)
              .pathParam("ssh_key_identifier", identifier)
              .build());
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private Optional<SshKey> lookup(String fingerprint) {
    try {
      return Optional.of(
          api.call(
              ApiRequest.of(ComputeOperations.SSH_KEYS_GET)
                  .pathParam("ssh_key_identifier", fingerprint)
                  .build(),
              "ssh_key",
              SshKey.class));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static String requireName(String name) {
    String value = Objects.requireNonNull(name, "name").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an SSH key needs a name, e.g. \"deploy@ci\"");
    }
    return value;
  }

  @Override
  public String toString() {
    return "SshKeyService";
  }
}
