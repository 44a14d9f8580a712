package dev.seawall.core;

/** HTTP methods used by the DigitalOcean API. */
public enum HttpMethod {
  GET,
  POST,
  PUT,
  PATCH,
  DELETE,
  HEAD;

  /**
   * Whether sending the request twice has the same effect as sending it once (RFC 9110 §9.2.2).
   * Only idempotent requests are retried blindly; see {@link RetryPolicy}.
   */
  public boolean idempotent() {
    return this != POST && this != PATCH;
  }
}
