package dev.seawall.testkit.internal;

import dev.seawall.testkit.FakeJson;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places where the official OpenAPI specification and the real DigitalOcean API disagree, and the
 * library follows the real API. Each deviation rewrites only the copy of the request that is
 * validated, so the check stays strict everywhere else.
 *
 * <ul>
 *   <li>Cloud Firewall rules: the specification requires {@code ports} on every rule, but the API
 *       refuses {@code ports} on ICMP rules (doctl and the Terraform provider omit it too). An ICMP
 *       rule without {@code ports} is validated as if it carried {@code "0"}.
 * </ul>
 *
 * <p>Constructs of the specification that the validator itself cannot check (composed path
 * parameters such as {@code ssh_key_identifier}) are a different matter, handled while loading by
 * {@link ValidatorWorkarounds}.
 */
public final class KnownDeviations {
  private static final Pattern FIREWALL_RULES_PATH =
      Pattern.compile("/v2/firewalls(/[^/]+)?(/rules)?");

  private KnownDeviations() {}

  /**
   * The body to validate in place of {@code body}.
   *
   * @param method the HTTP method
   * @param path the encoded path without query
   * @param body the JSON body as sent
   */
  public static String bodyToValidate(String method, String path, String body) {
    if (body.isEmpty()
        || !(method.equals("POST") || method.equals("PUT"))
        || !FIREWALL_RULES_PATH.matcher(path).matches()) {
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
    boolean changed =
        addIcmpPorts(tree.get("inbound_rules")) | addIcmpPorts(tree.get("outbound_rules"));
    return changed ? FakeJson.write(tree) : body;
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
