package dev.seawall.apps;

import dev.seawall.apps.app.AppAuditor;
import dev.seawall.apps.functions.FunctionNamespaceService;
import dev.seawall.apps.functions.FunctionTriggerAuditor;
import dev.seawall.apps.functions.FunctionTriggerService;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import java.util.List;

/**
 * The account audit of the apps module: each App Platform app, its spec read back, against
 * SW-APP-001 to SW-APP-007, reported as one resource {@code app/<name>}; and each Functions
 * namespace's scheduled triggers against SW-FN-004 (a secret-looking value in the plain-text body),
 * reported as {@code function_trigger/<name>} at {@code digitalocean://function_trigger/<namespace
 * id>/<name>}. Lists with {@code apps_list} (scope {@code app:read}), {@code
 * functions_list_namespaces} and {@code functions_list_triggers} (scope {@code function:read}) and
 * sends nothing else. (The functions' own code and web exposure live in the deployed {@code
 * project.yml}, which the API does not show: audit it with {@code ProjectYmlAuditor}.) Registered
 * in {@code META-INF/services/dev.seawall.core.audit.AuditSource}.
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
    return List.of(
        AppsOperations.APPS_LIST,
        AppsOperations.FUNCTIONS_LIST_NAMESPACES,
        AppsOperations.FUNCTIONS_LIST_TRIGGERS);
  }

  @Override
  public void audit(AuditContext context) {
    AppAuditor auditor = new AppAuditor();
    context.each(
        "app",
        Apps.apps(context.client()).listAll(),
        app ->
            context.report(new AuditedResource("app", app.name(), app.id()), auditor.audit(app)));
    FunctionTriggerAuditor triggers = new FunctionTriggerAuditor();
    context.each(
        FunctionNamespaceService.KIND,
        Apps.functionNamespaces(context.client()).listAll(),
        namespace -> {
          context.report(
              new AuditedResource(FunctionNamespaceService.KIND, namespace.label(), namespace.id()),
              List.of());
          context.each(
              FunctionTriggerService.KIND,
              Apps.functionTriggers(context.client(), namespace.id()).listAll(),
              trigger ->
                  context.report(
                      new AuditedResource(
                          FunctionTriggerService.KIND,
                          trigger.name(),
                          namespace.id() + "/" + trigger.name()),
                      triggers.audit(trigger)));
        });
  }
}
