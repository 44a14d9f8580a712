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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Block-storage volumes, volume actions and volume snapshots: {@code volumes_create}, {@code
 * volumes_get}, {@code volumes_list} (filters {@code name} and {@code region}), {@code
 * volumes_delete}, {@code volumes_delete_byName} ({@code name} and {@code region}), {@code
 * volumeActions_post_byId} (attach, detach, resize), {@code volumeActions_post} (attach and detach
 * of the volume named by {@code volume_name} and {@code region}, as DigitalOcean documents), {@code
 * volumeActions_get}, {@code volumeActions_list}, {@code volumeSnapshots_create} and {@code
 * volumeSnapshots_list}, with DigitalOcean's semantics:
 *
 * <ul>
 *   <li>create answers {@code 201}; a second volume with the same name in a region is a {@code
 *       409}; a size outside 1..16384 GiB or an unknown {@code snapshot_id} is refused; deleting an
 *       attached volume is a {@code 409}; the tags a volume is created with are created in {@link
 *       FakeTags} (its tags change through {@code tags_assign_resources} and {@code
 *       tags_unassign_resources} there);
 *   <li>an action answers {@code 202} with an {@code in-progress} action; its effect ({@code
 *       droplet_ids} of the volume, {@code volume_ids} of the droplet in {@link FakeDroplets}, the
 *       size) appears only once the action completed (see {@link dev.seawall.testkit.FakeActions})
 *       and never if it errored;
 *   <li>attach: the droplet must exist ({@code 404}) and be in the volume's region, the volume must
 *       not be attached, and the body's {@code region}, when given, must be the volume's ({@code
 *       422} otherwise);
 *   <li>detach: the volume must be attached to {@code droplet_id} ({@code 422} otherwise);
 *   <li>resize: only larger, at most 16384 GiB ({@code 422} otherwise);
 *   <li>while the droplet has an action in progress (its create, another attach or detach, or
 *       {@link FakeDroplets#startAction}), attach and detach on it answer {@code 422 "Droplet
 *       already has a pending event."}; while the volume has an action in progress, any other
 *       action on it answers {@code 422 "Volume already has a pending event."}.
 * </ul>
 *
 * <p>Droplets come from {@link FakeDroplets} (register both; {@link FakeDroplets#seed} adds one
 * without an API call). Rows live in the tables {@value #TABLE} and {@value #SNAPSHOTS}.
 */
public final class FakeVolumes implements FakeResource {
  /** Table of volumes (JSON objects as the API answers them), keyed by id. */
  public static final String TABLE = "volumes";

  /** Table of volume snapshots, keyed by id. */
  public static final String SNAPSHOTS = "volume_snapshots";

  private static final String PENDING = "volume_pending_actions";
  private static final int MAX_SIZE = 16384;

  /** Creates the resource; it holds no state of its own. */
  public FakeVolumes() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable volumes = state.table(TABLE);
    FakeTable snapshots = state.table(SNAPSHOTS);
    routes
        .on(FakeOperations.VOLUMES_CREATE, request -> create(request, state))
        .on(
            FakeOperations.VOLUMES_GET,
            request -> {
              settle(state);
              return FakeResponse.ok(
                  FakeJson.object("volume", volumes.require(request.pathParam("volume_id"))));
            })
        .on(
            FakeOperations.VOLUMES_LIST,
            request -> {
              settle(state);
              String name = request.query("name").orElse(null);
              String region = request.query("region").orElse(null);
              List<Map<String, @Nullable Object>> matching =
                  volumes.find(
                      v ->
                          (name == null || name.equals(v.get("name")))
                              && (region == null || region.equals(Rows.regionOf(v))));
              return FakeResponse.page(request, "volumes", matching);
            })
        .on(
            FakeOperations.VOLUMES_DELETE,
            request -> {
              settle(state);
              return delete(volumes, volumes.require(request.pathParam("volume_id")));
            })
        .on(
            ClientOperations.VOLUMES_DELETE_BY_NAME,
            request -> {
              settle(state);
              String name = request.query("name").orElse(null);
              String region = request.query("region").orElse(null);
              if (name == null || region == null) {
                throw FakeApiError.badRequest("name and region are required.");
              }
              return delete(volumes, byName(state, name, region));
            })
        .on(FakeOperations.VOLUME_ACTIONS_POST_BY_ID, request -> action(request, state))
        .on(ClientOperations.VOLUME_ACTIONS_POST, request -> actionByName(request, state))
        .on(
            FakeOperations.VOLUME_ACTIONS_GET,
            request -> {
              long actionId = request.pathParamAsLong("action_id");
              Map<String, @Nullable Object> pending =
                  state.table(PENDING).get(actionId).orElseThrow(FakeApiError::notFound);
              if (!request.pathParam("volume_id").equals(pending.get("volume_id"))) {
                throw FakeApiError.notFound();
              }
              Map<String, @Nullable Object> action = state.actions().poll(actionId);
              settle(state);
              return FakeResponse.ok(FakeJson.object("action", action));
            })
        .on(
            FakeOperations.VOLUME_ACTIONS_LIST,
            request -> {
              String volumeId = request.pathParam("volume_id");
              volumes.require(volumeId);
              List<Map<String, @Nullable Object>> actions = new ArrayList<>();
              for (Map<String, @Nullable Object> pending :
                  state.table(PENDING).find(p -> volumeId.equals(p.get("volume_id")))) {
                state.actions().get(Rows.asLong(pending.get("action_id"))).ifPresent(actions::add);
              }
              settle(state);
              return FakeResponse.page(request, "actions", actions);
            })
        .on(
            FakeOperations.VOLUME_SNAPSHOTS_CREATE,
            request -> {
              settle(state);
              Map<String, @Nullable Object> volume =
                  volumes.require(request.pathParam("volume_id"));
              Map<String, @Nullable Object> body = request.json();
              Map<String, @Nullable Object> snapshot =
                  FakeJson.object(
                      "id", state.nextUuid(),
                      "name", body.get("name"),
                      "regions", List.of(Rows.regionOf(volume)),
                      "created_at", state.timestamp(),
                      "min_disk_size", volume.get("size_gigabytes"),
                      "size_gigabytes", 0.0,
                      "resource_id", volume.get("id"),
                      "resource_type", "volume",
                      "tags", Rows.list(body.get("tags")));
              snapshots.put(snapshot.get("id"), snapshot);
              return FakeResponse.created(FakeJson.object("snapshot", snapshot));
            })
        .on(
            FakeOperations.VOLUME_SNAPSHOTS_LIST,
            request -> {
              String volumeId = request.pathParam("volume_id");
              volumes.require(volumeId);
              return FakeResponse.page(
                  request, "snapshots", snapshots.find(s -> volumeId.equals(s.get("resource_id"))));
            });
  }

  /**
   * Applies the effect of every volume action that has ended since the last call, once: completed
   * attaches, detaches and resizes change the volume and the droplet; errored ones change nothing.
   * The handlers of this class and of {@link FakeDroplets} call it before answering; call it before
   * reading the tables directly.
   */
  public static void settle(FakeState state) {
    FakeTable pending = state.table(PENDING);
    for (Map<String, @Nullable Object> row : pending.values()) {
      if (Boolean.TRUE.equals(row.get("settled"))) {
        continue;
      }
      long id = Rows.asLong(row.get("action_id"));
      Map<String, @Nullable Object> action = state.actions().get(id).orElse(null);
      String status = action == null ? "errored" : String.valueOf(action.get("status"));
      if ("in-progress".equals(status)) {
        continue;
      }
      row.put("settled", true);
      if (!"completed".equals(status)) {
        continue;
      }
      Map<String, @Nullable Object> volume =
          state.table(TABLE).get(String.valueOf(row.get("volume_id"))).orElse(null);
      if (volume == null) {
        continue;
      }
      long dropletId = Rows.asLong(row.get("droplet_id"));
      Map<String, @Nullable Object> droplet =
          state.table(FakeDroplets.TABLE).get(dropletId).orElse(null);
      Object volumeId = Objects.requireNonNull(volume.get("id"));
      switch (String.valueOf(row.get("type"))) {
        case "attach" -> {
          if (droplet == null) {
            continue; // destroyed meanwhile
          }
          Rows.removeId(volume, "droplet_ids", dropletId);
          Rows.mutableList(volume, "droplet_ids").add(dropletId);
          Rows.removeId(droplet, "volume_ids", volumeId);
          Rows.mutableList(droplet, "volume_ids").add(volumeId);
        }
        case "detach" -> {
          Rows.removeId(volume, "droplet_ids", dropletId);
          if (droplet != null) {
            Rows.removeId(droplet, "volume_ids", volumeId);
          }
        }
        case "resize" -> volume.put("size_gigabytes", row.get("size_gigabytes"));
        default -> throw new IllegalStateException("unknown pending volume action " + row);
      }
    }
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    settle(state);
    FakeTable volumes = state.table(TABLE);
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    String region = String.valueOf(body.get("region"));
    long size = Rows.asLong(body.get("size_gigabytes"));
    if (size < 1 || size > MAX_SIZE) {
      throw FakeApiError.unprocessable("size_gigabytes must be between 1 and 16384.");
    }
    if (!volumes
        .find(v -> name.equals(v.get("name")) && region.equals(Rows.regionOf(v)))
        .isEmpty()) {
      throw FakeApiError.conflict("A volume named " + name + " already exists in " + region + ".");
    }
    List<Object> tags = Rows.strictList(body.get("tags"), "tags");
    tags.forEach(tag -> FakeTags.ensure(state, String.valueOf(tag)));
    Object snapshotId = body.get("snapshot_id");
    if (snapshotId != null) {
      state.table(SNAPSHOTS).require(snapshotId);
    }
    Map<String, @Nullable Object> volume =
        FakeJson.object(
            "id",
            state.nextUuid(),
            "name",
            name,
            "description",
            body.get("description") == null ? "" : body.get("description"),
            "size_gigabytes",
            size,
            "region",
            Rows.region(region),
            "droplet_ids",
            new ArrayList<Object>(),
            "filesystem_type",
            body.get("filesystem_type") == null ? "" : body.get("filesystem_type"),
            "filesystem_label",
            body.get("filesystem_label") == null ? "" : body.get("filesystem_label"),
            "tags",
            tags,
            "created_at",
            state.timestamp());
    volumes.put(volume.get("id"), volume);
    return FakeResponse.created(FakeJson.object("volume", volume));
  }

  private static FakeResponse action(FakeRequest request, FakeState state) {
    settle(state);
    return action(
        state, state.table(TABLE).require(request.pathParam("volume_id")), request.json());
  }

  /** {@code POST /v2/volumes/actions}: attach or detach the volume named by name and region. */
  private static FakeResponse actionByName(FakeRequest request, FakeState state) {
    settle(state);
    Map<String, @Nullable Object> body = request.json();
    String type = String.valueOf(body.get("type"));
    if (!type.equals("attach") && !type.equals("detach")) {
      throw FakeApiError.badRequest(
          "Volume actions by name are attach and detach; resize needs the volume id.");
    }
    if (!(body.get("volume_name") instanceof String name)
        || !(body.get("region") instanceof String)) {
      throw FakeApiError.badRequest("volume_name and region are required.");
    }
    return action(state, byName(state, name, String.valueOf(body.get("region"))), body);
  }

  /** The volume named {@code name} in {@code region}. */
  private static Map<String, @Nullable Object> byName(FakeState state, String name, String region) {
    return state
        .table(TABLE)
        .find(v -> name.equals(v.get("name")) && region.equals(Rows.regionOf(v)))
        .stream()
        .findFirst()
        .orElseThrow(FakeApiError::notFound);
  }

  private static FakeResponse action(
      FakeState state, Map<String, @Nullable Object> volume, Map<String, @Nullable Object> body) {
    String type = String.valueOf(body.get("type"));
    Object region = body.get("region");
    if (region != null && !region.equals(Rows.regionOf(volume))) {
      throw FakeApiError.unprocessable("The volume is not in region " + region + ".");
    }
    requireNoActionRunning(state, volume);
    List<Object> attached = Rows.list(volume.get("droplet_ids"));
    Map<String, @Nullable Object> pending =
        FakeJson.object("volume_id", volume.get("id"), "type", type);
    String actionType;
    long dropletId = 0;
    switch (type) {
      case "attach" -> {
        dropletId = requireDropletId(body);
        Map<String, @Nullable Object> droplet = state.table(FakeDroplets.TABLE).require(dropletId);
        FakeDroplets.requireIdle(state, dropletId);
        if (!attached.isEmpty()) {
          throw FakeApiError.unprocessable("The volume is already attached to a Droplet.");
        }
        if (!Rows.regionOf(droplet).equals(Rows.regionOf(volume))) {
          throw FakeApiError.unprocessable("The volume and the Droplet are in different regions.");
        }
        actionType = "attach_volume";
      }
      case "detach" -> {
        dropletId = requireDropletId(body);
        FakeDroplets.requireIdle(state, dropletId);
        if (!Rows.containsId(attached, dropletId)) {
          throw FakeApiError.unprocessable("The volume is not attached to this Droplet.");
        }
        actionType = "detach_volume";
      }
      case "resize" -> {
        long size = Rows.asLong(body.get("size_gigabytes"));
        long current = Rows.asLong(volume.get("size_gigabytes"));
        if (size <= current || size > MAX_SIZE) {
          throw FakeApiError.unprocessable("Volumes can only be resized to a larger size.");
        }
        pending.put("size_gigabytes", size);
        actionType = "resize_volume";
      }
      default -> throw FakeApiError.badRequest("Unknown volume action type " + type + ".");
    }
    Map<String, @Nullable Object> action = state.actions().start(actionType, "volume");
    long actionId = Rows.asLong(action.get("id"));
    pending.put("droplet_id", dropletId);
    pending.put("action_id", actionId);
    state.table(PENDING).put(actionId, pending);
    if (dropletId != 0) {
      FakeDroplets.busy(state, dropletId, actionId);
    }
    return FakeResponse.accepted(FakeJson.object("action", action));
  }

  /** A volume with an action still in progress refuses another, as DigitalOcean does (422). */
  private static void requireNoActionRunning(
      FakeState state, Map<String, @Nullable Object> volume) {
    String id = String.valueOf(volume.get("id"));
    boolean running =
        state.table(PENDING).values().stream()
            .anyMatch(
                row ->
                    id.equals(String.valueOf(row.get("volume_id")))
                        && !Boolean.TRUE.equals(row.get("settled")));
    if (running) {
      throw FakeApiError.unprocessable("Volume already has a pending event.");
    }
  }

  private static FakeResponse delete(FakeTable volumes, Map<String, @Nullable Object> volume) {
    if (!Rows.list(volume.get("droplet_ids")).isEmpty()) {
      throw FakeApiError.conflict("Volume is attached to a Droplet; detach it before deleting it.");
    }
    volumes.remove(String.valueOf(volume.get("id")));
    return FakeResponse.noContent();
  }

  private static long requireDropletId(Map<String, @Nullable Object> body) {
    long id = Rows.asLong(body.get("droplet_id"));
    if (id < 0) {
      throw FakeApiError.badRequest("droplet_id is required.");
    }
    return id;
  }
}
