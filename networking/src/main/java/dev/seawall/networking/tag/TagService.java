package dev.seawall.networking.tag;

import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingOperations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and creates tags. A Cloud Firewall (and a load balancer) may only name tags that exist,
 * while droplets create their tags on the fly; {@link #ensure(String)} lets a firewall exist before
 * the droplets it protects. Thread-safe; holds no state besides the client.
 *
 * <p>Token scopes: {@code tag:read}, {@code tag:create}.
 */
public final class TagService {
  private final Api api;

  /**
   * Creates the service on a client.
   *
   * @param client the DigitalOcean client
   */
  public TagService(DigitalOcean client) {
    this.api = Objects.requireNonNull(client, "client").api();
  }

  /** Every API operation this service may call, for {@code Scopes.required(...)}. */
  public static List<Operation> operations() {
    return List.of(NetworkingOperations.TAGS_GET, NetworkingOperations.TAGS_CREATE);
  }

  /**
   * The tag with this name, if it exists.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_get">tags_get</a>;
   * scope {@code tag:read}.
   *
   * @param name the tag name in its canonical capitalization
   * @throws IllegalArgumentException if the name is not a valid {@link TagName} (nothing is sent)
   */
  public Optional<Tag> find(String name) {
    TagName.of(name);
    try {
      return Optional.of(
          api.call(
              ApiRequest.of(NetworkingOperations.TAGS_GET).pathParam("tag_id", name).build(),
              "tag",
              Tag.class));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the tag, creating it if it does not exist. If the create response is lost, the tag is
   * looked up before anything is resent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_get">tags_get</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_create">tags_create</a>;
   * scopes {@code tag:read}, {@code tag:create}.
   *
   * @param name 1 to 255 letters, digits, colons, dashes and underscores
   * @throws IllegalArgumentException if the name is not a valid {@link TagName} (nothing is sent)
   */
  public Tag ensure(String name) {
    Optional<Tag> existing = find(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    return api.create(
        ApiRequest.of(NetworkingOperations.TAGS_CREATE).body(new Tag(name)).build(),
        "tag",
        Tag.class,
        () -> find(name));
  }

  /** Whether {@code name} is a valid tag name; see {@link TagName}. */
  public static boolean isValidName(String name) {
    return TagName.isValid(name);
  }

  @Override
  public String toString() {
    return "TagService";
  }
}
