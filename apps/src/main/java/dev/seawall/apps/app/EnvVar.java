package dev.seawall.apps.app;

import dev.seawall.apps.app.internal.SecretLooks;
import java.util.Objects;

/**
 * An environment variable of a component ({@code app_variable_definition}).
 *
 * <p>A {@link EnvVarType#SECRET} value is write-only: Seawall sends it once, DigitalOcean encrypts
 * it and answers {@code EV[1:...]} ciphertext, which Seawall keeps and sends back unchanged on
 * later updates; the value is never logged, never in {@link #toString()}, a diff, a report or an
 * exception. Create variables with {@link #secret}, {@link #general} or {@link #binding}.
 *
 * @param key the name: letters, digits and {@code _}, not starting with a digit
 * @param value the value (for a SECRET read back from the API, its {@code EV[...]} ciphertext)
 * @param type GENERAL (plain text) or SECRET (encrypted)
 * @param scope when the variable is available
 */
public record EnvVar(String key, String value, EnvVarType type, EnvScope scope) {
  /** Validates the components. */
  public EnvVar {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * A secret variable, available at run time only (secrets in build-time variables end up in build
   * logs and image layers); change the scope with {@link #withScope}.
   */
  public static EnvVar secret(String key, String value) {
    return new EnvVar(key, value, EnvVarType.SECRET, EnvScope.RUN_TIME);
  }

  /**
   * A plain-text variable, available at build and run time. A name or value that looks secret is
   * refused by {@link AppSpec} (SW-APP-001) unless acknowledged with {@code allowPlaintextEnv}.
   */
  public static EnvVar general(String key, String value) {
    return new EnvVar(key, value, EnvVarType.GENERAL, EnvScope.RUN_AND_BUILD_TIME);
  }

  /**
   * A variable bound to a value App Platform resolves at deploy time, e.g. {@code binding(
   * "DATABASE_URL", "db", "DATABASE_URL")} is {@code ${db.DATABASE_URL}}: the connection string of
   * the app's database component {@code db}, whose password never passes through the spec.
   *
   * @param key the variable name
   * @param component the database (or other component) name, or {@code _self}
   * @param variable the bindable variable, e.g. {@code DATABASE_URL}, {@code CA_CERT}
   */
  public static EnvVar binding(String key, String component, String variable) {
    return new EnvVar(
        key,
        "${" + component + "." + variable + "}",
        EnvVarType.GENERAL,
        EnvScope.RUN_AND_BUILD_TIME);
  }

  /** This variable available in {@code scope}. */
  public EnvVar withScope(EnvScope scope) {
    return new EnvVar(key, value, type, scope);
  }

  /** Whether the variable is encrypted by App Platform. */
  public boolean isSecret() {
    return type == EnvVarType.SECRET;
  }

  /** Whether the value is App Platform ciphertext ({@code EV[...]}) rather than plain text. */
  public boolean isCiphertext() {
    return SecretLooks.isCiphertext(value);
  }

  /** This variable without its value when it is a SECRET: what a diff may compare and show. */
  public EnvVar masked() {
    return isSecret() ? new EnvVar(key, "", type, scope) : this;
  }

  /**
   * {@code KEY=value (GENERAL, RUN_AND_BUILD_TIME)}; the value is {@code (sensitive)} for a SECRET
   * and for any value that looks secret.
   */
  @Override
  public String toString() {
    boolean hidden = isSecret() || SecretLooks.secret(key, value) || SecretLooks.value(value);
    return key + "=" + (hidden ? "(sensitive)" : value) + " (" + type + ", " + scope + ")";
  }
}
