package dev.seawall.core;

/** HTTP methods used by the DigitalOcean API. */
public enum HttpMethod {
  /** Reads a resource or a list; idempotent. */
  GET,
  /** Creates a resource or starts an action; not idempotent. */
  POST,
  /** Replaces a resource; idempotent. */
  PUT,
  /** Changes part of a resource; treated as not idempotent. */
  PATCH,
  /** Deletes a resource; idempotent. */
  DELETE,
  /** Like GET without a body; idempotent. */
  HEAD;

  /**
   * Whether sending the request twice has the same effect as sending it once (RFC 9110 §9.2.2).
   * Only idempotent requests are retried blindly; see {@link RetryPolicy}.
   */
  public boolean idempotent() {
    return this != POST && this != PATCH;
  }
}
