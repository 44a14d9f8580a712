package dev.seawall.core.policy;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a finding is: the artifact a code-scanning tool shows it on (SARIF {@code
 * physicalLocation.artifactLocation.uri}) and, for files, the line.
 *
 * <ul>
 *   <li>A live resource is named by a URI of the {@code digitalocean} scheme, {@code
 *       digitalocean://<kind>/<id>} ({@link #resource(String, String)}): SARIF 2.1.0 allows any
 *       absolute URI for artifacts that are not files, and the id keeps two resources of one name
 *       apart.
 *   <li>A declaration in a file is a relative path with forward slashes and a 1-based line ({@link
 *       #file(String, int)}), e.g. {@code infra/main.tf} line 12: what code scanning needs to show
 *       the result on the line.
 *   <li>A planned resource that has no id yet is named by kind and name ({@link #planned(String)}),
 *       {@code digitalocean://firewall/web}.
 * </ul>
 *
 * @param uri the artifact: an absolute URI, or a relative file path with forward slashes
 * @param line the 1-based line in a file, or 0 when the location has no line
 */
public record Location(String uri, int line) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_-]*");

  /** The URI scheme of live and planned resources: {@value}. */
  public static final String SCHEME = "digitalocean";

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code uri} is blank or not a URI reference, or {@code
   *     line} is negative
   */
  public Location {
    Objects.requireNonNull(uri, "uri");
    if (uri.isBlank()) {
      throw new IllegalArgumentException("a location needs a URI or a file path");
    }
    URI.create(uri);
    if (line < 0) {
      throw new IllegalArgumentException("line must be 1 or more, or 0 for none: " + line);
    }
  }

  /**
   * A live resource, {@code digitalocean://<kind>/<id>}.
   *
   * @param kind the kind as in finding resources, e.g. {@code firewall}, {@code database}
   * @param id the id DigitalOcean gave it (UUID, number, or a bucket's {@code region/name})
   * @return the location, without a line
   * @throws IllegalArgumentException if {@code kind} is not lower-case letters, digits, {@code -}
   *     or {@code _}, or {@code id} is blank
   */
  public static Location resource(String kind, String id) {
    requireKind(kind);
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a resource location needs an id");
    }
    return new Location(SCHEME + "://" + kind + "/" + encodePath(id), 0);
  }

  /**
   * A declaration in a file.
   *
   * @param path the file, relative to the scanned directory, e.g. {@code infra/main.tf}; back
   *     slashes become forward slashes
   * @param line the 1-based line of the declaration, or 0 when unknown
   * @return the location
   */
  public static Location file(String path, int line) {
    String relative = Objects.requireNonNull(path, "path").replace('\\', '/');
    return new Location(encodePath(relative), line);
  }

  /**
   * A resource that has no id yet, named by a finding's resource ({@code firewall/web} or a part of
   * it such as {@code firewall/web.inboundRules[0]}): {@code digitalocean://firewall/web}.
   *
   * @param resource the finding's resource
   * @return the location, without a line
   */
  public static Location planned(String resource) {
    String head = Objects.requireNonNull(resource, "resource");
    int cut = head.length();
    for (char stop : new char[] {'.', '['}) {
      int at = head.indexOf(stop);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return new Location(SCHEME + "://" + encodePath(head.substring(0, cut)), 0);
  }

  /** Whether this is a file with a line a code-scanning tool can point at. */
  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public String toString() {
    return hasLine() ? uri + ":" + line : uri;
  }

  private static void requireKind(String kind) {
    if (!KIND.matcher(Objects.requireNonNull(kind, "kind")).matches()) {
      throw new IllegalArgumentException(
          "a resource kind is lower-case letters and digits: " + kind);
    }
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
