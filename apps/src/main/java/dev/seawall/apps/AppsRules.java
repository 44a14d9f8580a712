package dev.seawall.apps;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the apps module: App Platform (SW-APP-*; {@code AppSpec} refuses what they
 * describe, opt-outs take a {@code Justification}, and {@code AppAuditor} flags it on apps read
 * back from the API) and Functions (SW-FN-*; refused by {@code FunctionTriggerSpec} and {@code
 * FunctionsProject}, flagged by {@code FunctionTriggerAuditor} and {@code ProjectYmlAuditor}). Ids
 * are stable. {@link AppsCatalog} registers them in the {@link dev.seawall.core.policy.Catalog}.
 */
public final class AppsRules {
  private AppsRules() {}

  /** SW-APP-001: Secret-looking environment variable that is not a SECRET. */
  public static final Rule SW_APP_001 =
      new Rule(
              "SW-APP-001",
              "PlaintextSecretEnvVar",
              Severity.ERROR,
              "Secret-looking environment variable that is not a SECRET",
              "A GENERAL variable is stored and shown in clear text by the control panel, doctl and"
                  + " the API (GET /v2/apps answers it to every app:read token); only SECRET"
                  + " variables are encrypted and never shown again.",
              "Declare it with EnvVar.secret(key, value); if the value is no secret use"
                  + " allowPlaintextEnv(component, key, Justification).",
              List.of())
          .withAuditRemediation(
              "Make the variable a SECRET (type SECRET, the value sent once) and rotate the value,"
                  + " which was readable: converge the app with Apps.apps(client).apply(spec)"
                  + " where the spec declares it with EnvVar.secret(key, value).");

  /** SW-APP-002: Database connection pasted into an environment variable. */
  public static final Rule SW_APP_002 =
      new Rule(
              "SW-APP-002",
              "LiteralDatabaseConnection",
              Severity.ERROR,
              "Database connection pasted into an environment variable",
              "A pasted connection string carries the database password outside the cluster's"
                  + " credential rotation and often names the public host; a bindable variable"
                  + " (${db.DATABASE_URL}) is resolved by App Platform at deploy time over the"
                  + " private network.",
              "Bind the cluster with AppSpec.Builder.addDatabase and use"
                  + " EnvVar.binding(key, database, \"DATABASE_URL\"); for a database outside"
                  + " DigitalOcean use allowLiteralDatabaseUrl(component, key, Justification).",
              List.of())
          .withAuditRemediation(
              "Add the cluster to the app spec's databases and replace the variable's value with"
                  + " the bindable ${<database>.DATABASE_URL}, then rotate the database user's"
                  + " password: converge with Apps.apps(client).apply(spec).");

  /** SW-APP-003: Custom domain without a minimum TLS version. */
  public static final Rule SW_APP_003 =
      new Rule(
              "SW-APP-003",
              "DomainWithoutTlsMinimum",
              Severity.ERROR,
              "Custom domain without a minimum TLS version of 1.2 or 1.3",
              "Without minimum_tls_version clients may negotiate protocol versions with known"
                  + " weaknesses.",
              "AppDomain sets minimum_tls_version 1.3 by default; choose 1.2 with"
                  + " AppDomain.minimumTlsVersion(TlsVersion.TLS_1_2) for old clients.",
              List.of())
          .withAuditRemediation(
              "Set minimum_tls_version \"1.3\" (or \"1.2\") on every domain of the app spec:"
                  + " converge with Apps.apps(client).apply(spec).");

  /** SW-APP-004: CORS policy allowing any origin. */
  public static final Rule SW_APP_004 =
      new Rule(
              "SW-APP-004",
              "AppCorsAnyOrigin",
              Severity.ERROR,
              "CORS policy allowing any origin",
              "Any web page may read the app's responses from its visitors' browsers; with"
                  + " allow_credentials the visitors' cookies come along (no opt-out then).",
              "List the exact origins with CorsPolicy.allowOrigins; without credentials use"
                  + " allowAnyOrigin(Justification) for a truly public API.",
              List.of("cors-no-wildcard-origin"))
          .withAuditRemediation(
              "Replace the wildcard origin of the ingress rule's CORS policy by the exact origins"
                  + " that need it: converge with Apps.apps(client).apply(spec).");

  /** SW-APP-005: Ingress redirect to plain HTTP. */
  public static final Rule SW_APP_005 =
      new Rule(
              "SW-APP-005",
              "PlainHttpRedirect",
              Severity.ERROR,
              "Ingress redirect to plain HTTP",
              "App Platform serves HTTPS only; a redirect to http:// sends visitors, and their"
                  + " cookies, over an unencrypted connection.",
              "Redirect to https (the default of IngressRule.redirect); there is no opt-out.",
              List.of())
          .withAuditRemediation(
              "Make the redirect's scheme https: converge with Apps.apps(client).apply(spec).");

  /** SW-APP-006: No alert on failed deployments. */
  public static final Rule SW_APP_006 =
      new Rule(
              "SW-APP-006",
              "NoDeploymentFailureAlert",
              Severity.WARNING,
              "App without an alert on failed deployments",
              "A failed deployment leaves the previous version running silently, security fixes"
                  + " included.",
              "AppSpec adds a DEPLOYMENT_FAILED alert by default; if needed use"
                  + " withoutDeploymentFailureAlert(Justification).",
              List.of())
          .withAuditRemediation(
              "Add an alert with rule DEPLOYMENT_FAILED to the app spec (and a destination for"
                  + " it): converge with Apps.apps(client).apply(spec).");

