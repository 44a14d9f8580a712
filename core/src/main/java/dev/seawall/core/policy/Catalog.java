package dev.seawall.core.policy;

import dev.seawall.core.Operation;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every operation and rule of the Seawall modules on the class path, assembled from their {@link
 * CatalogProvider}s: operations by operationId, rules by id. Two modules may declare the same
 * operation or rule only if both declare it identically (e.g. {@code droplets_get}, which compute
 * and volumes both call); a conflicting definition fails the assembly with a message naming both
 * modules. Immutable.
 */
public final class Catalog {
  private static volatile @Nullable Catalog installed;

  private final SortedSet<String> modules;
  private final Entries<Operation> operations;
  private final Entries<Rule> rules;

  private Catalog(SortedSet<String> modules, Entries<Operation> operations, Entries<Rule> rules) {
    this.modules = modules;
    this.operations = operations;
    this.rules = rules;
  }

  /**
   * The catalog of the providers registered on the class path (found with {@link ServiceLoader}
   * through the context class loader), assembled once per JVM. Core's own provider is always among
   * them.
   *
   * @throws IllegalStateException if two providers conflict (see {@link #of(Collection)})
   */
  public static Catalog installed() {
    Catalog catalog = installed;
    if (catalog == null) {
      synchronized (Catalog.class) {
        catalog = installed;
        if (catalog == null) {
          catalog =
              of(
                  ServiceLoader.load(CatalogProvider.class).stream()
                      .map(ServiceLoader.Provider::get)
                      .toList());
          installed = catalog;
        }
      }
    }
    return catalog;
  }

  /**
   * Assembles a catalog from the given providers.
   *
   * @param providers the providers, e.g. every module's
   * @return the catalog
   * @throws IllegalStateException if two providers have the same module name, or declare the same
   *     operationId or rule id with different definitions
   */
  public static Catalog of(Collection<? extends CatalogProvider> providers) {
    SortedSet<String> modules = new TreeSet<>();
    Entries<Operation> operations =
        new Entries<>(
            "operation", Operation::operationId, op -> op + " with scopes " + op.scopes());
    Entries<Rule> rules = new Entries<>("rule", Rule::id, Rule::toString);
    for (CatalogProvider provider : providers) {
      String module = provider.module();
      if (!modules.add(module)) {
        throw new IllegalStateException("two catalog providers are named " + module);
      }
      provider.operations().forEach(operation -> operations.add(module, operation));
      provider.rules().forEach(rule -> rules.add(module, rule));
    }
    return new Catalog(Collections.unmodifiableSortedSet(modules), operations, rules);
  }

  /** The names of the modules that contributed, sorted, e.g. {@code [compute, core, ...]}. */
  public SortedSet<String> modules() {
    return modules;
  }

  /** Every operation, sorted by operationId. */
  public List<Operation> operations() {
    return operations.values();
  }

  /** Every rule, sorted by id. */
  public List<Rule> rules() {
    return rules.values();
  }

  /** The operation with this operationId, e.g. {@code firewalls_create}. */
  public Optional<Operation> operation(String operationId) {
    return operations.get(operationId);
  }

  /** The rule with this id, e.g. {@code SW-FW-001}. */
  public Optional<Rule> rule(String id) {
    return rules.get(id);
  }

  /** The modules that declare the operation with this operationId; empty if none does. */
  public SortedSet<String> operationModules(String operationId) {
    return operations.modules(operationId);
  }

  /** The modules that declare the rule with this id; empty if none does. */
  public SortedSet<String> ruleModules(String id) {
    return rules.modules(id);
  }

  /** Entries keyed by id, each with the modules that declared it. */
  private static final class Entries<T> {
    private final String kind;
    private final Function<T, String> id;
    private final Function<T, String> describe;
    private final Map<String, T> byId = new TreeMap<>();
    private final Map<String, SortedSet<String>> modulesById = new TreeMap<>();

    Entries(String kind, Function<T, String> id, Function<T, String> describe) {
      this.kind = kind;
      this.id = id;
      this.describe = describe;
    }

    void add(String module, T entry) {
      String key = id.apply(Objects.requireNonNull(entry, kind));
      T previous = byId.putIfAbsent(key, entry);
      SortedSet<String> declaring = modulesById.computeIfAbsent(key, k -> new TreeSet<>());
      if (previous != null && !previous.equals(entry)) {
        throw new IllegalStateException(
            "conflicting definitions of "
                + kind
                + " "
                + key
                + ": "
                + declaring
                + " declare "
                + describe.apply(previous)
                + ", "
                + module
                + " declares "
                + describe.apply(entry)
                + "; a module that needs another module's "
                + kind
                + " must declare it identically");
      }
      declaring.add(module);
    }

    List<T> values() {
      return List.copyOf(byId.values());
    }

    Optional<T> get(String key) {
      return Optional.ofNullable(byId.get(key));
    }

    SortedSet<String> modules(String key) {
      return Collections.unmodifiableSortedSet(
          new TreeSet<>(modulesById.getOrDefault(key, Collections.emptySortedSet())));
    }
  }
}
