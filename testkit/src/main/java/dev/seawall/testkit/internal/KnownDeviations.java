package dev.seawall.testkit.internal;

import dev.seawall.testkit.FakeJson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places where the official OpenAPI specification and the real DigitalOcean API disagree, and the
 * testkit follows the real API. Each deviation is as narrow as possible, so the check stays strict
 * everywhere else (the testkit README lists them in "Where DigitalOcean is lenient").
 *
 * <ul>
 *   <li>Cloud Firewall rules: the specification requires {@code ports} on every rule, but the API
 *       refuses {@code ports} on ICMP rules (doctl and the Terraform provider omit it too). An ICMP
 *       rule without {@code ports} is validated as if it carried {@code "0"}.
 *   <li>{@code POST /v2/volumes/actions} (volumeActions_post): the operation's description and
 *       examples name the volume by {@code volume_name} (with {@code region}), but its schema has
 *       no such property. {@code volume_name} is accepted there; every other property is still
 *       checked.
 *   <li>{@code POST /v2/apps} and {@code PUT /v2/apps/{id}} (apps_create, apps_update): the
 *       specification's {@code app_spec} has no {@code alerts}, but the API, doctl and godo ({@code
 *       AppSpec.Alerts}) take app-level alerts there ({@code DEPLOYMENT_FAILED}, {@code
 *       DOMAIN_FAILED}). {@code spec.alerts} is accepted when it is a list of {@code
 *       app_alert_spec} objects (only {@code rule}, {@code disabled}, {@code operator}, {@code
 *       value}, {@code window}; {@code rule} a string); every other property is still checked.
 *   <li>{@code POST .../triggers} and {@code PUT .../triggers/{trigger_name}}
 *       (functions_create_trigger, functions_update_trigger): the specification's {@code
 *       scheduled_details.body} ("optional data to be sent to function") declares one example
 *       property, {@code name}, but it is the function's free-form parameters object (doctl and
 *       godo send any map). A {@code body} that is a JSON object is validated as {@code {}}; its
 *       type and every other property are still checked.
 *   <li>Query parameters an operation does not define ({@code per_page} on a single GET, {@code
 *       page}/{@code per_page} on unpaged lists such as {@code GET /v2/databases}): DigitalOcean
 *       ignores them, so they are {@linkplain #lenient(String) notes}, not violations. Their values
 *       are not checked; defined parameters keep their checks ({@code per_page} at most 200).
 * </ul>
 *
 * <p>One check is stricter than DigitalOcean on purpose: an unknown JSON property ({@link
 * UnknownProperties#KEY}) is ignored by DigitalOcean, but a misspelt hardening setting never takes
 * effect, so tests fail on it. {@link #refusedByDigitalOcean(String)} tells the two apart, so the
 * standalone fake can log it and serve the request as DigitalOcean would.
 *
 * <p>Constructs of the specification that the validator itself cannot check (composed path
 * parameters such as {@code ssh_key_identifier}) are a different matter, handled while loading by
 * {@link ValidatorWorkarounds}.
 */
public final class KnownDeviations {
  /** The validator's key for a query parameter the operation does not define. */
  public static final String UNEXPECTED_QUERY_PARAMETER =
      "validation.request.parameter.query.unexpected";

  private static final Set<String> LENIENT = Set.of(UNEXPECTED_QUERY_PARAMETER);
  private static final Pattern FIREWALL_RULES_PATH =
      Pattern.compile("/v2/firewalls(/[^/]+)?(/rules)?");
  private static final String VOLUME_ACTIONS_BY_NAME = "/v2/volumes/actions";
  private static final Pattern APPS_PATH = Pattern.compile("/v2/apps(/[^/]+)?");
  private static final Pattern TRIGGERS_PATH =
      Pattern.compile("/v2/functions/namespaces/[^/]+/triggers(/[^/]+)?");
  private static final Set<String> ALERT_SPEC_KEYS =
      Set.of("rule", "disabled", "operator", "value", "window");

  private KnownDeviations() {}

  /**
   * Whether a validator message key names something the specification does not allow but
   * DigitalOcean accepts; such a message is a note, never a violation.
   */
  public static boolean lenient(String key) {
    return LENIENT.contains(key);
  }

  /**
   * Whether DigitalOcean itself refuses a request with a violation of this key: true except for
   * Seawall's own unknown-property check.
   */
  public static boolean refusedByDigitalOcean(String key) {
    return !key.equals(UnknownProperties.KEY) && !lenient(key);
  }

  /**
   * The body to validate in place of {@code body}.
   *
   * @param method the HTTP method
   * @param path the encoded path without query
   * @param body the JSON body as sent
   */
  public static String bodyToValidate(String method, String path, String body) {
    boolean firewall =
        (method.equals("POST") || method.equals("PUT"))
            && FIREWALL_RULES_PATH.matcher(path).matches();
    boolean volumeByName = method.equals("POST") && path.equals(VOLUME_ACTIONS_BY_NAME);
    boolean app =
        (method.equals("POST") || method.equals("PUT"))
            && APPS_PATH.matcher(path).matches()
            && !path.equals("/v2/apps/propose")
            && !path.equals("/v2/apps/regions");
    boolean trigger =
        (method.equals("POST") || method.equals("PUT")) && TRIGGERS_PATH.matcher(path).matches();
    if (body.isEmpty() || !(firewall || volumeByName || app || trigger)) {
      return body;
    }
    Object parsed;
    try {
      parsed = FakeJson.parse(body); // integral numbers stay integers
    } catch (IllegalArgumentException e) {
      return body; // not JSON: let the validator report it
    }
    if (!(parsed instanceof Map<?, ?> tree)) {
      return body;
    }
    boolean changed;
    if (firewall) {
      changed = addIcmpPorts(tree.get("inbound_rules")) | addIcmpPorts(tree.get("outbound_rules"));
    } else if (trigger) {
      changed = withEmptyTriggerBody(tree);
    } else {
      changed = app ? withoutAppAlerts(tree) : withoutVolumeName(tree);
    }
    return changed ? FakeJson.write(tree) : body;
  }

  private static boolean withoutAppAlerts(Map<?, ?> tree) {
    if (!(tree.get("spec") instanceof Map<?, ?> spec)
        || !(spec.get("alerts") instanceof List<?> alerts)) {
      return false;
    }
    for (Object alert : alerts) {
      if (!(alert instanceof Map<?, ?> map)
          || !ALERT_SPEC_KEYS.containsAll(map.keySet())
          || !(map.get("rule") instanceof String)) {
        return false; // not an alert spec: let the validator see it as sent
      }
    }
    spec.remove("alerts");
    return true;
  }

  private static boolean withEmptyTriggerBody(Map<?, ?> tree) {
    if (!(tree.get("scheduled_details") instanceof Map<?, ?> details)
        || !(details.get("body") instanceof Map<?, ?> body)
        || body.isEmpty()) {
      return false; // absent, null or not an object: let the validator see it as sent
    }
    body.clear();
    return true;
  }

  private static boolean withoutVolumeName(Map<?, ?> tree) {
    if (!(tree.get("volume_name") instanceof String)) {
      return false; // absent or not a string: let the validator see it as sent
    }
    tree.remove("volume_name");
    return true;
  }

  private static boolean addIcmpPorts(@Nullable Object rules) {
    if (!(rules instanceof List<?> list)) {
      return false;
    }
    boolean changed = false;
    for (Object rule : list) {
      if (rule instanceof Map<?, ?> map
          && "icmp".equals(map.get("protocol"))
          && !map.containsKey("ports")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> writable = (Map<String, Object>) map;
        writable.put("ports", "0");
        changed = true;
      }
    }
    return changed;
  }
}
