package dev.seawall.core.audit;

/**
 * Progress of an {@link Audit}, e.g. printed on stderr while a large account is listed. Called on
 * the thread that runs the audit. Every method has an empty default.
 */
public interface AuditListener {
  /** A listener that ignores everything. */
  AuditListener NONE = new AuditListener() {};

  /**
   * Resources of a kind were read: called every 100 resources and once when the kind is done.
   *
   * @param kind e.g. {@code droplet}
   * @param count how many of that kind were read so far
   * @param done whether the kind's listing is complete
   */
  default void listed(String kind, long count, boolean done) {}

  /**
   * A kind could not be audited, e.g. buckets without Spaces keys.
   *
   * @param kind e.g. {@code bucket}
   * @param reason why, never a secret
   */
  default void skipped(String kind, String reason) {}
}
