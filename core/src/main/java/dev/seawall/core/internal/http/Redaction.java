package dev.seawall.core.internal.http;

import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Allow-list redaction for logs: only the headers and query parameters named here are shown; every
 * other value (the {@code Authorization} header, cookies, unknown headers, query values such as
 * names and tags) is replaced by {@value #MASK}. Bodies are never logged.
 */
final class Redaction {
  static final String MASK = "██";

  /** Headers whose values are shown. */
  static final Set<String> SHOWN_HEADERS =
      Set.of(
          "accept",
          "content-type",
          "content-length",
          "content-encoding",
          "date",
          "host",
          "user-agent",
          "ratelimit-limit",
          "ratelimit-remaining",
          "ratelimit-reset",
          "retry-after",
          "x-request-id");

  /** Query parameters whose values are shown. */
  static final Set<String> SHOWN_QUERY = Set.of("page", "per_page");

  private Redaction() {}

  /** One line per header, {@code name: value} or {@code name: ██}. */
  static String headers(Headers headers, String indent) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean shown = SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      out.append(indent).append(name).append(": ").append(shown ? headers.value(i) : MASK);
      if (i < headers.size() - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The path and the query with only allow-listed values shown. */
  static String pathAndQuery(HttpUrl url) {
    StringBuilder out = new StringBuilder(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      out.append(i == 0 ? '?' : '&').append(name);
      if (value != null) {
        out.append('=').append(SHOWN_QUERY.contains(name) ? value : MASK);
      }
    }
    return out.toString();
  }
}
