package dev.seawall.networking.tag;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import java.util.List;
import java.util.Set;

/**
 * A tag as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}. Cloud Firewalls may
 * only name tags that exist; a firewall (or another resource) naming the tag {@linkplain
 * dev.seawall.core.stack.StackResource#references() references} it, so the tag is applied first and
 * the firewall can exist before the droplets it protects boot. Planning looks the tag up; applying
 * creates it or sends nothing (see {@link TagService#apply(TagSpec)}).
 *
 * <pre>{@code
 * TagResource web = TagResource.of(client, "web");
 * }</pre>
 *
 * <p>Token scopes: {@code tag:read}, and {@code tag:create} when it is created (operations {@code
 * tags_get}, {@code tags_create}).
 */
public final class TagResource extends SpecResource<TagSpec, Tag> {
  /** The resource kind: {@value}. */
  public static final String KIND = "tag";

  private final TagService service;

  private TagResource(DigitalOcean client, String name) {
    super(
        ResourceKey.of(KIND, name),
        Validated.of(TagSpec.builder().name(name).validate()),
        Set.of());
    this.service = new TagService(client);
  }

  /**
   * A tag resource.
   *
   * @param client the client the tag is created with
   * @param name the tag name, also the resource name; an invalid name is reported by {@code
   *     Stack.plan()}
   */
  public static TagResource of(DigitalOcean client, String name) {
    return new TagResource(client, name);
  }

  @Override
  protected ResourceService<TagSpec, Tag> service() {
    return service;
  }

  /** The tag's name, which is its id. */
  @Override
  protected String id(Tag tag) {
    return tag.name();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.TAGS_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.TAGS_CREATE);
  }

  /** None: a tag has nothing to change in place. */
  @Override
  protected List<Operation> updateOperations() {
    return List.of();
  }
}
