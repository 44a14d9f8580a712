package dev.seawall.networking.firewall;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import java.util.List;

/**
 * Audits existing Cloud Firewalls against SW-FW-001..005, the same rules {@link FirewallSpec}
 * enforces before provisioning. An existing firewall has no opt-outs, so every risky rule is
 * reported. Violations are reported on {@code firewall/<name>}, e.g. {@code
 * firewall/web.inboundRules[0]}. Stateless and thread-safe; reads only its argument.
 *
 * <pre>{@code
 * FirewallAuditor auditor = new FirewallAuditor();
 * Networking.firewalls(client).listAll().forEach(fw -> report.addAll(auditor.audit(fw)));
 * }</pre>
 */
public final class FirewallAuditor implements Auditor<Firewall> {

  /** Creates an auditor. */
  public FirewallAuditor() {}

  /**
   * Audits one firewall.
   *
   * @return every violation (SW-FW-005 as a warning), in rule order per inbound then outbound rule;
   *     empty if the firewall passes
   */
  @Override
  public List<Violation> audit(Firewall firewall) {
    Checks checks = Checks.on("firewall/" + firewall.name());
    FirewallPolicy.check(
        checks,
        firewall.inboundRules(),
        firewall.outboundRules(),
        firewall.dropletIds(),
        firewall.tags(),
        FirewallPolicy.OptOuts.NONE);
    return checks.violations();
  }
}
