package dev.seawall.testkit;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An {@link AuditSource} that only publishes given facts, standing in for the module that provides
 * them in an audit test of a module that cannot depend on it (the droplet audit needs the
 * networking module's default VPCs and firewall coverage):
 *
 * <pre>{@code
 * Audit.builder(client)
 *     .sources(List.of(new ComputeAudit(),
 *         FactSource.of("networking", Map.of(AuditFact.FIREWALL_TAGS, List.of("web"), ...))))
 *     .build().run();
 * }</pre>
 *
 * Sends nothing. Immutable.
 */
public final class FactSource implements AuditSource {
  private final String area;
  private final Map<AuditFact, List<String>> facts;

  private FactSource(String area, Map<AuditFact, List<String>> facts) {
    this.area = area;
    this.facts = facts;
  }

  /**
   * A source publishing {@code facts} under {@code area}.
   *
   * @param area the area it stands in for, e.g. {@code networking}
   * @param facts each fact and its values; each fact is {@linkplain #provides() provided}, even
   *     with no values
   * @return the source
   */
  public static FactSource of(String area, Map<AuditFact, ? extends Collection<String>> facts) {
    Objects.requireNonNull(area, "area");
    Map<AuditFact, List<String>> copy = new java.util.HashMap<>();
    facts.forEach((fact, values) -> copy.put(fact, List.copyOf(values)));
    return new FactSource(area, Map.copyOf(copy));
  }

  @Override
  public String area() {
    return area;
  }

  @Override
  public List<Operation> readOperations() {
    return List.of();
  }

  @Override
  public Set<AuditFact> provides() {
    return facts.keySet();
  }

  @Override
  public void audit(AuditContext context) {
    facts.forEach(context::publish);
  }
}
