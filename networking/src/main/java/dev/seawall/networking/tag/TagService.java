package dev.seawall.networking.tag;

import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.tag.internal.TagWire;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Tags, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of every kind.
 * A Cloud Firewall (and a load balancer) may only name tags that exist, while droplets create their
 * tags on the fly; {@link #apply} lets a firewall exist before the droplets it protects. Obtain it
 * with {@code Networking.tags(client)}. Thread-safe; holds no state besides the client.
 *
 * <p>A tag is only a name, which is also its id: {@link #get}, {@link #find} and {@link #delete}
 * take the name in its canonical capitalization and refuse an invalid one with {@link
 * IllegalArgumentException} before anything is sent. There is nothing to change in place: {@link
 * #apply} creates the tag or sends nothing, and {@link #update} refuses another name ({@link
 * RefusedChangeException}: tags cannot be renamed).
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors and {@code
 * TransportException} for network failures. Token scopes: {@code tag:read} for every read ({@code
 * get}, {@code find}: operation {@code tags_get}; {@code list}, {@code listAll}: {@code
 * tags_list}), {@code tag:create}, {@code tag:delete} as noted per method.
 */
public final class TagService extends AbstractResourceService<TagSpec, Tag, TagWire> {
  static final WireKind<TagWire, Tag> WIRE =
      WireKind.builder(TagResource.KIND, TagWire.class, TagWire::toModel)
          .envelope("tag", "tags")
          .list(NetworkingOperations.TAGS_LIST)
          .get(NetworkingOperations.TAGS_GET, "tag_id")
          .delete(NetworkingOperations.TAGS_DELETE)
          .identity(TagWire::name, TagWire::name)
          .build();

  /**
   * The one field of a tag, {@code name}: its identity, fixed at creation. {@link #apply} finds the
   * tag by that name, so only {@link #update} with another name can differ, and is refused.
   */
  static final Differ<TagSpec, Tag> DIFFER =
      Differ.<TagSpec, Tag>builder().createOnly("name", TagSpec::name, Tag::name).build();

  /**
   * Creates the service on a client; prefer {@code Networking.tags(client)}.
   *
   * @param client the DigitalOcean client
   */
  public TagService(DigitalOcean client) {
    super(client, WIRE);
  }

  /** Every API operation this service may call, for {@code Scopes.required(...)}. */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.TAGS_LIST,
        NetworkingOperations.TAGS_GET,
        NetworkingOperations.TAGS_CREATE,
        NetworkingOperations.TAGS_DELETE);
  }

  /** Whether {@code name} is a valid tag name; see {@link TagName}. */
  public static boolean isValidName(String name) {
    return TagName.isValid(name);
  }

  @Override
  protected Differ<TagSpec, Tag> differ() {
    return DIFFER;
  }

  @Override
  protected String name(TagSpec spec) {
    return spec.name();
  }

  /**
   * Fetches a tag by name.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_get">tags_get</a>;
   * scope {@code tag:read}.
   *
   * @param name the tag name in its canonical capitalization
   * @throws NotFoundException if there is no such tag
   * @throws IllegalArgumentException if the name is not a valid tag name (nothing is sent)
   */
  @Override
  public Tag get(String name) {
    return super.get(requireName(name));
  }

  /**
   * The tag with this name, if it exists (one {@code tags_get}, answered {@code 404} when not).
   *
   * <p>Operation {@code tags_get}; scope {@code tag:read}.
   *
   * @param name the tag name in its canonical capitalization
   * @throws IllegalArgumentException if the name is not a valid tag name (nothing is sent)
   */
  @Override
  public Optional<Tag> find(String name) {
    return super.find(name);
  }

  /**
   * Creates a tag. If the create response is lost, the tag is looked up before anything is resent.
   * Prefer {@link #apply}, which sends nothing when the tag exists.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_create">tags_create</a>;
   * scope {@code tag:create} ({@code tag:read} for the look-up after a lost answer).
   */
  @Override
  public Tag create(TagSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return createWithLookup(
        ApiRequest.of(NetworkingOperations.TAGS_CREATE).body(Map.of("name", spec.name())).build(),
        spec);
  }

  /**
   * Creates the tag unless it exists; sends nothing when it does.
   *
   * <p>Operations {@code tags_get}, then {@code tags_create} when the tag is absent; scopes {@code
   * tag:read}, and {@code tag:create} when it is created.
   */
  @Override
  public Applied<Tag> apply(TagSpec spec) {
    return super.apply(spec);
  }

  /**
   * Reads the tag named {@code name}; a tag has nothing to change in place, so this sends no write.
   *
   * <p>Operation {@code tags_get}; scope {@code tag:read}.
   *
   * @throws NotFoundException if there is no such tag
   * @throws RefusedChangeException if the spec names another tag (tags cannot be renamed)
   */
  @Override
  public Tag update(String name, TagSpec spec) {
    return super.update(requireName(name), spec);
  }

  /** Never called: the only field, the name, is fixed at creation. */
  @Override
  protected Tag change(Tag observed, TagSpec spec, Diff diff) {
    throw new IllegalStateException("a tag has nothing to change in place: " + diff);
  }

  /**
   * Deletes the tag, idempotently; the resources carrying it lose it.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_delete">tags_delete</a>;
   * scope {@code tag:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such tag
   * @throws IllegalArgumentException if the name is not a valid tag name (nothing is sent)
   */
  @Override
  public Deletion delete(String name) {
    return super.delete(requireName(name));
  }

  /** By name with one {@code tags_get}: tag names are unique, and the name is the id. */
  @Override
  protected Optional<TagWire> findWire(String name) {
    try {
      return Optional.of(getWire(requireName(name)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "TagService";
  }

  private static String requireName(String name) {
    return TagName.of(name).value();
  }
}
