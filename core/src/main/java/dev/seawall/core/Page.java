package dev.seawall.core;

import java.util.List;
import java.util.Optional;

/**
 * One page of a DigitalOcean list response.
 *
 * @param items the items on this page
 * @param total {@code meta.total}: items across all pages, or -1 when absent
 * @param next the {@code links.pages.next} URL, when there is a next page
 */
public record Page<T>(List<T> items, long total, Optional<String> next) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /** Whether a next page exists. */
  public boolean hasNext() {
    return next.isPresent();
  }
}
