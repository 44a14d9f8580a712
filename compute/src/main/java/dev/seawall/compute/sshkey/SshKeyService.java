package dev.seawall.compute.sshkey;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.sshkey.internal.SshKeyCreateRequest;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SSH keys of the account, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind. Obtain it with {@code Compute.sshKeys(client)}. Thread-safe; holds no
 * state besides the client.
 *
 * <p>A key is identified by its MD5 fingerprint, computed locally ({@link
 * SshPublicKey#md5Fingerprint()}): DigitalOcean refuses to hold the same key twice ({@code 422}),
 * so {@link #observe} and {@link #apply} look the key up by fingerprint, whatever its name. The
 * name changes in place; the key itself is fixed (a different key is a different resource).
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code ssh_key:read}, {@code
 * ssh_key:create}, {@code ssh_key:update}, {@code ssh_key:delete} as noted per method.
 */
public final class SshKeyService extends AbstractResourceService<SshKeySpec, SshKey, SshKey> {
  private static final String ID_PARAMETER = "ssh_key_identifier";

  /** The read model is the API's JSON as it is: no separate wire record. */
  static final WireKind<SshKey, SshKey> WIRE =
      WireKind.builder(SshKeyResource.KIND, SshKey.class, Function.<SshKey>identity())
          .envelope("ssh_key", "ssh_keys")
          .list(ComputeOperations.SSH_KEYS_LIST)
          .get(ComputeOperations.SSH_KEYS_GET, ID_PARAMETER)
          .delete(ComputeOperations.SSH_KEYS_DELETE)
          .identity(key -> Long.toString(key.id()), SshKey::name)
          .build();

  /**
   * The fields of an SSH key: {@code fingerprint} (the key) is fixed at creation, {@code name}
   * changes in place.
   */
  static final Differ<SshKeySpec, SshKey> DIFFER =
      Differ.<SshKeySpec, SshKey>builder()
          .createOnly(
              "fingerprint",
              SshKeySpec::fingerprint,
              key -> key.fingerprint().toLowerCase(Locale.ROOT))
          .updatable("name", SshKeySpec::name, SshKey::name)
          .build();

  /**
   * Creates the service on a client; prefer {@code Compute.sshKeys(client)}.
   *
   * @param client the DigitalOcean client
   */
  public SshKeyService(DigitalOcean client) {
    super(client, WIRE);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        ComputeOperations.SSH_KEYS_LIST,
        ComputeOperations.SSH_KEYS_CREATE,
        ComputeOperations.SSH_KEYS_GET,
        ComputeOperations.SSH_KEYS_UPDATE,
        ComputeOperations.SSH_KEYS_DELETE);
  }

  @Override
  protected Differ<SshKeySpec, SshKey> differ() {
    return DIFFER;
  }

  @Override
  protected String name(SshKeySpec spec) {
    return spec.name();
  }

  /**
   * The uploaded copy of the spec's key, found by fingerprint under any name.
   *
   * <p>Operation {@code sshKeys_get}; scope {@code ssh_key:read}.
   */
  @Override
  public Optional<SshKey> observe(SshKeySpec spec) {
    return lookupWire(spec);
  }

  @Override
  protected Optional<SshKey> lookupWire(SshKeySpec spec) {
    return findByFingerprint(spec.fingerprint());
  }

  /**
   * Uploads a public key. The upload is never blindly repeated: if the answer is lost, the key is
   * looked up by fingerprint first. Use {@link #apply} to reuse a key the account already holds.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_create">sshKeys_create</a>;
   * scope {@code ssh_key:create} ({@code ssh_key:read} for the look-up after a lost answer).
   *
   * @throws UnprocessableException if the account already holds this key (422)
   */
  @Override
  public SshKey create(SshKeySpec spec) {
    Objects.requireNonNull(spec, "spec");
    return createWithLookup(
        ApiRequest.of(ComputeOperations.SSH_KEYS_CREATE)
            .body(new SshKeyCreateRequest(spec.name(), spec.publicKey().openSsh()))
            .build(),
        spec);
  }

  /**
   * Uploads the key, or brings the uploaded copy (found by fingerprint, under any name) in line
   * with the spec: renames it when its name differs; sends nothing when nothing differs. If another
   * process uploads the same key between the look-up and the upload ({@code 422}), the key is
   * looked up again and converged.
   *
   * <p>Operations {@code sshKeys_get}, then {@code sshKeys_create} or {@code sshKeys_update};
   * scopes {@code ssh_key:read}, and {@code ssh_key:create} or {@code ssh_key:update} when
   * something changes.
   */
  @Override
  public Applied<SshKey> apply(SshKeySpec spec) {
    return super.apply(spec);
  }

  /**
   * {@link #apply(SshKeySpec)} from a state read moments ago; a key added by someone else in the
   * meantime ({@code 422}) is read and adopted.
   */
  @Override
  public Applied<SshKey> apply(SshKeySpec spec, Optional<SshKey> observed) {
    try {
      return super.apply(spec, observed);
    } catch (UnprocessableException raced) {
      Optional<SshKey> now = observe(spec);
      if (now.isEmpty()) {
        throw raced;
      }
      return super.apply(spec, now);
    }
  }

  /**
   * Fetches a key.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_get">sshKeys_get</a>;
   * scope {@code ssh_key:read}.
   *
   * @param id the key's numeric id, or its MD5 fingerprint
   * @throws NotFoundException if there is no such key
   */
  @Override
  public SshKey get(String id) {
    return super.get(id);
  }

  /**
   * Finds an uploaded key by its MD5 fingerprint.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_get">sshKeys_get</a>;
   * scope {@code ssh_key:read}.
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
    try {
      return Optional.of(get(value));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Renames the key with this id (or fingerprint) to the spec's name; the key itself cannot change.
   *
   * <p>Operations {@code sshKeys_get} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_update">sshKeys_update</a>;
   * scopes {@code ssh_key:read}, {@code ssh_key:update}.
   *
   * @throws NotFoundException if there is no such key
   * @throws RefusedChangeException if the spec holds another key; nothing is sent
   */
  @Override
  public SshKey update(String id, SshKeySpec spec) {
    return super.update(id, spec);
  }

  @Override
  protected SshKey change(SshKey observed, SshKeySpec spec, Diff diff) {
    return call(
        ApiRequest.of(ComputeOperations.SSH_KEYS_UPDATE)
            .pathParam(ID_PARAMETER, observed.id())
            .body(Map.of("name", spec.name()))
            .build());
  }

  /**
   * Deletes a key, idempotently. Droplets created with the key keep it in their {@code
   * authorized_keys}.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/sshKeys_delete">sshKeys_delete</a>;
   * scope {@code ssh_key:delete}.
   *
   * @param id the key's numeric id, or its MD5 fingerprint
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such key
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
  }

  /**
   * Deletes the uploaded copy of {@code publicKey}, found by fingerprint; see {@link
   * #delete(String)}.
   */
  public Deletion delete(SshPublicKey publicKey) {
    return delete(publicKey.md5Fingerprint());
  }

  @Override
  protected String describe(SshKey key, SshKeySpec spec) {
    return "SSH key '" + key.name() + "' (" + key.id() + ", " + key.fingerprint() + ")";
  }

  @Override
  public String toString() {
    return "SshKeyService";
  }
}
