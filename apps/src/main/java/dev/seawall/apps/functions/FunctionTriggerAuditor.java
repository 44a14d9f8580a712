package dev.seawall.apps.functions;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import java.util.List;

/**
 * Audits existing triggers (read back from the API) against the rule {@link FunctionTriggerSpec}
 * enforces before provisioning: secret-looking values in the plain-text body (SW-FN-004).
 * Violations are reported on {@code function_trigger/<name>.scheduled_details.body.<path>} and
 * never hold a value. Stateless and thread-safe.
 */
public final class FunctionTriggerAuditor implements Auditor<FunctionTrigger> {

  /** Creates an auditor. */
  public FunctionTriggerAuditor() {}

  @Override
  public List<Violation> audit(FunctionTrigger trigger) {
    Checks checks = Checks.on(FunctionTriggerService.KIND + "/" + trigger.name());
    FunctionTriggerSpec.checkBody(checks, trigger.body(), null);
    return checks.violations();
  }
}
