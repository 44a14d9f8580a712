package dev.seawall.apps.functions;

import dev.seawall.apps.AppsRules;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Rule;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The rules over the functions of a {@code project.yml}, shared by {@link FunctionsProject} (with
 * its opt-outs) and {@link ProjectYmlAuditor} (without: every finding is reported). Messages name
 * the function and key, never a value.
 */
final class FunctionPolicy {
  private FunctionPolicy() {}

  /**
   * Checks a function's web exposure: SW-FN-001 (web-exposed), SW-FN-002 (web without
   * require-whisk-auth), SW-FN-003 (raw HTTP).
   *
   * @param acks given a rule and a detail, the risks that acknowledge it; {@code null} in an audit
   */
  static void checkWeb(
      Checks at,
      WebMode web,
      boolean webSecure,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    if (web == WebMode.OFF) {
      return;
    }
    finding(
        at.at("web"),
        AppsRules.SW_FN_001,
        "the function is web-exposed (web: " + web.yamlValue() + "): anyone can call its URL",
        "allowWebExposure(Justification)",
        acks);
    if (!webSecure) {
      finding(
          at.at("webSecure"),
          AppsRules.SW_FN_002,
          "the web function runs for anonymous requests (no webSecure: true and no"
              + " require-whisk-auth annotation; doctl's default is anonymous); set webSecure: true",
          "allowAnonymousWebAccess(Justification)",
          acks);
    }
    if (web == WebMode.RAW) {
      finding(
          at.at("web"),
          AppsRules.SW_FN_003,
          "the function receives raw HTTP requests (web: raw, raw-http); use web: true",
          "allowRawHttp(Justification)",
          acks);
    }
  }

  /**
   * Checks {@code environment} or {@code parameters} values for secret literals (SW-FN-005): a
   * value that looks secret must be a {@code ${NAME}} template.
   *
   * @param field {@code environment} or {@code parameters}
   * @param acks given the rule and the key, the risks that acknowledge it; {@code null} in an audit
   */
  static void checkValues(
      Checks at,
      String field,
      Map<String, ?> values,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    for (String path : SecretValues.paths(values)) {
      finding(
          at.at(field + "." + path),
          AppsRules.SW_FN_005,
          path
              + " in "
              + field
              + " holds a literal that looks secret; write it as a ${NAME} template resolved from"
              + " .env",
          "allowLiteral(\"" + path + "\", Justification)",
          acks == null ? null : (rule, detail) -> acks.apply(rule, path));
    }
  }

  private static void finding(
      Checks at,
      Rule rule,
      String message,
      String optOut,
      @Nullable BiFunction<Rule, String, List<AcknowledgedRisk>> acks) {
    if (acks == null) {
      at.refuse(rule, message);
    } else {
      at.refuseUnlessAcknowledged(rule, true, acks.apply(rule, ""), message, optOut);
    }
  }
}