  /** SW-APP-007: Layer-7 DDoS checks switched off. */
  public static final Rule SW_APP_007 =
      new Rule(
              "SW-APP-007",
              "AppThreatControlOff",
              Severity.WARNING,
              "App with enhanced threat control (layer-7 DDoS checks) switched off",
              "Without enhanced_threat_control_enabled App Platform's edge does not challenge"
                  + " suspicious request floods, so an application-layer attack reaches the app's"
                  + " instances (and its bill).",
              "AppSpec keeps enhanced_threat_control_enabled on by default; if a client cannot"
                  + " pass the checks use withoutEnhancedThreatControl(Justification).",
              List.of())
          .withAuditRemediation(
              "Set enhanced_threat_control_enabled to true in the app spec: converge with"
                  + " Apps.apps(client).apply(spec).");

  /** SW-FN-001: Function exposed on the web. */
  public static final Rule SW_FN_001 =
      new Rule(
              "SW-FN-001",
              "FunctionWebExposed",
              Severity.ERROR,
              "Function exposed as a web action without a justification",
              "A web function (web: true) has a public URL that anyone on the internet can call;"
                  + " a function that is not web-exposed is reached only with the namespace's"
                  + " credentials or by its triggers.",
              "Leave web exposure off (FunctionsProject's default); to expose a function use"
                  + " FunctionsProject.Function.allowWebExposure(Justification), which keeps"
                  + " require-whisk-auth on.",
              List.of())
          .withAuditRemediation(
              "Set web: false on the function in project.yml (or justify the exposure) and"
                  + " redeploy with doctl serverless deploy; FunctionsProject writes such a"
                  + " project.yml.");

  /** SW-FN-002: Web function without require-whisk-auth. */
  public static final Rule SW_FN_002 =
      new Rule(
              "SW-FN-002",
              "WebFunctionWithoutAuth",
              Severity.ERROR,
              "Web function callable without the X-Require-Whisk-Auth secret",
              "A web function with webSecure: false (no require-whisk-auth annotation) runs for"
                  + " every anonymous request: anyone who finds the URL runs the code and spends"
                  + " the account's quota.",
              "FunctionsProject sets webSecure: true on web functions; callers send the secret in"
                  + " the X-Require-Whisk-Auth header. For a truly public function use"
                  + " FunctionsProject.Function.allowAnonymousWebAccess(Justification).",
              List.of())
          .withAuditRemediation(
              "Set webSecure: true (or a secret given as ${NAME} from .env) on the function in"
                  + " project.yml and redeploy with doctl serverless deploy.");

  /** SW-FN-003: Raw HTTP web function. */
  public static final Rule SW_FN_003 =
      new Rule(
              "SW-FN-003",
              "RawHttpFunction",
              Severity.ERROR,
              "Web function receiving raw HTTP requests (web: raw)",
              "A raw-http function parses the request body and query itself instead of receiving"
                  + " validated parameters, and is web-exposed: parsing mistakes become"
                  + " vulnerabilities reachable from the internet.",
              "Use web: true with parameters; if the raw request is needed use"
                  + " FunctionsProject.Function.allowRawHttp(Justification).",
              List.of())
          .withAuditRemediation(
              "Set web: true (or false) instead of raw on the function in project.yml and"
                  + " redeploy with doctl serverless deploy.");

  /** SW-FN-004: Secret in a scheduled trigger's body. */
  public static final Rule SW_FN_004 =
      new Rule(
              "SW-FN-004",
              "SecretInTriggerBody",
              Severity.ERROR,
              "Secret-looking value in a scheduled trigger's body",
              "DigitalOcean stores a trigger's scheduled_details.body in plain text and answers it"
                  + " to every function:read token (GET .../triggers); a secret there is readable"
                  + " by everyone who can list triggers.",
              "Keep secrets in the function's environment as ${NAME} template references"
                  + " (FunctionsProject) and pass only non-secret parameters in the body; if the"
                  + " value is no secret use FunctionTriggerSpec.Builder.allowPlaintextBody(key,"
                  + " Justification).",
              List.of())
          .withAuditRemediation(
              "Remove the value from the trigger's body, rotate it (it was readable), and converge"
                  + " the trigger with Apps.functionTriggers(client, namespaceId).apply(spec).");

  /** SW-FN-005: Secret literal in a functions project. */
  public static final Rule SW_FN_005 =
      new Rule(
              "SW-FN-005",
              "SecretLiteralInFunctionsProject",
              Severity.ERROR,
              "Secret written as a literal in a functions project (project.yml)",
              "project.yml is committed with the code, and doctl serverless deploy stores its"
                  + " environment and parameters with the function, where every function:read"
                  + " token reads them; a ${NAME} template is resolved from the uncommitted .env"
                  + " at deploy time instead.",
              "Write the value as a template reference with"
                  + " FunctionsProject.Function.environment(key, \"${NAME}\") and keep NAME in"
                  + " .env; if the value is no secret use"
                  + " FunctionsProject.Function.allowLiteral(key, Justification).",
              List.of())
          .withAuditRemediation(
              "Replace the literal in project.yml by a ${NAME} template reference resolved from"
                  + " .env, rotate the value (it was committed and readable) and redeploy with"
                  + " doctl serverless deploy.");
}
