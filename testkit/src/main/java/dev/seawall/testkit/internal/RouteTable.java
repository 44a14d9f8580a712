package dev.seawall.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Routes keyed by HTTP method and path template ({@code /v2/firewalls/{firewall_id}}). A {@code
 * {name}} segment matches one non-empty path segment; when several templates match, the one with a
 * literal segment at the first differing position wins ({@code /v2/account/keys} beats {@code
 * /v2/account/{x}}).
 *
 * @param <H> the handler type
 */
public final class RouteTable<H> {
  private final List<Route<H>> routes = new ArrayList<>();

  /**
   * One route.
   *
   * @param method upper-case HTTP method
   * @param template the path template
   * @param operationId the operation's id (or {@code "METHOD template"} when unknown)
   * @param handler the handler
   * @param segments the template split at {@code /}
   * @param <H> the handler type
   */
  public record Route<H>(
      String method, String template, String operationId, H handler, List<String> segments) {}

  /**
   * A matched route with its decoded path parameters.
   *
   * @param route the route
   * @param parameters decoded values of the template's {@code {name}} segments
   * @param <H> the handler type
   */
  public record Match<H>(Route<H> route, Map<String, String> parameters) {}

  /**
   * Adds a route.
   *
   * @throws IllegalArgumentException when the same method and template are already routed, or the
   *     template does not start with {@code /}
   */
  public synchronized void add(String method, String template, String operationId, H handler) {
    Objects.requireNonNull(handler, "handler");
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("path template must start with '/': " + template);
    }
    String upper = method.toUpperCase(Locale.ROOT);
    List<String> segments = List.of(template.substring(1).split("/", -1));
    for (Route<H> route : routes) {
      if (route.method().equals(upper) && shape(route.segments()).equals(shape(segments))) {
        throw new IllegalArgumentException(
            "route " + upper + " " + template + " is already registered as " + route.template());
      }
    }
    routes.add(new Route<>(upper, template, operationId, handler, segments));
  }

  /** The route for a request, given its method and decoded path segments. */
  public synchronized Optional<Match<H>> match(String method, List<String> pathSegments) {
    String upper = method.toUpperCase(Locale.ROOT);
    return routes.stream()
        .filter(route -> route.method().equals(upper))
        .filter(route -> matches(route.segments(), pathSegments))
        .max(Comparator.comparing(route -> specificity(route.segments())))
        .map(route -> new Match<>(route, parameters(route.segments(), pathSegments)));
  }

  /** Whether any route exists for these path segments with another method. */
  public synchronized boolean pathKnown(List<String> pathSegments) {
    return routes.stream().anyMatch(route -> matches(route.segments(), pathSegments));
  }

  /** Whether some route has this operationId. */
  public synchronized boolean hasOperation(String operationId) {
    return routes.stream().anyMatch(route -> route.operationId().equals(operationId));
  }

  /**
   * Whether some route (of {@code method}, when given) has a path starting with {@code prefix}: the
   * prefix's complete segments match the route's template ({@code {name}} matches any value) and
   * its last segment starts the route's segment there.
   */
  public synchronized boolean prefixMatches(@Nullable String method, String prefix) {
    if (!prefix.startsWith("/")) {
      return false;
    }
    List<String> given = List.of(prefix.substring(1).split("/", -1));
    return routes.stream()
        .filter(route -> method == null || route.method().equals(method))
        .anyMatch(route -> startsWith(route.segments(), given));
  }

  private static boolean startsWith(List<String> template, List<String> given) {
    if (given.size() > template.size()) {
      return false;
    }
    for (int i = 0; i < given.size(); i++) {
      String segment = template.get(i);
      String value = given.get(i);
      boolean last = i == given.size() - 1;
      if (isParameter(segment)) {
        if (!last && value.isEmpty()) {
          return false;
        }
      } else if (last ? !segment.startsWith(value) : !segment.equals(value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static boolean matches(List<String> template, List<String> path) {
    if (template.size() != path.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      String segment = template.get(i);
      if (isParameter(segment) ? path.get(i).isEmpty() : !segment.equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> parameters(List<String> template, List<String> path) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String segment = template.get(i);
      if (isParameter(segment)) {
        parameters.put(segment.substring(1, segment.length() - 1), path.get(i));
      }
    }
    return Map.copyOf(parameters);
  }

  /** Literal segments score 1, parameters 0; compared left to right. */
  private static String specificity(List<String> segments) {
    StringBuilder score = new StringBuilder();
    for (String segment : segments) {
      score.append(isParameter(segment) ? '0' : '1');
    }
    return score.toString();
  }

  private static List<String> shape(List<String> segments) {
    return segments.stream().map(s -> isParameter(s) ? "{}" : s).toList();
  }
}
