package dev.seawall.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Audits a read model (a resource fetched from the API) against the rule catalog: the second use of
 * the rules, after spec validation. Modules implement one per resource type, e.g. an {@code
 * Auditor<Firewall>} that reports {@code NetworkingRules.SW_FW_001} for an inbound rule open to
 * {@code 0.0.0.0/0}. Feed the result into {@link PolicyReport.Builder#addAll(Iterable)}.
 *
 * <p>An auditor only reads its argument; it never calls the API and never puts secrets (user data,
 * keys, passwords) into violation messages.
 *
 * @param <T> the read model audited
 */
@FunctionalInterface
public interface Auditor<T> {
  /**
   * Audits one resource.
   *
   * @param readModel the resource as fetched from the API
   * @return every violation found, in a stable order; empty if the resource passes
   */
  List<Violation> audit(T readModel);

  /**
   * An auditor that reports the violations of this auditor followed by those of {@code other}.
   *
   * @param other another auditor of the same read model
   * @return the combined auditor
   */
  default Auditor<T> and(Auditor<? super T> other) {
    Objects.requireNonNull(other, "other");
    return readModel -> {
      List<Violation> all = new ArrayList<>(audit(readModel));
      all.addAll(other.audit(readModel));
      return List.copyOf(all);
    };
  }
}
