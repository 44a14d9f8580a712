package dev.seawall.networking.tag;

import java.util.Objects;

/**
 * A tag as the API reports it (read model; the tagged-resource statistics are not kept).
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_get">tags_get</a>.
 *
 * @param name the tag name in its canonical capitalization, e.g. {@code web}
 */
public record Tag(String name) {
  /** Validates the component. */
  public Tag {
    Objects.requireNonNull(name, "name");
  }
}
