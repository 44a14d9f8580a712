package dev.seawall.apps.app;

import dev.seawall.apps.AppsRules;
import dev.seawall.apps.app.internal.SecretLooks;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Rule;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The App Platform rules over the parts of an app, shared by {@link AppSpec#validate} (with the
 * spec's opt-outs) and {@link AppAuditor} (without: every finding is reported). Messages name the
 * component and variable, never a value.
 */
final class AppPolicy {
  /** The opt-out of one variable of one component: {@code <component>.<KEY>}. */
  static String envDetail(String component, String key) {
    return component + "." + key;
  }

  private AppPolicy() {}

  /**
   * Checks the parts of an app.
   *
   * @param threatControl {@code enhanced_threat_control_enabled}; {@code null} when unknown (never
   *     a finding)
   * @param acks given a rule and a detail ({@code api.DB_PASSWORD}, or {@code ""} for app-wide
   *     opt-outs), the risks that acknowledge it; {@code null} in an audit, where every finding is
   *     reported with no opt-out hint
   */
  static void check(
      Checks checks,
      List<AppComponent> components,
      List<AppDomain> domains,
      List<IngressRule> ingressRules,
      List<AppAlert> alerts,
      @Nullable Boolean threatControl,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    for (AppComponent component : components) {
      for (EnvVar env : component.envs()) {
        checkEnv(checks.at(component.name() + ".envs." + env.key()), component, env, acks);
      }
    }
    for (AppDomain domain : domains) {
      if (domain.type().equals("DEFAULT")) {
        continue;
      }
      boolean hasMinimum =
          domain.minimumTlsVersion().filter(version -> version != TlsVersion.UNKNOWN).isPresent();
      checks
          .at("domains." + domain.domain())
          .require(
              hasMinimum,
              AppsRules.SW_APP_003,
              "the domain has no minimum_tls_version: set 1.3 (or 1.2 for old clients)");
    }
    for (int i = 0; i < ingressRules.size(); i++) {
      IngressRule rule = ingressRules.get(i);
      Checks at = checks.at("ingress.rules[" + i + "]");
      rule.redirect()
          .filter(Redirect::isPlainHttp)
          .ifPresent(
              redirect ->
                  at.refuse(
                      AppsRules.SW_APP_005,
                      "the rule for " + rule.pathPrefix() + " redirects to plain http; use https"));
      rule.cors()
          .filter(CorsPolicy::allowsAnyOrigin)
          .ifPresent(
              cors -> {
                String message =
                    "the CORS policy of the rule for " + rule.pathPrefix() + " admits any origin";
                if (cors.allowCredentials() || acks == null) {
                  at.refuse(
                      AppsRules.SW_APP_004,
                      message
                          + (cors.allowCredentials()
                              ? " with credentials: any site could act as its visitors; list the"
                                  + " exact origins (no opt-out)"
                              : "; list the exact origins"));
                } else {
                  at.refuseUnlessAcknowledged(
                      AppsRules.SW_APP_004,
                      true,
                      acks.apply(AppsRules.SW_APP_004, ""),
                      message + "; list the exact origins",
                      "allowAnyOrigin(Justification)");
                }
              });
    }
    boolean alerted =
        alerts.stream()
            .anyMatch(
                alert -> alert.rule().equals(AppAlert.DEPLOYMENT_FAILED) && !alert.disabled());
    if (!alerted) {
      appWide(
          checks,
          AppsRules.SW_APP_006,
          "no enabled " + AppAlert.DEPLOYMENT_FAILED + " alert",
          "withoutDeploymentFailureAlert(Justification)",
          acks);
    }
    if (Boolean.FALSE.equals(threatControl)) {
      appWide(
          checks,
          AppsRules.SW_APP_007,
          "enhanced_threat_control_enabled is false: layer-7 DDoS checks are off",
          "withoutEnhancedThreatControl(Justification)",
          acks);
    }
  }

  /** An app-wide finding: refused in an audit, unless acknowledged in a spec. */
  private static void appWide(
      Checks checks,
      Rule rule,
      String message,
      String optOut,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    if (acks == null) {
      checks.refuse(rule, message);
    } else {
      checks.refuseUnlessAcknowledged(rule, true, acks.apply(rule, ""), message, optOut);
    }
  }

  private static void checkEnv(
      Checks at,
      AppComponent component,
      EnvVar env,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    String detail = envDetail(component.name(), env.key());
    if (env.isSecret() && env.isCiphertext()) {
      return; // encrypted by App Platform: nothing to see
    }
    if (!env.isSecret() && SecretLooks.secret(env.key(), env.value())) {
      String message =
          env.key()
              + (SecretLooks.value(env.value())
                  ? " holds a value that looks secret"
                  : " is named like a secret and holds a literal value")
              + " but is a plain-text GENERAL variable; make it EnvVar.secret(...)";
      if (acks == null) {
        at.refuse(AppsRules.SW_APP_001, message);
      } else {
        at.refuseUnlessAcknowledged(
            AppsRules.SW_APP_001,
            true,
            acks.apply(AppsRules.SW_APP_001, detail),
            message,
            "allowPlaintextEnv(\""
                + component.name()
                + "\", \""
                + env.key()
                + "\", Justification)");
      }
    }
    if (SecretLooks.databaseConnection(env.value())) {
      String message =
          env.key()
              + " holds a pasted database connection with its password; bind the cluster and use"
              + " EnvVar.binding(\""
              + env.key()
              + "\", <database>, \"DATABASE_URL\")";
      if (acks == null) {
        at.refuse(AppsRules.SW_APP_002, message);
      } else {
        at.refuseUnlessAcknowledged(
            AppsRules.SW_APP_002,
            true,
            acks.apply(AppsRules.SW_APP_002, detail),
            message,
            "allowLiteralDatabaseUrl(\""
                + component.name()
                + "\", \""
                + env.key()
                + "\", Justification)");
      }
    }
  }
}
