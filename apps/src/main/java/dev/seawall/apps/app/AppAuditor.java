package dev.seawall.apps.app;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import java.util.List;

/**
 * Audits existing apps (their spec read back) against the rules {@link AppSpec} enforces before
 * provisioning: plain-text secret-looking variables (SW-APP-001; SECRET variables hold ciphertext
 * and are not looked into), pasted database connections (SW-APP-002; in GENERAL variables, the only
 * ones readable), domains without a minimum TLS version (SW-APP-003), CORS admitting any origin
 * (SW-APP-004), redirects to plain HTTP (SW-APP-005), no deployment-failure alert (SW-APP-006) and
 * enhanced threat control reported off (SW-APP-007; an app that does not report the field is not
 * flagged). Violations are reported on {@code app/<name>...} and never hold a value. Stateless and
 * thread-safe.
 */
public final class AppAuditor implements Auditor<App> {

  /** Creates an auditor. */
  public AppAuditor() {}

  @Override
  public List<Violation> audit(App app) {
    Checks checks = Checks.on("app/" + app.name());
    AppPolicy.check(
        checks,
        app.components(),
        app.domains(),
        app.ingressRules(),
        app.alerts(),
        app.enhancedThreatControl().orElse(null),
        null);
    return checks.violations();
  }
}
