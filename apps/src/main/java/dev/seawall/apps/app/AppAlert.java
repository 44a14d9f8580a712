package dev.seawall.apps.app;

import java.util.Objects;

/**
 * An app-level alert ({@code alerts} of the app spec, {@code app_alert_spec}) such as {@value
 * #DEPLOYMENT_FAILED}, which {@link AppSpec} adds by default (SW-APP-006). Destinations (e-mail,
 * Slack) are assigned separately ({@code apps_assign_alertDestinations}); by default App Platform
 * e-mails the team.
 *
 * @param rule the rule, e.g. {@code DEPLOYMENT_FAILED}, {@code DOMAIN_FAILED}
 * @param disabled whether the alert is switched off
 */
public record AppAlert(String rule, boolean disabled) {
  /** A deployment failed: {@value}. */
  public static final String DEPLOYMENT_FAILED = "DEPLOYMENT_FAILED";

  /** A domain failed to be configured (DNS or certificate): {@value}. */
  public static final String DOMAIN_FAILED = "DOMAIN_FAILED";

  /** Validates the components. */
  public AppAlert {
    Objects.requireNonNull(rule, "rule");
  }

  /** An enabled alert on {@code rule}. */
  public static AppAlert on(String rule) {
    return new AppAlert(rule, false);
  }

  @Override
  public String toString() {
    return rule + (disabled ? " (disabled)" : "");
  }
}
