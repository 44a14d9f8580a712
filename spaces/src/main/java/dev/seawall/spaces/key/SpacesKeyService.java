package dev.seawall.spaces.key;

import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.SeawallException;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.spaces.key.internal.CreatedKeyResponse;
import dev.seawall.spaces.key.internal.SpacesKeyCreateRequest;
import dev.seawall.spaces.key.internal.SpacesKeyRenameRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaces access keys over the DigitalOcean API ({@code /v2/spaces/keys}): create keys scoped to
 * named buckets, list, look up, rename and delete them. Obtain it from {@code Spaces.keys(client)}.
 * Thread-safe.
 *
 * <p>The secret of a key is returned once, by {@link #create(SpacesKeySpec)}; it never appears in
 * {@code toString()}, logs or exception messages.
 *
 * <p>Errors: {@link dev.seawall.core.ApiException} subclasses for error statuses (e.g. {@link
 * dev.seawall.core.ForbiddenException} naming the missing token scope), {@link
 * dev.seawall.core.TransportException} for I/O failures.
 */
public final class SpacesKeyService {
  private static final Logger LOG = LoggerFactory.getLogger(SpacesKeyService.class);

  private final Api api;

  /**
   * Creates the service on a client.
   *
   * @param client the DigitalOcean client
   */
  public SpacesKeyService(DigitalOcean client) {
    this.api = Objects.requireNonNull(client, "client").api();
  }

  /**
   * Creates a key ({@code POST /v2/spaces/keys}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_create">spacesKey_create</a>).
   * The request is never blindly repeated: if the response is lost, the keys with the spec's name
   * are listed, and a key that was not there before means the create went through — its secret is
   * then lost, and a {@link SeawallException} names the key to delete.
   *
   * <p>Token scopes: {@code spaces_key:create_credentials} and {@code spaces_key:read} (for the
   * look-up).
   *
   * @param spec a validated spec
   * @return the key with its secret (shown only this once)
   * @throws SeawallException if the key was created but its secret was lost in transit
   */
  public CreatedSpacesKey create(SpacesKeySpec spec) {
    Objects.requireNonNull(spec, "spec");
    Set<String> before =
        findByName(spec.name()).stream().map(SpacesKey::accessKey).collect(Collectors.toSet());
    ApiRequest request =
        ApiRequest.of(SpacesOperations.SPACES_KEY_CREATE)
            .body(new SpacesKeyCreateRequest(spec.name(), spec.grants()))
            .build();
    CreatedKeyResponse created =
        api.create(
            request,
            "key",
            CreatedKeyResponse.class,
            () ->
                findByName(spec.name()).stream()
                    .filter(key -> !before.contains(key.accessKey()))
                    .max(Comparator.comparing(SpacesKey::createdAt))
                    .map(CreatedKeyResponse::withoutSecret));
    if (created.secretKey().isEmpty()) {
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
    return new CreatedSpacesKey(
        created.key(), SpacesCredentials.of(created.accessKey(), created.secretKey()));
  }

  /**
   * Lists every key of the account ({@code GET /v2/spaces/keys}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_list">spacesKey_list</a>),
   * following every page. Token scope: {@code spaces_key:read}.
   *
   * @return the keys, without secrets
   */
  public List<SpacesKey> list() {
    return api.<SpacesKey>listAll(
            ApiRequest.of(SpacesOperations.SPACES_KEY_LIST).build(),
            "keys",
            SpacesKey.class,
            SpacesKey::accessKey)
        .collect(Collectors.toList());
  }

  /**
   * The keys with exactly this name (names are not unique), with {@code spacesKey_list} and its
   * {@code name} filter. Token scope: {@code spaces_key:read}.
   *
   * @param name the key name
   * @return the keys with that name, possibly none
   */
  public List<SpacesKey> findByName(String name) {
    String wanted = Objects.requireNonNull(name, "name").strip();
    return api.<SpacesKey>listAll(
            ApiRequest.of(SpacesOperations.SPACES_KEY_LIST).query("name", wanted).build(),
            "keys",
            SpacesKey.class,
            SpacesKey::accessKey)
        .filter(key -> key.name().equals(wanted))
        .collect(Collectors.toList());
  }

  /**
   * One key ({@code GET /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_get">spacesKey_get</a>).
   * Token scope: {@code spaces_key:read}.
   *
   * @param accessKey the access key id
   * @return the key, or empty if there is none (404)
   */
  public Optional<SpacesKey> find(String accessKey) {
    try {
      return Optional.of(
          api.call(
              ApiRequest.of(SpacesOperations.SPACES_KEY_GET)
                  .pathParam("access_key", requireAccessKey(accessKey))
                  .build(),
              "key",
              SpacesKey.class));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Renames a key ({@code PUT /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_update">spacesKey_update</a>);
   * the grants of a key cannot be changed. Token scope: {@code spaces_key:update}.
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
    return api.call(
        ApiRequest.of(SpacesOperations.SPACES_KEY_UPDATE)
            .pathParam("access_key", requireAccessKey(accessKey))
            .body(new SpacesKeyRenameRequest(name))
            .build(),
        "key",
        SpacesKey.class);
  }

  /**
   * Deletes a key ({@code DELETE /v2/spaces/keys/{access_key}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/spacesKey_delete">spacesKey_delete</a>);
   * requests signed with it fail from then on. Token scope: {@code spaces_key:delete}.
   *
   * @param accessKey the access key id
   * @return true if it was deleted, false if there was no such key (404)
   */
  public boolean delete(String accessKey) {
    try {
      api.send(
          ApiRequest.of(SpacesOperations.SPACES_KEY_DELETE)
              .pathParam("access_key", requireAccessKey(accessKey))
              .build());
      LOG.info("deleted Spaces key {}", accessKey);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
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
