package dev.seawall.networking.tag.internal;

import dev.seawall.networking.tag.Tag;

/**
 * A tag exactly as the API writes it (the tagged-resource statistics are not read).
 *
 * @param name the tag name in its canonical capitalization
 */
public record TagWire(String name) {
  /** The read model. */
  public Tag toModel() {
    return new Tag(name);
  }
}
