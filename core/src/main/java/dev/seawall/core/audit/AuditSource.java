package dev.seawall.core.audit;

import dev.seawall.core.Operation;
import java.util.List;
import java.util.Set;

/**
 * The audit of one module's resource kinds: lists them from the account (paged, streaming), runs
 * the module's auditors and reports each resource through {@link AuditContext#report}. A module
 * registers one in {@code META-INF/services/dev.seawall.core.audit.AuditSource}, next to its
 * catalog; {@link Audit} finds them with {@link java.util.ServiceLoader}.
 *
 * <p>A source only reads: every operation it sends is in {@link #readOperations()}, which must be
 * read operations ({@code GET}), so an audit token needs only read scopes.
 */
public interface AuditSource {
  /**
   * The module audited, e.g. {@code networking}; sources are reported and ordered by it.
   *
   * @return the module name
   */
  String area();

  /**
   * Every API operation {@link #audit(AuditContext)} may send.
   *
   * @return read operations
   */
  List<Operation> readOperations();

  /**
   * The facts this source publishes while it runs.
   *
   * @return the facts; empty by default
   */
  default Set<AuditFact> provides() {
    return Set.of();
  }

  /**
   * The facts this source's rules read; it runs after every source that provides them.
   *
   * @return the facts; empty by default
   */
  default Set<AuditFact> needs() {
    return Set.of();
  }

  /**
   * Lists the module's resources and reports each with its violations.
   *
   * @param context the client, options, facts and the report
   */
  void audit(AuditContext context);
}
