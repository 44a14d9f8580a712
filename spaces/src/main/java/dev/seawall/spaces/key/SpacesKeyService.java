package dev.seawall.spaces.key;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.spaces.key.internal.SpacesKeyCreateRequest;
import dev.seawall.spaces.key.internal.SpacesKeyRenameRequest;
import dev.seawall.spaces.key.internal.SpacesKeyUpdateRequest;
import dev.seawall.spaces.key.internal.SpacesKeyWire;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces access keys over the DigitalOcean API ({@code /v2/spaces/keys}), in the {@linkplain
 * dev.seawall.core.resource.ResourceService one vocabulary} of every kind. Obtain it with {@code
 * Spaces.keys(client)}. Thread-safe.
 *
 * <p>A key is identified by its name (the API does not make names unique; several keys with the
 * spec's name are an error naming their access key ids). Its {@code grants} change in place ({@code
 * spacesKey_update}), grant by grant in the diff; converting a {@code fullaccess} key to bucket
 * grants or back is refused (the API cannot do it). The secret is returned once, by {@link #create}
 * (and an {@link #apply} that created the key), as {@link SpacesKey#credentials()}; it never
 * appears in a diff, {@code toString()}, logs or exception messages.
 *
 * <p>Errors: {@link dev.seawall.core.ApiException} subclasses for error statuses (e.g. {@link
 * dev.seawall.core.ForbiddenException} naming the missing token scope), {@link
 * dev.seawall.core.TransportException} for I/O failures. Token scopes: {@code spaces_key:read},
 * {@code spaces_key:create_credentials}, {@code spaces_key:update}, {@code spaces_key:delete} as
 * noted per method.
 */
public final class SpacesKeyService
    extends AbstractResourceService<SpacesKeySpec, SpacesKey, SpacesKeyWire> {
  private static final Logger LOG = LoggerFactory.getLogger(SpacesKeyService.class);

  static final WireKind<SpacesKeyWire, SpacesKey> WIRE =
      WireKind.builder(SpacesKeyResource.KIND, SpacesKeyWire.class, SpacesKeyWire::toModel)
          .envelope("key", "keys")
          .list(SpacesOperations.SPACES_KEY_LIST)
          .get(SpacesOperations.SPACES_KEY_GET, "access_key")
          .delete(SpacesOperations.SPACES_KEY_DELETE)
          .identity(SpacesKeyWire::accessKey, SpacesKeyWire::name)
          .build();

  /**
   * The fields of a key: {@code fullaccess} is fixed at creation (the API converts neither way),
   * {@code grants} change in place, element by element ({@code readwrite:acme-invoices}). The
   * secret is not a field: it exists only in the create response.
   */
  static final Differ<SpacesKeySpec, SpacesKey> DIFFER =
      Differ.<SpacesKeySpec, SpacesKey>builder()
          .createOnly("fullaccess", SpacesKeySpec::isFullAccess, SpacesKey::isFullAccess)
          .set(
              "grants",
              SpacesKeySpec::grants,
              SpacesKey::grants,
              grant -> grant.permission().value() + ":" + grant.bucket())
          .build();

  /**
   * Creates the service on a client; prefer {@code Spaces.keys(client)}.
   *
   * @param client the DigitalOcean client
   */
  public SpacesKeyService(DigitalOcean client) {
    super(client, WIRE);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        SpacesOperations.SPACES_KEY_LIST,
        SpacesOperations.SPACES_KEY_CREATE,
        SpacesOperations.SPACES_KEY_GET,
        SpacesOperations.SPACES_KEY_UPDATE,
        SpacesOperations.SPACES_KEY_DELETE);
  }

  @Override
  protected Differ<SpacesKeySpec, SpacesKey> differ() {
    return DIFFER;
  }

  @Override
  protected String name(SpacesKeySpec spec) {
    return spec.name();
  }

  /**
   * Creates a key ({@code POST /v2/spaces/keys}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_create">spacesKey_create</a>).
   * The request is never blindly repeated: if the response is lost, the keys with the spec's name
   * are listed, and a key that was not there before means the create went through — its secret is
   * then lost, and a {@link SeawallException} names the key to delete. A key of the same name
   * existing already is not looked at: use {@link #apply} to adopt it.
   *
   * <p>Token scopes: {@code spaces_key:create_credentials} and {@code spaces_key:read} (for the
   * look-up).
   *
   * @param spec a validated spec
   * @return the key with its {@linkplain SpacesKey#credentials() credentials} (the secret is shown
   *     only this once)
   * @throws SeawallException if the key was created but its secret was lost in transit
   */
  @Override
  public SpacesKey create(SpacesKeySpec spec) {
    Objects.requireNonNull(spec, "spec");
    Set<String> before =
        findByName(spec.name()).stream().map(SpacesKey::accessKey).collect(Collectors.toSet());
    ApiRequest request =
        ApiRequest.of(SpacesOperations.SPACES_KEY_CREATE)
            .body(new SpacesKeyCreateRequest(spec.name(), spec.grants()))
            .build();
    SpacesKey created =
        api.<SpacesKeyWire>create(
                request,
                wire.envelope(),
                wire.wireType(),
                subject(spec),
                () ->
                    keysNamed(spec.name()).stream()
                        .filter(key -> !before.contains(key.accessKey()))
                        .max(Comparator.comparing(key -> key.toModel().createdAt())))
            .toModel();
    if (created.credentials().isEmpty()) {
      throw new SeawallException(
          "Spaces key '"
              + spec.name()
              + "' was created as "
              + created.accessKey()
              + " but the response with its secret was lost (the API returns a secret only"
              + " once); delete it with SpacesKeyService.delete(\""
              + created.accessKey()
              + "\") and create a new key");
    }
    LOG.info(
        "created Spaces key {} ({}) with grants {}",
        spec.name(),
        created.accessKey(),
        spec.grants());
    return created;
  }

  /**
   * Creates the key, or brings the grants of the existing key of that name in line with the spec;
   * sends nothing when nothing differs. The secret of an existing key is not available again: the
   * result has {@linkplain SpacesKey#credentials() credentials} only when this call created the
   * key.
   *
   * <p>Operations {@code spacesKey_list}, then {@code spacesKey_create} or {@code
   * spacesKey_update}; scopes {@code spaces_key:read}, and {@code spaces_key:create_credentials} or
   * {@code spaces_key:update} when something changes.
   *
   * @throws RefusedChangeException if the spec converts a {@code fullaccess} key to bucket grants
   *     or back; nothing is sent
   * @throws SeawallException if several keys have the spec's name (the message names them)
   */
  @Override
  public Applied<SpacesKey> apply(SpacesKeySpec spec) {
    return super.apply(spec);
  }

  /**
   * Changes the grants of the key with this access key id to the spec's.
   *
   * <p>Operations {@code spacesKey_get} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_update">spacesKey_update</a>;
   * scopes {@code spaces_key:read}, {@code spaces_key:update}.
   *
   * @throws dev.seawall.core.NotFoundException if there is no such key
   * @throws RefusedChangeException if the spec converts {@code fullaccess}; nothing is sent
   */
  @Override
  public SpacesKey update(String accessKey, SpacesKeySpec spec) {
    return super.update(requireAccessKey(accessKey), spec);
  }

  @Override
  protected SpacesKey change(SpacesKey observed, SpacesKeySpec spec, Diff diff) {
    SpacesKey changed =
        call(
            ApiRequest.of(SpacesOperations.SPACES_KEY_UPDATE)
                .pathParam("access_key", observed.accessKey())
                .body(new SpacesKeyUpdateRequest(observed.name(), spec.grants()))
                .build());
    LOG.info(
        "changed the grants of Spaces key {} ({}) to {}",
        observed.name(),
        observed.accessKey(),
        spec.grants());
    return changed;
  }

  /**
   * One key ({@code GET /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_get">spacesKey_get</a>),
   * without its secret. Token scope: {@code spaces_key:read}.
   *
   * @param accessKey the access key id
   * @throws dev.seawall.core.NotFoundException if there is no such key
   */
  @Override
  public SpacesKey get(String accessKey) {
    return super.get(requireAccessKey(accessKey));
  }

  /**
   * The keys with exactly this name (names are not unique), with {@code spacesKey_list} and its
   * {@code name} filter. Token scope: {@code spaces_key:read}.
   *
   * @param name the key name
   * @return the keys with that name, possibly none
   */
  public List<SpacesKey> findByName(String name) {
    return keysNamed(name).stream().map(SpacesKeyWire::toModel).toList();
  }

  /** By name, with the list's {@code name} filter. */
  @Override
  protected Optional<SpacesKeyWire> findWire(String name) {
    return single(keysNamed(name), name);
  }

  private List<SpacesKeyWire> keysNamed(String name) {
    String wanted = Objects.requireNonNull(name, "name").strip();
    return api.<SpacesKeyWire>listAll(
            ApiRequest.of(SpacesOperations.SPACES_KEY_LIST).query("name", wanted).build(),
            wire.listKey(),
            wire.wireType(),
            SpacesKeyWire::accessKey)
        .filter(key -> key.name().equals(wanted))
        .toList();
  }

  /**
   * Renames a key ({@code PUT /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_update">spacesKey_update</a>).
   * Token scope: {@code spaces_key:update}.
   *
   * @param accessKey the access key id
   * @param newName the new name, not blank
   * @return the renamed key
   * @throws dev.seawall.core.NotFoundException if there is no such key
   */
  public SpacesKey rename(String accessKey, String newName) {
    String name = Objects.requireNonNull(newName, "newName").strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a Spaces key needs a name, e.g. \"invoices-uploader\"");
    }
    return call(
        ApiRequest.of(SpacesOperations.SPACES_KEY_UPDATE)
            .pathParam("access_key", requireAccessKey(accessKey))
            .body(new SpacesKeyRenameRequest(name))
            .build());
  }

  /**
   * Deletes a key ({@code DELETE /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_delete">spacesKey_delete</a>),
   * idempotently; requests signed with it fail from then on. Token scope: {@code
   * spaces_key:delete}.
   *
   * @param accessKey the access key id
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such key
   *     (404)
   */
  @Override
  public Deletion delete(String accessKey) {
    Deletion deletion = super.delete(requireAccessKey(accessKey));
    if (deletion == Deletion.DELETED) {
      LOG.info("deleted Spaces key {}", accessKey);
    }
    return deletion;
  }

  @Override
  protected String describe(SpacesKey key, SpacesKeySpec spec) {
    return "Spaces key '" + key.name() + "' (" + key.accessKey() + ")";
  }

  private static String requireAccessKey(String accessKey) {
    String value = Objects.requireNonNull(accessKey, "accessKey").strip();
    if (value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '/')) {
      throw new IllegalArgumentException("an access key id looks like DO00ABCDEFGHIJKLMNOP");
    }
    return value;
  }

  @Override
  public String toString() {
    return "SpacesKeyService";
  }
}
