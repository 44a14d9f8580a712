package dev.seawall.core;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes the minimal set of DigitalOcean custom token scopes for a set of operations.
 *
 * <p>DigitalOcean custom-scoped tokens grant scopes such as {@code firewall:create}; an operation
 * needs every scope the official specification lists for it. The minimal token for a run is
 * therefore the union of the scopes of the operations it performs, and nothing else.
 */
public final class Scopes {
  private Scopes() {}

  /**
   * The minimal, sorted set of token scopes that allows every given operation.
   *
   * @param operations the operations a run will perform; may be empty
   * @return the union of their scopes, sorted, unmodifiable
   */
  public static SortedSet<String> required(Collection<Operation> operations) {
    SortedSet<String> scopes = new TreeSet<>();
    for (Operation operation : operations) {
      scopes.addAll(operation.scopes());
    }
    return Collections.unmodifiableSortedSet(scopes);
  }

  /** Varargs form of {@link #required(Collection)}. */
  public static SortedSet<String> required(Operation... operations) {
    return required(java.util.List.of(operations));
  }
}
