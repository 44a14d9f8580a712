package dev.seawall.core;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes the minimal set of DigitalOcean custom token scopes for a set of operations.
 *
 * <p>DigitalOcean custom-scoped tokens grant scopes such as {@code firewall:create}; an operation
 * needs the scopes the official specification lists for it. The minimal token for a run is
 * therefore the union of the scopes of the operations it performs, and nothing else, with one
 * refinement: {@value #LEGACY_READ} and {@value #LEGACY_WRITE} are DigitalOcean's legacy read-all
 * and write-all scopes, which the specification lists beside the resource scope on some operations
 * (e.g. {@code volumes_list}: {@code api:read, api:write, block_storage:read}); where an operation
 * lists a resource scope, that scope is what a custom token needs, so the legacy ones are left out.
 * An operation that lists only legacy scopes keeps them. Likewise an area's all-powerful {@code
 * <area>:admin} scope listed beside a narrower scope of the same area (the Functions operations:
 * {@code functions_list_namespaces} lists {@code function:read, function:admin}) is an alternative,
 * not a requirement, and is left out; an operation that lists only {@code function:admin} ({@code
 * functions_get_namespace}) keeps it.
 */
public final class Scopes {
  /** DigitalOcean's legacy read-all scope. */
  public static final String LEGACY_READ = "api:read";

  /** DigitalOcean's legacy write-all scope. */
  public static final String LEGACY_WRITE = "api:write";

  private Scopes() {}

  /**
   * The minimal, sorted set of token scopes that allows every given operation.
   *
   * @param operations the operations a run will perform; may be empty
   * @return the union of their scopes, without the legacy {@code api:read}/{@code api:write} of
   *     operations that also list a resource scope; sorted, unmodifiable
   */
  public static SortedSet<String> required(Collection<Operation> operations) {
    SortedSet<String> scopes = new TreeSet<>();
    for (Operation operation : operations) {
      boolean hasResourceScope = operation.scopes().stream().anyMatch(scope -> !isLegacy(scope));
      operation.scopes().stream()
          .filter(scope -> !hasResourceScope || !isLegacy(scope))
          .filter(scope -> !isAdminBesideNarrower(scope, operation.scopes()))
          .forEach(scopes::add);
    }
    return Collections.unmodifiableSortedSet(scopes);
  }

  /** Whether {@code scope} is {@code <area>:admin} and the same area has another listed scope. */
  private static boolean isAdminBesideNarrower(String scope, Collection<String> listed) {
    if (!scope.endsWith(":admin")) {
      return false;
    }
    String area = scope.substring(0, scope.length() - "admin".length());
    return listed.stream().anyMatch(other -> !other.equals(scope) && other.startsWith(area));
  }

  private static boolean isLegacy(String scope) {
    return scope.equals(LEGACY_READ) || scope.equals(LEGACY_WRITE);
  }

  /** Varargs form of {@link #required(Collection)}. */
  public static SortedSet<String> required(Operation... operations) {
    return required(java.util.List.of(operations));
  }
}
