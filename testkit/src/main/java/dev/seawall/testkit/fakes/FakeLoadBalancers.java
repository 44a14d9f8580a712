package dev.seawall.testkit.fakes;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.value.NameRule;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Load balancers: {@code load_balancers_create}, {@code _get}, {@code _list}, {@code _update} (PUT)
 * and {@code _delete}, behaving like the real API as far as it is known:
 *
 * <ul>
 *   <li>{@code POST} answers {@code 202} with {@code status: new}; the load balancer becomes {@code
 *       active} (and gets an IP) {@link #provisionDelay} later on the fake's clock, or {@code
 *       errored} for names passed to {@link #failProvisioning};
 *   <li>absent attributes get the API's defaults ({@code tls_cipher_policy: DEFAULT}, health check
 *       {@code http} port 80 {@code /}, no sticky sessions, idle timeout 60 s, the region's default
 *       VPC ({@link FakeVpcs#defaultVpc}, created if needed), {@code EXTERNAL}, {@code IPV4});
 *   <li>a PUT replaces everything: attributes it does not carry are reset to those defaults;
 *       region, VPC, network and network stack cannot change ({@code 422});
 *   <li>references must exist (see {@link References}): a {@code vpc_uuid} that names no VPC is a
 *       {@code 404}; a droplet of {@code droplet_ids} that does not exist is a {@code 422};
 *   <li>{@code 422} for: both or neither of {@code tag}/{@code droplet_ids}; a TLS entry without
 *       passthrough whose {@code certificate_id} names no certificate of {@link FakeCertificates};
 *       a certificate on a passthrough or plain http entry; a firewall entry that is not {@code
 *       ip:<address>} or {@code cidr:<range>}; values out of range.
 * </ul>
 *
 * <p>Load balancers are listed as members of their VPC ({@link FakeVpcs#members}). Token scopes are
 * not checked. Rows live in the table {@value #TABLE}, keyed by id.
 */
public final class FakeLoadBalancers implements FakeResource {
  /** Table holding the load balancer rows (as the API shows them), keyed by id. */
  public static final String TABLE = "load_balancers";

  /** The project every load balancer belongs to. */
  public static final String PROJECT_ID = "0b3f4b5a-6c7d-4e8f-9a0b-1c2d3e4f5a6b";

  private static final String READY = "load_balancer_ready_at";
  private static final String FAILING = "load_balancer_failing";
  private static final Set<String> ENTRY = Set.of("http", "https", "http2", "http3", "tcp", "udp");
  private static final Set<String> TARGET = Set.of("http", "https", "http2", "tcp", "udp");

  private final Duration provisionDelay;

  /** Load balancers that become {@code active} 60 seconds after creation. */
  public FakeLoadBalancers() {
    this(Duration.ofSeconds(60));
  }

  /** Load balancers that become {@code active} {@code provisionDelay} after creation. */
  public FakeLoadBalancers(Duration provisionDelay) {
    this.provisionDelay = provisionDelay;
  }

  /** How long a new load balancer stays {@code new}. */
  public Duration provisionDelay() {
    return provisionDelay;
  }

  /** Makes every load balancer named {@code name} end up {@code errored}, from now on. */
  public static void failProvisioning(FakeState state, String name) {
    state.table(FAILING).put(name, FakeJson.object("name", name));
  }

  /**
   * Adds an {@code active} load balancer with a given {@code id} (e.g. the uid a test's firewall
   * names) in {@code region}'s default VPC, forwarding HTTP 80 to 80, without droplets; replaces
   * one with that id.
   *
   * @return the live row
   */
  public static Map<String, @Nullable Object> seed(
      FakeState state, String id, String name, String region) {
    Map<String, @Nullable Object> body =
        FakeJson.object(
            "name",
            name,
            "region",
            region,
            "droplet_ids",
            List.of(),
            "forwarding_rules",
            List.of(
                FakeJson.object(
                    "entry_protocol",
                    "http",
                    "entry_port",
                    80L,
                    "target_protocol",
                    "http",
                    "target_port",
                    80L)));
    Map<String, @Nullable Object> row = fromBody(body, id, state, null);
    row.put("status", "active");
    row.put("ip", "203.0.113." + (1 + Math.floorMod(id.hashCode(), 250)));
    return state.table(TABLE).put(id, row);
  }

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable lbs = state.table(TABLE);
    routes
        .on(
            FakeOperations.LOAD_BALANCERS_CREATE,
            request -> {
              String id = state.nextUuid();
              Map<String, @Nullable Object> row = fromBody(request.json(), id, state, null);
              lbs.put(id, row);
              state
                  .table(READY)
                  .put(
                      id, FakeJson.object("ready_at", state.now().plus(provisionDelay).toString()));
              return FakeResponse.accepted(FakeJson.object("load_balancer", row));
            })
        .on(
            FakeOperations.LOAD_BALANCERS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "load_balancer", refresh(state, lbs.require(request.pathParam("lb_id"))))))
        .on(
            FakeOperations.LOAD_BALANCERS_LIST,
            request -> {
              lbs.values().forEach(row -> refresh(state, row));
              return FakeResponse.page(request, "load_balancers", lbs.values());
            })
        .on(
            FakeOperations.LOAD_BALANCERS_UPDATE,
            request -> {
              String id = request.pathParam("lb_id");
              Map<String, @Nullable Object> existing = refresh(state, lbs.require(id));
              Map<String, @Nullable Object> row = fromBody(request.json(), id, state, existing);
              lbs.put(id, row);
              return FakeResponse.ok(FakeJson.object("load_balancer", row));
            })
        .on(
            FakeOperations.LOAD_BALANCERS_DELETE,
            request -> {
              if (!lbs.remove(request.pathParam("lb_id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.noContent();
            });
  }

  // ---------------------------------------------------------------------------------------------

  private static Map<String, @Nullable Object> fromBody(
      Map<String, @Nullable Object> body,
      String id,
      FakeState state,
      @Nullable Map<String, @Nullable Object> existing) {
    String name = string(body, "name", "");
    if (!NameRule.LOAD_BALANCER.matches(name)) {
      throw FakeApiError.unprocessable("name must be alphanumeric with dashes and periods.");
    }
    String region = string(body, "region", "");
    if (region.isEmpty()) {
      throw FakeApiError.unprocessable("region is required.");
    }
    boolean hasTag = body.get("tag") instanceof String tag && !tag.isEmpty();
    boolean hasIds = body.containsKey("droplet_ids");
    if (hasTag == hasIds) {
      throw FakeApiError.unprocessable("Specify either droplet_ids or tag, not both.");
    }
    String vpc =
        existing == null || !string(body, "vpc_uuid", "").isEmpty()
            ? References.vpcOrDefault(state, body.get("vpc_uuid"), region)
            : String.valueOf(existing.get("vpc_uuid"));
    if (hasIds) {
      References.requireDroplets(state, list(body.get("droplet_ids")), "droplet_ids");
    }
    String network = string(body, "network", "EXTERNAL");
    String stack = string(body, "network_stack", "IPV4");
    if (existing != null) {
      for (Map.Entry<String, String> immutable :
          Map.of("region", region, "vpc_uuid", vpc, "network", network, "network_stack", stack)
              .entrySet()) {
        Object before =
            immutable.getKey().equals("region")
                ? ((Map<?, ?>) existing.get("region")).get("slug")
                : existing.get(immutable.getKey());
        if (!immutable.getValue().equals(before)) {
          throw FakeApiError.unprocessable(immutable.getKey() + " cannot be changed.");
        }
      }
    }
    long sizeUnit = number(body, "size_unit", 1);
    if (sizeUnit < 1 || sizeUnit > 100) {
      throw FakeApiError.unprocessable("size_unit must be between 1 and 100.");
    }
    String cipher = string(body, "tls_cipher_policy", "DEFAULT");
    if (!cipher.equals("DEFAULT") && !cipher.equals("STRONG")) {
      throw FakeApiError.unprocessable("tls_cipher_policy must be DEFAULT or STRONG.");
    }
    long idle = number(body, "http_idle_timeout_seconds", 60);
    if (idle < 30 || idle > 600) {
      throw FakeApiError.unprocessable("http_idle_timeout_seconds must be between 30 and 600.");
    }
    Map<String, @Nullable Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("project_id", PROJECT_ID);
    row.put("ip", existing == null ? "" : existing.get("ip"));
    row.put("size_unit", sizeUnit);
    if (body.get("size") instanceof String size) {
      row.put("size", size);
    }
    row.put("status", existing == null ? "new" : existing.get("status"));
    row.put("created_at", existing == null ? state.timestamp() : existing.get("created_at"));
    row.put("forwarding_rules", rules(state, body.get("forwarding_rules")));
    row.put("health_check", healthCheck(body.get("health_check")));
    row.put("sticky_sessions", sticky(body.get("sticky_sessions")));
    row.put("redirect_http_to_https", bool(body, "redirect_http_to_https"));
    row.put("enable_proxy_protocol", bool(body, "enable_proxy_protocol"));
    row.put("enable_backend_keepalive", bool(body, "enable_backend_keepalive"));
    row.put("http_idle_timeout_seconds", idle);
    row.put("vpc_uuid", vpc);
    row.put("disable_lets_encrypt_dns_records", bool(body, "disable_lets_encrypt_dns_records"));
    row.put("firewall", firewall(body.get("firewall")));
    row.put("network", network);
    row.put("network_stack", stack);
    row.put("type", "REGIONAL");
    row.put("tls_cipher_policy", cipher);
    row.put(
        "region",
        FakeJson.object(
            "name", region.toUpperCase(java.util.Locale.ROOT),
            "slug", region,
            "features", List.of(),
            "available", true,
            "sizes", List.of()));
    row.put("droplet_ids", hasIds ? list(body.get("droplet_ids")) : List.of());
    row.put("tag", hasTag ? body.get("tag") : "");
    return row;
  }

  private static List<Object> rules(FakeState state, @Nullable Object value) {
    List<Object> rules = list(value);
    if (rules.isEmpty()) {
      throw FakeApiError.unprocessable("At least one forwarding rule is required.");
    }
    List<Object> out = new ArrayList<>();
    for (Object item : rules) {
      if (!(item instanceof Map<?, ?> rule)) {
        throw FakeApiError.unprocessable("A forwarding rule must be an object.");
      }
      String entry = String.valueOf(rule.get("entry_protocol"));
      String target = String.valueOf(rule.get("target_protocol"));
      if (!ENTRY.contains(entry) || !TARGET.contains(target)) {
        throw FakeApiError.unprocessable("invalid protocol in forwarding rule.");
      }
      long entryPort = port(rule.get("entry_port"));
      long targetPort = port(rule.get("target_port"));
      boolean passthrough = Boolean.TRUE.equals(rule.get("tls_passthrough"));
      Object certificate = rule.get("certificate_id");
      String certificateId = certificate == null ? "" : String.valueOf(certificate);
      boolean tlsEntry = entry.equals("https") || entry.equals("http2") || entry.equals("http3");
      if (tlsEntry && !passthrough) {
        References.requireCertificate(state, certificateId, "forwarding_rules.certificate_id");
      } else if (!certificateId.isEmpty()) {
        throw FakeApiError.unprocessable(
            "certificate_id is only allowed on TLS entries without passthrough.");
      }
      if (passthrough && (!tlsEntry || !(target.equals("https") || target.equals("http2")))) {
        throw FakeApiError.unprocessable("tls_passthrough needs a TLS entry and target.");
      }
      Map<String, Object> stored = new LinkedHashMap<>();
      stored.put("entry_protocol", entry);
      stored.put("entry_port", entryPort);
      stored.put("target_protocol", target);
      stored.put("target_port", targetPort);
      stored.put("certificate_id", certificateId);
      stored.put("tls_passthrough", passthrough);
      out.add(stored);
    }
    return out;
  }

  private static Map<String, @Nullable Object> healthCheck(@Nullable Object value) {
    Map<?, ?> given = value instanceof Map<?, ?> map ? map : Map.of();
    String protocol =
        given.get("protocol") == null ? "http" : String.valueOf(given.get("protocol"));
    return FakeJson.object(
        "protocol", protocol,
        "port", given.get("port") == null ? 80L : given.get("port"),
        "path", given.get("path") == null ? "/" : given.get("path"),
        "check_interval_seconds", orDefault(given, "check_interval_seconds", 10L),
        "response_timeout_seconds", orDefault(given, "response_timeout_seconds", 5L),
        "unhealthy_threshold", orDefault(given, "unhealthy_threshold", 5L),
        "healthy_threshold", orDefault(given, "healthy_threshold", 3L));
  }

  private static Map<String, @Nullable Object> sticky(@Nullable Object value) {
    Map<?, ?> given = value instanceof Map<?, ?> map ? map : Map.of();
    if (!"cookies".equals(given.get("type"))) {
      return FakeJson.object("type", "none");
    }
    return FakeJson.object(
        "type", "cookies",
        "cookie_name", String.valueOf(given.get("cookie_name")),
        "cookie_ttl_seconds", orDefault(given, "cookie_ttl_seconds", 300L));
  }

  private static Map<String, @Nullable Object> firewall(@Nullable Object value) {
    Map<?, ?> given = value instanceof Map<?, ?> map ? map : Map.of();
    List<Object> allow = list(given.get("allow"));
    List<Object> deny = list(given.get("deny"));
    for (Object entry : allow) {
      checkFirewallEntry(entry);
    }
    for (Object entry : deny) {
      checkFirewallEntry(entry);
    }
    return FakeJson.object("allow", allow, "deny", deny);
  }

  private static void checkFirewallEntry(Object entry) {
    String text = String.valueOf(entry);
    try {
      if (text.startsWith("ip:") && !text.contains("/")) {
        Cidr.parseAddressOrCidr(text.substring(3));
        return;
      }
      if (text.startsWith("cidr:")) {
        Cidr.parseLenient(text.substring(5));
        return;
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw FakeApiError.unprocessable(
        "firewall rule " + text + " must be of the form ip:1.2.3.4 or cidr:1.2.0.0/16.");
  }

  private static Map<String, @Nullable Object> refresh(
      FakeState state, Map<String, @Nullable Object> row) {
    String id = String.valueOf(row.get("id"));
    Map<String, @Nullable Object> ready = state.table(READY).get(id).orElse(null);
    if (ready != null
        && !state.now().isBefore(Instant.parse(String.valueOf(ready.get("ready_at"))))) {
      boolean failing = state.table(FAILING).get(String.valueOf(row.get("name"))).isPresent();
      row.put("status", failing ? "errored" : "active");
      if (!failing) {
        row.put("ip", "203.0.113." + (1 + Math.floorMod(id.hashCode(), 250)));
      }
      state.table(READY).remove(id);
    }
    return row;
  }

  private static String string(Map<String, @Nullable Object> body, String key, String fallback) {
    Object value = body.get(key);
    return value == null ? fallback : String.valueOf(value);
  }

  private static long number(Map<String, @Nullable Object> body, String key, long fallback) {
    Object value = body.get(key);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n)) {
      throw FakeApiError.unprocessable(key + " must be a number.");
    }
    return n.longValue();
  }

  private static boolean bool(Map<String, @Nullable Object> body, String key) {
    return Boolean.TRUE.equals(body.get(key));
  }

  private static Object orDefault(Map<?, ?> map, String key, Object fallback) {
    Object value = map.get(key);
    return value == null ? fallback : value;
  }

  private static long port(@Nullable Object value) {
    if (!(value instanceof Number n) || n.longValue() < 1 || n.longValue() > 65535) {
      throw FakeApiError.unprocessable("ports must be between 1 and 65535.");
    }
    return n.longValue();
  }

  private static List<Object> list(@Nullable Object value) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (!(value instanceof List<?> list)) {
      throw FakeApiError.unprocessable("expected an array");
    }
    return new ArrayList<>(list);
  }
}
