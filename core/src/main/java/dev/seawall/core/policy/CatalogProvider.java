package dev.seawall.core.policy;

import dev.seawall.core.Operation;
import java.util.List;

/**
 * A module's part of the Seawall catalog: the DigitalOcean operations it calls and the rules it
 * enforces. Each module registers one implementation in {@code
 * META-INF/services/dev.seawall.core.policy.CatalogProvider}; {@link Catalog#installed()} finds
 * them with {@link java.util.ServiceLoader} and assembles them. Most modules extend {@link
 * ConstantsCatalog}, which lists the constants of an operations class and a rules class.
 *
 * <p>A module that needs another module's operation or rule without depending on that module
 * declares an identical copy (same operationId, method, path and scopes; same rule texts); the
 * catalog accepts identical copies and refuses conflicting ones.
 */
public interface CatalogProvider {
  /** The module's name, e.g. {@code networking}; unique among the installed providers. */
  String module();

  /** The operations the module's services call. */
  List<Operation> operations();

  /** The rules the module's specs and auditors enforce. */
  List<Rule> rules();
}
