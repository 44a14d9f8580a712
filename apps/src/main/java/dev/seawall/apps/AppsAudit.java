package dev.seawall.apps;

import dev.seawall.apps.app.AppAuditor;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import java.util.List;

/**
 * The account audit of the apps module: each App Platform app, its spec read back, against
 * SW-APP-001 to SW-APP-007, reported as one resource {@code app/<name>}. Lists with {@code
 * apps_list} (scope {@code app:read}) and sends nothing else. Registered in {@code
 * META-INF/services/dev.seawall.core.audit.AuditSource}.
 */
public final class AppsAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public AppsAudit() {}

  @Override
  public String area() {
    return "apps";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(AppsOperations.APPS_LIST);
  }

  @Override
  public void audit(AuditContext context) {
    AppAuditor auditor = new AppAuditor();
    context.each(
        "app",
        Apps.apps(context.client()).listAll(),
        app ->
            context.report(new AuditedResource("app", app.name(), app.id()), auditor.audit(app)));
  }
}
