package dev.seawall.apps.app.internal;

import dev.seawall.apps.AppsOperations;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds an app to the trusted sources (firewall rules) of a managed database cluster, keeping every
 * other rule (type, value and description sent back as read). The databases module owns the cluster
 * firewall; this is the one request apps makes on it, with copies of its operations.
 */
public final class DatabaseTrust {
  private final Api api;

  /** A helper on a client's API. */
  public DatabaseTrust(Api api) {
    this.api = api;
  }

  /** A firewall rule as read. */
  public record RuleWire(String type, String value, String description) {}

  /**
   * Whether the cluster trusts the app.
   *
   * <p>Operation {@code databases_list_firewall_rules}; scope {@code database:read}.
   */
  public boolean trusts(String clusterId, String appId) {
    return rules(clusterId).stream()
        .anyMatch(rule -> rule.type().equals("app") && rule.value().equals(appId));
  }

  /**
   * Adds {@code type: app} with the app's id to the cluster's rules, unless it is there.
   *
   * <p>Operations {@code databases_list_firewall_rules} and {@code
   * databases_update_firewall_rules}; scopes {@code database:read}, {@code database:update}.
   *
   * @return whether a rule was added
   */
  public boolean trust(String clusterId, String appId, String description) {
    List<RuleWire> rules = rules(clusterId);
    if (rules.stream().anyMatch(r -> r.type().equals("app") && r.value().equals(appId))) {
      return false;
    }
    List<Object> body = new ArrayList<>();
    for (RuleWire rule : rules) {
      body.add(rule(rule.type(), rule.value(), rule.description()));
    }
    body.add(rule("app", appId, description));
    api.send(
        ApiRequest.of(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES)
            .pathParam("database_cluster_uuid", clusterId)
            .body(Map.of("rules", body))
            .build());
    return true;
  }

  private List<RuleWire> rules(String clusterId) {
    return api.call(
        ApiRequest.of(AppsOperations.DATABASES_LIST_FIREWALL_RULES)
            .pathParam("database_cluster_uuid", clusterId)
            .build(),
        "rules",
        com.squareup.moshi.Types.newParameterizedType(List.class, RuleWire.class));
  }

  private static Map<String, Object> rule(String type, String value, String description) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", type);
    out.put("value", value);
    if (!description.isEmpty()) {
      out.put("description", description);
    }
    return out;
  }
}
