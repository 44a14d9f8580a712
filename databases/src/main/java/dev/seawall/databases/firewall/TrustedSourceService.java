package dev.seawall.databases.firewall;

import com.squareup.moshi.Types;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.internal.FirewallRuleBody;
import dev.seawall.databases.firewall.internal.FirewallRulesBody;
import dev.seawall.databases.firewall.internal.TrustedSourceChecks;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Reads and changes the trusted sources (database firewall) of a cluster. Obtain it with {@code
 * Databases.trustedSources(client)}.
 *
 * <p>The API's {@code PUT /v2/databases/{id}/firewall} replaces the whole list, so {@link #add} and
 * {@link #remove} read the current list, change it and send the full list back: the other rules
 * survive, with their type, value and description; their read-only {@code uuid}, {@code
 * cluster_uuid} and {@code created_at} are never sent. Two processes changing the same cluster's
 * list at the same moment can still overwrite each other's change (the API has no conditional
 * update). A list is never emptied: without trusted sources a cluster accepts connections from
 * anywhere (SW-DB-001).
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses and
 * {@link dev.seawall.core.TransportException} for I/O failures.
 */
public final class TrustedSourceService {
  private static final Type RULES = Types.newParameterizedType(List.class, TrustedSource.class);

  private final Api api;

  /**
   * Creates the service for a client (same as {@code Databases.trustedSources(client)}).
   *
   * @param client the client
   */
  public TrustedSourceService(DigitalOcean client) {
    this.api = client.api();
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        DatabasesOperations.DATABASES_LIST_FIREWALL_RULES,
        DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES);
  }

  /**
   * Reads the trusted sources ({@code GET /v2/databases/{id}/firewall}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_list_firewall_rules">databases_list_firewall_rules</a>,
   * scope {@code database:read}).
   *
   * @param clusterId the cluster's id
   * @return the firewall
   */
  public DatabaseFirewall get(String clusterId) {
    List<TrustedSource> rules =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_LIST_FIREWALL_RULES)
                .pathParam("database_cluster_uuid", clusterId)
                .build(),
            "rules",
            RULES);
    return new DatabaseFirewall(clusterId, rules);
  }

  /**
   * Adds a trusted source, keeping all others. Nothing is sent if the cluster already trusts the
   * same source (same type and value).
   *
   * @param clusterId the cluster's id
   * @param source the source
   * @return the firewall afterwards
   * @throws InvalidSpecException if the source is malformed or internet-wide without opt-out
   *     (nothing is sent)
   */
  public DatabaseFirewall add(String clusterId, TrustedSourceSpec source) {
    requireValid(List.of(source));
    DatabaseFirewall current = get(clusterId);
    if (current.rules().stream().anyMatch(rule -> rule.sameSourceAs(source))) {
      return current;
    }
    List<FirewallRuleBody> rules = keep(current, current.rules());
    rules.add(FirewallRuleBody.of(source));
    if (rules.size() > TrustedSourceChecks.MAX_RULES) {
      throw new InvalidSpecException(
          List.of(
              CoreRules.SW_INPUT_001.violation(
                  "database/" + clusterId + ".trustedSources",
                  "a cluster has at most " + TrustedSourceChecks.MAX_RULES + " trusted sources")));
    }
    return put(clusterId, rules);
  }

  /**
   * Removes the trusted sources of a type and value, keeping all others; works without knowing rule
   * uuids. IP values are compared as ranges ({@code 192.0.2.1} matches {@code 192.0.2.1/32}).
   * Nothing is sent if no rule matches.
   *
   * @param clusterId the cluster's id
   * @param type the source type
   * @param value the source value
   * @return the firewall afterwards
   * @throws InvalidSpecException (SW-DB-001) if the removal would leave no trusted source; nothing
   *     is sent
   */
  public DatabaseFirewall remove(String clusterId, TrustedSourceType type, String value) {
    TrustedSourceSpec target = TrustedSourceSpec.of(type, value);
    DatabaseFirewall current = get(clusterId);
    List<TrustedSource> remaining =
        current.rules().stream().filter(rule -> !rule.sameSourceAs(target)).toList();
    if (remaining.size() == current.rules().size()) {
      return current;
    }
    if (remaining.isEmpty()) {
      throw new InvalidSpecException(
          List.of(
              DatabasesRules.SW_DB_001.violation(
                  "database/" + clusterId + ".trustedSources",
                  "removing "
                      + type.apiValue()
                      + ":"
                      + target.value()
                      + " would leave no trusted source and open the cluster to any address; add"
                      + " the replacement source first")));
    }
    return put(clusterId, keep(current, remaining));
  }

  /**
   * Replaces every trusted source ({@code PUT /v2/databases/{id}/firewall}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_update_firewall_rules">databases_update_firewall_rules</a>,
   * scope {@code database:update}).
   *
   * @param clusterId the cluster's id
   * @param sources the complete new list, at least one, at most 100
   * @return the firewall afterwards
   * @throws InvalidSpecException if the list is empty, too long, or has a malformed or
   *     internet-wide source without opt-out (nothing is sent)
   */
  public DatabaseFirewall replace(String clusterId, Collection<TrustedSourceSpec> sources) {
    List<TrustedSourceSpec> list = List.copyOf(sources);
    requireValid(list);
    return put(clusterId, list.stream().map(FirewallRuleBody::of).toList());
  }

  private DatabaseFirewall put(String clusterId, List<FirewallRuleBody> rules) {
    api.send(
        ApiRequest.of(DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES)
            .pathParam("database_cluster_uuid", clusterId)
            .body(new FirewallRulesBody(rules))
            .build());
    return get(clusterId);
  }

  private static List<FirewallRuleBody> keep(DatabaseFirewall firewall, List<TrustedSource> rules) {
    List<FirewallRuleBody> bodies = new ArrayList<>();
    for (TrustedSource rule : rules) {
      if (rule.type() == TrustedSourceType.UNKNOWN) {
        throw new SeawallException(
            "Database cluster "
                + firewall.clusterUuid()
                + " has a trusted source of a type this version of Seawall does not know; it"
                + " cannot be sent back unchanged, so the list was not modified. Upgrade Seawall"
                + " or change the list in the control panel.");
      }
      bodies.add(FirewallRuleBody.of(rule));
    }
    return bodies;
  }

  private static void requireValid(List<TrustedSourceSpec> sources) {
    Objects.requireNonNull(sources, "sources");
    Checks checks = Checks.on("trustedSources");
    checks.require(
        !sources.isEmpty(),
        DatabasesRules.SW_DB_001,
        "no trusted source: the cluster would accept connections from any address");
    if (sources.size() > TrustedSourceChecks.MAX_RULES) {
      checks.invalid(
          "", "at most " + TrustedSourceChecks.MAX_RULES + " trusted sources are allowed");
    }
    for (int i = 0; i < sources.size(); i++) {
      TrustedSourceChecks.check(checks.at("[" + i + "]"), sources.get(i));
    }
    if (checks.hasErrors()) {
      throw new InvalidSpecException(checks.violations());
    }
  }
}
