package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reserved IPs and their actions: {@code reservedIPs_list}, {@code reservedIPs_create}, {@code
 * reservedIPs_get}, {@code reservedIPs_delete}, {@code reservedIPsActions_post} (assign, unassign)
 * and {@code reservedIPsActions_get}, with DigitalOcean's semantics:
 *
 * <ul>
 *   <li>the address is the id; the fake hands out {@code 198.51.100.<n>} (a documentation range);
 *   <li>create with {@code droplet_id} reserves the address in the droplet's region and assigns it
 *       at once (the droplet must exist: {@code 404}; a droplet with a reserved IP already: {@code
 *       422}); create with {@code region} reserves an unassigned one; both answer {@code 202}, as
 *       the specification documents;
 *   <li>the {@code droplet} of an answer is the droplet as {@link FakeDroplets} holds it now (its
 *       tags included), {@code null} when unassigned or when the droplet was destroyed;
 *   <li>an action answers {@code 201} with an {@code in-progress} action and takes effect once the
 *       action completed (see {@link dev.seawall.testkit.FakeActions}), never if it errored;
 *       meanwhile the reserved IP is {@code locked} and another action answers {@code 422};
 *   <li>assign: the droplet must exist ({@code 404}), be in the reserved IP's region and have no
 *       other reserved IP ({@code 422}); assigning to another droplet moves it; unassign of an
 *       unassigned reserved IP is a {@code 422};
 *   <li>delete answers {@code 204} (an assigned reserved IP is released too), {@code 404} when
 *       there is none.
 * </ul>
 *
 * <p>Rows (with {@code droplet_id} instead of the droplet object) live in the table {@value
 * #TABLE}, keyed by address. Register {@link FakeDroplets} too.
 */
public final class FakeReservedIps implements FakeResource {
  /** Table of reserved IPs keyed by address; the row holds {@code droplet_id} (0: unassigned). */
  public static final String TABLE = "reserved_ips";

  private static final String PENDING = "reserved_ip_pending_actions";

  /** Creates the resource; it holds no state of its own. */
  public FakeReservedIps() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable ips = state.table(TABLE);
    routes
        .on(
            FakeOperations.RESERVED_IPS_LIST,
            request -> {
              settle(state);
              List<Map<String, @Nullable Object>> all = new ArrayList<>();
              for (Map<String, @Nullable Object> row : ips.values()) {
                all.add(render(state, row));
              }
              return FakeResponse.page(request, "reserved_ips", all);
            })
        .on(FakeOperations.RESERVED_IPS_CREATE, request -> create(request, state))
        .on(
            FakeOperations.RESERVED_IPS_GET,
            request -> {
              settle(state);
              return FakeResponse.ok(
                  FakeJson.object(
                      "reserved_ip", render(state, ips.require(request.pathParam("reserved_ip")))));
            })
        .on(
            FakeOperations.RESERVED_IPS_DELETE,
            request -> {
              settle(state);
              ips.require(request.pathParam("reserved_ip"));
              ips.remove(request.pathParam("reserved_ip"));
              return FakeResponse.noContent();
            })
        .on(FakeOperations.RESERVED_IPS_ACTIONS_POST, request -> action(request, state))
        .on(
            FakeOperations.RESERVED_IPS_ACTIONS_GET,
            request -> {
              long actionId = request.pathParamAsLong("action_id");
              Map<String, @Nullable Object> pending =
                  state.table(PENDING).get(actionId).orElseThrow(FakeApiError::notFound);
              if (!request.pathParam("reserved_ip").equals(pending.get("ip"))) {
                throw FakeApiError.notFound();
              }
              Map<String, @Nullable Object> action = state.actions().poll(actionId);
              settle(state);
              return FakeResponse.ok(FakeJson.object("action", action));
            });
  }

  /**
   * Adds a reserved IP without an API call.
   *
   * @param region the region slug
   * @param dropletId the droplet it is assigned to, 0 for none
   * @return the address
   */
  public static String seed(FakeState state, String region, long dropletId) {
    String ip = nextAddress(state);
    state.table(TABLE).put(ip, row(ip, region, dropletId));
    return ip;
  }

  /** The droplet a reserved IP is assigned to (0 for none), with every ended action applied. */
  public static long dropletOf(FakeState state, String ip) {
    settle(state);
    return state.table(TABLE).get(ip).map(r -> Rows.asLong(r.get("droplet_id"))).orElse(0L);
  }

  private static Map<String, @Nullable Object> row(String ip, String region, long dropletId) {
    return FakeJson.object("ip", ip, "region", region, "droplet_id", dropletId, "project_id", null);
  }

  private static String nextAddress(FakeState state) {
    long n = state.nextId() % 250 + 1;
    String ip = "198.51.100." + n;
    while (state.table(TABLE).get(ip).isPresent()) {
      n = state.nextId() % 250 + 1;
      ip = "198.51.100." + n;
    }
    return ip;
  }

  /** The reserved IP as the API writes it: region object, droplet object or null. */
  private static Map<String, @Nullable Object> render(
      FakeState state, Map<String, @Nullable Object> row) {
    long dropletId = Rows.asLong(row.get("droplet_id"));
    Optional<Map<String, @Nullable Object>> droplet =
        dropletId > 0 ? FakeDroplets.find(state, dropletId) : Optional.empty();
    boolean locked = pendingFor(state, String.valueOf(row.get("ip"))).isPresent();
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("ip", row.get("ip"));
    json.put("region", Rows.region(String.valueOf(row.get("region"))));
    json.put("droplet", droplet.orElse(null));
    json.put("locked", locked);
    if (row.get("project_id") != null) {
      json.put("project_id", row.get("project_id"));
    }
    return json;
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    settle(state);
    Map<String, @Nullable Object> body = request.json();
    FakeTable ips = state.table(TABLE);
    if (body.get("droplet_id") != null) {
      long dropletId = Rows.asLong(body.get("droplet_id"));
      Map<String, @Nullable Object> droplet = state.table(FakeDroplets.TABLE).require(dropletId);
      requireNoReservedIp(state, dropletId);
      String ip = nextAddress(state);
      ips.put(ip, row(ip, Rows.regionOf(droplet), dropletId));
      return FakeResponse.accepted(FakeJson.object("reserved_ip", render(state, ips.require(ip))));
    }
    if (!(body.get("region") instanceof String region)) {
      throw FakeApiError.unprocessable("region or droplet_id is required.");
    }
    String ip = nextAddress(state);
    Map<String, @Nullable Object> created = row(ip, region, 0);
    if (body.get("project_id") instanceof String project) {
      created.put("project_id", project);
    }
    ips.put(ip, created);
    return FakeResponse.accepted(FakeJson.object("reserved_ip", render(state, created)));
  }

  private static void requireNoReservedIp(FakeState state, long dropletId) {
    if (!state.table(TABLE).find(r -> Rows.asLong(r.get("droplet_id")) == dropletId).isEmpty()) {
      throw FakeApiError.unprocessable("The Droplet already has a reserved IP assigned.");
    }
  }

  private static FakeResponse action(FakeRequest request, FakeState state) {
    settle(state);
    String ip = request.pathParam("reserved_ip");
    Map<String, @Nullable Object> row = state.table(TABLE).require(ip);
    if (pendingFor(state, ip).isPresent()) {
      throw FakeApiError.unprocessable("The reserved IP has a pending event.");
    }
    Map<String, @Nullable Object> body = request.json();
    String type = String.valueOf(body.get("type"));
    long dropletId = 0;
    String actionType;
    switch (type) {
      case "assign" -> {
        dropletId = Rows.asLong(body.get("droplet_id"));
        Map<String, @Nullable Object> droplet = state.table(FakeDroplets.TABLE).require(dropletId);
        if (!Rows.regionOf(droplet).equals(String.valueOf(row.get("region")))) {
          throw FakeApiError.unprocessable(
              "The Droplet and the reserved IP are in different regions.");
        }
        if (Rows.asLong(row.get("droplet_id")) != dropletId) {
          requireNoReservedIp(state, dropletId);
        }
        actionType = "assign_ip";
      }
      case "unassign" -> {
        if (Rows.asLong(row.get("droplet_id")) <= 0) {
          throw FakeApiError.unprocessable("The reserved IP is not assigned to a Droplet.");
        }
        actionType = "unassign_ip";
      }
      default -> throw FakeApiError.badRequest("Unknown reserved IP action type " + type + ".");
    }
    Map<String, @Nullable Object> action = state.actions().start(actionType, "reserved_ip");
    long actionId = Rows.asLong(action.get("id"));
    state
        .table(PENDING)
        .put(
            actionId,
            FakeJson.object(
                "ip", ip, "type", type, "droplet_id", dropletId, "action_id", actionId));
    return FakeResponse.created(FakeJson.object("action", action));
  }

  private static Optional<Map<String, @Nullable Object>> pendingFor(FakeState state, String ip) {
    return state
        .table(PENDING)
        .find(p -> ip.equals(p.get("ip")) && !Boolean.TRUE.equals(p.get("settled")))
        .stream()
        .filter(
            p ->
                state
                    .actions()
                    .get(Rows.asLong(p.get("action_id")))
                    .map(a -> "in-progress".equals(a.get("status")))
                    .orElse(false))
        .findFirst();
  }

  /** Applies every ended action once; errored ones change nothing. */
  private static void settle(FakeState state) {
    for (Map<String, @Nullable Object> pending : state.table(PENDING).values()) {
      if (Boolean.TRUE.equals(pending.get("settled"))) {
        continue;
      }
      Map<String, @Nullable Object> action =
          state.actions().get(Rows.asLong(pending.get("action_id"))).orElse(null);
      String status = action == null ? "errored" : String.valueOf(action.get("status"));
      if ("in-progress".equals(status)) {
        continue;
      }
      pending.put("settled", true);
      if (!"completed".equals(status)) {
        continue;
      }
      state
          .table(TABLE)
          .get(String.valueOf(pending.get("ip")))
          .ifPresent(
              row ->
                  row.put(
                      "droplet_id",
                      "assign".equals(pending.get("type")) ? pending.get("droplet_id") : 0L));
    }
  }
}
