package dev.seawall.core.internal.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The validated base URL of the API: {@code https://} for any host, {@code http://} only for
 * loopback hosts ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}), which tests use. No query,
 * fragment or user info. An optional path prefix is kept (for a proxy such as {@code
 * https://proxy.example/digitalocean}).
 */
public final class BaseUrl {
  /** The public DigitalOcean API. */
  public static final String DEFAULT = "https://api.digitalocean.com";

  private final HttpUrl url;
  private final String prefix;

  private BaseUrl(HttpUrl url) {
    this.url = url;
    String path = url.encodedPath();
    this.prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * Validates a base URL.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, uses plain {@code
   *     http://} for a host that is not loopback, or has a query, fragment or user info; the
   *     message says how to fix it
   */
  public static BaseUrl parse(String text) {
    HttpUrl url = HttpUrl.parse(text.strip());
    if (url == null) {
      // Echo the value only when it looks like a URL: a swapped variable could hold the token.
      // Never echo user info ("scheme://user:secret@host"): it may hold a credential.
      String shown =
          text.contains("://") && !text.contains("@") && text.length() <= 200
              ? "'" + text.strip() + "'"
              : "(value not shown: it does not look like a plain URL and may hold a secret)";
      throw new IllegalArgumentException(
          "The DigitalOcean API base URL "
              + shown
              + " is not an absolute http(s) URL. Use "
              + DEFAULT
              + " (the default) or unset DIGITALOCEAN_API_URL.");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          "The DigitalOcean API base URL must not contain user info; the token is sent as a"
              + " header. Use "
              + DEFAULT
              + ".");
    }
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new IllegalArgumentException(
          "The DigitalOcean API base URL must not have a query or fragment: " + redacted(url));
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "Refusing plain http:// to "
              + url.host()
              + ": the API token would travel unencrypted. Use https:// (for DigitalOcean: "
              + DEFAULT
              + "); plain http is allowed only for loopback test servers (localhost, 127.0.0.1,"
              + " ::1).");
    }
    return new BaseUrl(url);
  }

  /** Whether a host is a loopback name or address; never performs a DNS lookup. */
  static boolean isLoopback(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.equals("localhost")) {
      return true;
    }
    boolean literal = lower.contains(":") || lower.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    if (!literal) {
      return false;
    }
    try {
      return InetAddress.getByName(lower).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether this is a plain-http loopback URL (tests). */
  public boolean cleartext() {
    return !url.isHttps();
  }

  /** The URL for a request path (already percent-encoded, starting with '/') and query. */
  public HttpUrl resolve(String encodedPath, List<Map.Entry<String, String>> query) {
    HttpUrl.Builder builder = url.newBuilder().encodedPath(prefix + encodedPath);
    for (Map.Entry<String, String> parameter : query) {
      builder.addQueryParameter(parameter.getKey(), parameter.getValue());
    }
    return builder.build();
  }

  /** Whether {@code other} has this base URL's scheme, host and port. */
  public boolean sameOrigin(HttpUrl other) {
    return other.scheme().equals(url.scheme())
        && other.host().equalsIgnoreCase(url.host())
        && other.port() == url.port();
  }

  private static String redacted(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
  }

  /** The base URL as text, without a trailing slash. */
  @Override
  public String toString() {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
