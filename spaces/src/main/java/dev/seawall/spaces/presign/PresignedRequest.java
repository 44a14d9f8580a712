package dev.seawall.spaces.presign;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A presigned request: the URL and the headers the caller must send with it. The URL is a bearer
 * credential until {@link #expiresAt()}; hand it only to whom should have access. With SSE-C,
 * {@link #headers()} holds the customer key (a secret) — it is never in the URL.
 *
 * <p>{@link #toString()} shows neither the signature nor header values.
 */
public final class PresignedRequest {
  private final PresignMethod method;
  private final URI url;
  private final Map<String, String> headers;
  private final Instant expiresAt;

  /**
   * Creates the request.
   *
   * @param method the HTTP method
   * @param url the presigned URL
   * @param headers headers that are part of the signature and must be sent (lowercase names)
   * @param expiresAt when the URL stops being accepted
   */
  public PresignedRequest(
      PresignMethod method, URI url, Map<String, String> headers, Instant expiresAt) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = Map.copyOf(headers);
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The HTTP method to use. */
  public PresignMethod method() {
    return method;
  }

  /** The presigned URL. */
  public URI url() {
    return url;
  }

  /**
   * The headers to send, names in lowercase: the SSE-C headers (with the key) when the spec had an
   * SSE-C key, {@code x-amz-acl} and {@code content-type} for uploads. Empty for a plain GET.
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** When the URL expires. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** Method, URL without its signature, header names and expiry; no secrets. */
  @Override
  public String toString() {
    String shown = url.toString().replaceAll("(?i)(X-Amz-Signature=)[0-9a-f]+", "$1redacted");
    return "PresignedRequest["
        + method
        + " "
        + shown
        + ", headers="
        + new TreeMap<>(headers).keySet()
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
