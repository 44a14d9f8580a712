package dev.seawall.apps;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the apps module (App Platform). {@code AppSpec} refuses what they describe
 * (opt-outs take a {@code Justification}) and {@code AppAuditor} flags it on apps read back from
 * the API. Ids are stable. {@link AppsCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}.
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
}
