package dev.seawall.core.resource;

/**
 * The outcome of an idempotent {@link ResourceService#delete}: either way the resource is gone
 * afterwards.
 */
public enum Deletion {
  /** This call deleted the resource. */
  DELETED,
  /**
   * The resource did not exist (any more): deleted earlier, or by this call's first attempt whose
   * answer was lost before a retry got {@code 404}.
   */
  ALREADY_DELETED
}
