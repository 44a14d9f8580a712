package dev.seawall.testkit.fakes;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.value.NameRule;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cloud Firewalls: {@code firewalls_create}, {@code _get}, {@code _list}, {@code _update} (PUT),
 * {@code _delete}, {@code _assign_droplets}, {@code _delete_droplets}, {@code _add_tags}, {@code
 * _delete_tags}, {@code _add_rules} and {@code _delete_rules} (rules are compared as the API stores
 * them), behaving like the real API as far as it is known:
 *
 * <ul>
 *   <li>all ports are reported as {@code "0"}, and so are the ports of ICMP rules;
 *   <li>{@code "0"}, {@code "all"} or an empty value sent as TCP/UDP ports, and any {@code
 *       "0"}/{@code "all"} on ICMP, are refused with {@code 422 "You must specify a positive value
 *       for ports."} (what the API answers); {@code 1-65535} is stored as {@code "0"};
 *   <li>a name that does not start with a letter or digit, an address that is not an IP address or
 *       CIDR, a rule set without any rule, or more than 10 droplet ids are refused with {@code
 *       422};
 *   <li>a tag, droplet or load balancer that does not exist, named in {@code tags}, {@code
 *       droplet_ids} (create, update, {@code _add_tags}, {@code _assign_droplets}) or in a rule's
 *       sources or destinations, is refused with {@code 422} (tags must be created first, {@link
 *       FakeTags}; see {@link References} for what this is based on);
 *   <li>a PUT replaces everything: attributes it does not carry are reset;
 *   <li>after a write the status is {@code waiting} (with {@code pending_changes} for assigned
 *       droplets) for {@link #applyDelay()} on the fake's clock, then {@code succeeded}; {@link
 *       #failApplying} makes it {@code failed} instead;
 *   <li>destroying a droplet ({@link FakeDroplets}) removes it from {@code droplet_ids}.
 * </ul>
 *
 * <p>Rows live in the table {@value #TABLE}, keyed by id. Token scopes are not checked.
 */
public final class FakeFirewalls implements FakeResource {
  /** Table holding the firewall rows (as the API shows them), keyed by id. */
  public static final String TABLE = "firewalls";

  private static final String STATUS = "firewall_status";
  private static final String FAILING = "firewall_failing";
  private static final int MAX_DROPLETS = 10;

  private final Duration applyDelay;

  /** Firewalls that become {@code succeeded} 3 seconds after each write. */
  public FakeFirewalls() {
    this(Duration.ofSeconds(3));
  }

  /**
   * Firewalls that become {@code succeeded} {@code applyDelay} after each write.
   *
   * @throws IllegalArgumentException when the delay is negative
   */
  public FakeFirewalls(Duration applyDelay) {
    if (applyDelay.isNegative()) {
      throw new IllegalArgumentException("applyDelay must not be negative: " + applyDelay);
    }
    this.applyDelay = applyDelay;
  }

  /** How long a firewall stays {@code waiting} after a write, on the fake's clock. */
  public Duration applyDelay() {
    return applyDelay;
  }

  /**
   * Makes every firewall named {@code name} report {@code failed} instead of {@code succeeded} once
   * its writes have been processed, from now on.
   */
  public static void failApplying(FakeState state, String name) {
    state.table(FAILING).put(name, FakeJson.object("name", name));
  }

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable firewalls = state.table(TABLE);
    routes
        .on(
            FakeOperations.FIREWALLS_CREATE,
            request -> {
              String id = state.nextUuid();
              Map<String, @Nullable Object> row = fromBody(request, id, state);
              firewalls.put(id, row);
              return FakeResponse.accepted(FakeJson.object("firewall", row));
            })
        .on(
            FakeOperations.FIREWALLS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "firewall",
                        refresh(state, firewalls.require(request.pathParam("firewall_id"))))))
        .on(
            FakeOperations.FIREWALLS_LIST,
            request -> {
              firewalls.values().forEach(row -> refresh(state, row));
              return FakeResponse.page(request, "firewalls", firewalls.values());
            })
        .on(
            FakeOperations.FIREWALLS_UPDATE,
            request -> {
              String id = request.pathParam("firewall_id");
              Map<String, @Nullable Object> existing = firewalls.require(id);
              Map<String, @Nullable Object> row = fromBody(request, id, state);
              row.put("created_at", existing.get("created_at"));
              firewalls.put(id, row);
              return FakeResponse.ok(FakeJson.object("firewall", row));
            })
        .on(
            FakeOperations.FIREWALLS_DELETE,
            request -> {
              if (!firewalls.remove(request.pathParam("firewall_id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.FIREWALLS_ASSIGN_DROPLETS,
            request -> changeList(request, state, firewalls, "droplet_ids", true))
        .on(
            FakeOperations.FIREWALLS_DELETE_DROPLETS,
            request -> changeList(request, state, firewalls, "droplet_ids", false))
        .on(
            FakeOperations.FIREWALLS_ADD_TAGS,
            request -> changeList(request, state, firewalls, "tags", true))
        .on(
            FakeOperations.FIREWALLS_DELETE_TAGS,
            request -> changeList(request, state, firewalls, "tags", false))
        .on(
            ClientOperations.FIREWALLS_ADD_RULES,
            request -> changeRules(request, state, firewalls, true))
        .on(
            ClientOperations.FIREWALLS_DELETE_RULES,
            request -> changeRules(request, state, firewalls, false));
  }

  // ---------------------------------------------------------------------------------------------

  private Map<String, @Nullable Object> fromBody(FakeRequest request, String id, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    Object name = body.get("name");
    if (!(name instanceof String text) || !NameRule.FIREWALL.matches(text)) {
      throw FakeApiError.unprocessable("name must begin with an alphanumeric character.");
    }
    List<Object> inbound = rules(state, body.get("inbound_rules"), "sources");
    List<Object> outbound = rules(state, body.get("outbound_rules"), "destinations");
    if (inbound.isEmpty() && outbound.isEmpty()) {
      throw FakeApiError.unprocessable("You must specify at least one inbound or outbound rule.");
    }
    List<Object> droplets = Rows.strictList(body.get("droplet_ids"), "droplet_ids");
    if (droplets.size() > MAX_DROPLETS) {
      throw FakeApiError.unprocessable(
          "A firewall can be assigned to at most 10 Droplets directly; use tags instead.");
    }
    References.requireDroplets(state, droplets, "droplet_ids");
    List<Object> tags = Rows.strictList(body.get("tags"), "tags");
    References.requireTags(state, tags, "tags");
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("status", "waiting");
    row.put("inbound_rules", inbound);
    row.put("outbound_rules", outbound);
    row.put("created_at", state.timestamp());
    row.put("droplet_ids", droplets);
    row.put("tags", tags);
    row.put("pending_changes", pending(droplets));
    markWaiting(state, id);
    return row;
  }

  private static List<Object> rules(FakeState state, @Nullable Object value, String targetsKey) {
    List<Object> out = new ArrayList<>();
    for (Object item : Rows.strictList(value, "rules")) {
      if (!(item instanceof Map<?, ?> rule)) {
        throw FakeApiError.unprocessable("A rule must be an object.");
      }
      String protocol = String.valueOf(rule.get("protocol")).toLowerCase(Locale.ROOT);
      Object ports = rule.get("ports");
      String stored;
      if (protocol.equals("icmp")) {
        if (ports != null && (ports.equals("0") || ports.equals("all") || ports.equals(""))) {
          throw FakeApiError.unprocessable("You must specify a positive value for ports.");
        }
        stored = "0";
      } else if (protocol.equals("tcp") || protocol.equals("udp")) {
        if (ports == null || ports.equals("0") || ports.equals("all") || ports.equals("")) {
          throw FakeApiError.unprocessable("You must specify a positive value for ports.");
        }
        stored = ports(String.valueOf(ports));
      } else {
        throw FakeApiError.unprocessable("protocol must be tcp, udp or icmp.");
      }
      Object targets = rule.get(targetsKey);
      if (!(targets instanceof Map<?, ?> targetMap)) {
        throw FakeApiError.unprocessable(targetsKey + " is required.");
      }
      Map<String, Object> storedTargets = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : targetMap.entrySet()) {
        List<Object> values = Rows.strictList(entry.getValue(), String.valueOf(entry.getKey()));
        if (entry.getKey().equals("addresses")) {
          for (Object address : values) {
            try {
              Cidr.parseLenient(String.valueOf(address));
            } catch (IllegalArgumentException e) {
              throw FakeApiError.unprocessable(address + " is not a valid IP address or CIDR.");
            }
          }
        }
        if (values.stream().anyMatch(v -> v.equals(""))) {
          throw FakeApiError.unprocessable(entry.getKey() + " must not contain empty values.");
        }
        requireTargets(state, String.valueOf(entry.getKey()), values, targetsKey);
        storedTargets.put(String.valueOf(entry.getKey()), values);
      }
      Map<String, Object> storedRule = new LinkedHashMap<>();
      storedRule.put("protocol", protocol);
      storedRule.put("ports", stored);
      storedRule.put(targetsKey, storedTargets);
      out.add(storedRule);
    }
    return out;
  }

  /**
   * The tags, droplets and load balancers a rule's sources or destinations name exist ({@code 422}
   * otherwise, see {@link References}); Kubernetes clusters are not modelled, so not checked.
   */
  private static void requireTargets(
      FakeState state, String kind, List<Object> values, String targetsKey) {
    String field = targetsKey + "." + kind;
    switch (kind) {
      case "tags" -> References.requireTags(state, values, field);
      case "droplet_ids" -> References.requireDroplets(state, values, field);
      case "load_balancer_uids" -> References.requireLoadBalancers(state, values, field);
      default -> {
        // addresses are checked above; kubernetes_ids name clusters no fake models
      }
    }
  }

  /**
   * The ports as the API stores them: {@code "443"}, {@code "8000-9000"}, or {@code "0"} for all.
   */
  private static String ports(String text) {
    String trimmed = text.strip();
    int dash = trimmed.indexOf('-');
    int from;
    int to;
    try {
      from = Integer.parseInt(dash < 0 ? trimmed : trimmed.substring(0, dash).strip());
      to = dash < 0 ? from : Integer.parseInt(trimmed.substring(dash + 1).strip());
    } catch (NumberFormatException e) {
      throw FakeApiError.unprocessable("ports must be a port or a range such as 8000-9000.");
    }
    if (from < 1 || to > 65535 || from > to) {
      throw FakeApiError.unprocessable("ports must be a port or a range such as 8000-9000.");
    }
    if (from == 1 && to == 65535) {
      return "0";
    }
    return from == to ? Integer.toString(from) : from + "-" + to;
  }

  private FakeResponse changeList(
      FakeRequest request, FakeState state, FakeTable firewalls, String key, boolean add) {
    String id = request.pathParam("firewall_id");
    Map<String, @Nullable Object> row = firewalls.require(id);
    Set<Object> values = new LinkedHashSet<>(Rows.list(row.get(key)));
    List<Object> change = Rows.strictList(request.json().get(key), key);
    if (add && key.equals("tags")) {
      References.requireTags(state, change, key);
    } else if (add) {
      References.requireDroplets(state, change, key);
    }
    if (add) {
      values.addAll(change);
    } else {
      change.forEach(values::remove);
    }
    if (key.equals("droplet_ids") && values.size() > MAX_DROPLETS) {
      throw FakeApiError.unprocessable(
          "A firewall can be assigned to at most 10 Droplets directly; use tags instead.");
    }
    row.put(key, new ArrayList<>(values));
    row.put("status", "waiting");
    if (key.equals("droplet_ids")) {
      row.put("pending_changes", pending(change));
    }
    markWaiting(state, id);
    return FakeResponse.noContent();
  }

  /**
   * Adds rules (an equal rule is not added twice) or removes the rules equal to those given, after
   * checking them as a create does; a firewall left without any rule is a {@code 422}.
   */
  private FakeResponse changeRules(
      FakeRequest request, FakeState state, FakeTable firewalls, boolean add) {
    String id = request.pathParam("firewall_id");
    Map<String, @Nullable Object> row = firewalls.require(id);
    Map<String, @Nullable Object> body = request.json();
    List<Object> inbound =
        changed(row, "inbound_rules", rules(state, body.get("inbound_rules"), "sources"), add);
    List<Object> outbound =
        changed(
            row, "outbound_rules", rules(state, body.get("outbound_rules"), "destinations"), add);
    if (inbound.isEmpty() && outbound.isEmpty()) {
      throw FakeApiError.unprocessable("You must specify at least one inbound or outbound rule.");
    }
    row.put("inbound_rules", inbound);
    row.put("outbound_rules", outbound);
    row.put("status", "waiting");
    markWaiting(state, id);
    return FakeResponse.noContent();
  }

  private static List<Object> changed(
      Map<String, @Nullable Object> row, String key, List<Object> change, boolean add) {
    Set<Object> rules = new LinkedHashSet<>(Rows.list(row.get(key)));
    if (add) {
      rules.addAll(change);
    } else {
      change.forEach(rules::remove);
    }
    return new ArrayList<>(rules);
  }

  private void markWaiting(FakeState state, String id) {
    state
        .table(STATUS)
        .put(id, FakeJson.object("ready_at", state.now().plus(applyDelay).toString()));
  }

  private static Map<String, @Nullable Object> refresh(
      FakeState state, Map<String, @Nullable Object> row) {
    Map<String, @Nullable Object> status =
        state.table(STATUS).get(String.valueOf(row.get("id"))).orElse(null);
    if (status == null) {
      return row;
    }
    Instant readyAt = Instant.parse(String.valueOf(Objects.requireNonNull(status.get("ready_at"))));
    if (!state.now().isBefore(readyAt)) {
      boolean failing = state.table(FAILING).get(String.valueOf(row.get("name"))).isPresent();
      row.put("status", failing ? "failed" : "succeeded");
      if (!failing) {
        row.put("pending_changes", List.of());
      }
    }
    return row;
  }

  private static List<Object> pending(List<Object> dropletIds) {
    List<Object> out = new ArrayList<>();
    for (Object dropletId : dropletIds) {
      out.add(FakeJson.object("droplet_id", dropletId, "removing", false, "status", "waiting"));
    }
    return out;
  }
}
