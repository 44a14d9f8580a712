package dev.seawall.volumes.fake;

import dev.seawall.core.Operations;
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
 * Block-storage volumes, volume actions and volume snapshots for {@link
 * dev.seawall.testkit.FakeDigitalOcean}, with DigitalOcean's attach/detach semantics:
 *
 * <ul>
 *   <li>{@code volumes_create} answers 201; a second volume with the same name in a region is a
 *       409; {@code volumes_list} filters by {@code name} and {@code region}; {@code
 *       volumes_delete} of an attached volume is a 409;
 *   <li>{@code volumeActions_post_byId} answers 202 with an {@code in-progress} action; its effect
 *       (droplet_ids, the droplet's volume_ids, the size) appears only when the action completed
 *       (see {@link dev.seawall.testkit.FakeActions}) and never if it errored;
 *   <li>attach: the droplet must exist (404) and be in the volume's region, the volume must not be
 *       attached (to any droplet), the body's region must be the volume's (422 otherwise);
 *   <li>detach: the volume must be attached to {@code droplet_id} (422 otherwise);
 *   <li>resize: only larger, at most 16384 GiB (422 otherwise);
 *   <li>while a droplet has an action in progress ({@link #startDropletEvent}, or an attach or
 *       detach on it), attach and detach on it answer 422 "Droplet already has a pending event.".
 * </ul>
 *
 * Droplets live in the table {@value #DROPLETS} (the same name as compute's fake); {@link
 * #seedDroplet} adds one, and {@link FakeVolumeDroplets} serves {@code droplets_get} from it.
 */
public final class FakeVolumes implements FakeResource {
  /** Table of volumes (JSON objects as the API answers them). */
  public static final String VOLUMES = "volumes";

  /** Table of droplets, shared with compute's fake. */
  public static final String DROPLETS = "droplets";

  /** Table of volume snapshots. */
  public static final String SNAPSHOTS = "volume_snapshots";

  private static final String PENDING = "volume_pending_actions";
  private static final String DROPLET_EVENTS = "volume_droplet_events";
  private static final int MAX_SIZE = 16384;

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable volumes = state.table(VOLUMES);
    FakeTable snapshots = state.table(SNAPSHOTS);
    routes
        .on(Operations.VOLUMES_CREATE, request -> create(request, state))
        .on(
            Operations.VOLUMES_GET,
            request -> {
              settle(state);
              return FakeResponse.ok(
                  FakeJson.object("volume", volumes.require(request.pathParam("volume_id"))));
            })
        .on(
            Operations.VOLUMES_LIST,
            request -> {
              settle(state);
              String name = request.query("name").orElse(null);
              String region = request.query("region").orElse(null);
              List<Map<String, @Nullable Object>> matching =
                  volumes.find(
                      v ->
                          (name == null || name.equals(v.get("name")))
                              && (region == null || region.equals(regionOf(v))));
              return FakeResponse.page(request, "volumes", matching);
            })
        .on(
            Operations.VOLUMES_DELETE,
            request -> {
              settle(state);
              Map<String, @Nullable Object> volume =
                  volumes.require(request.pathParam("volume_id"));
              if (!dropletIds(volume).isEmpty()) {
                throw FakeApiError.conflict(
                    "Volume is attached to a Droplet; detach it before deleting it.");
              }
              volumes.remove(volume.get("id"));
              return FakeResponse.noContent();
            })
        .on(Operations.VOLUME_ACTIONS_POST_BY_ID, request -> action(request, state))
        .on(
            Operations.VOLUME_ACTIONS_GET,
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
            Operations.VOLUME_SNAPSHOTS_CREATE,
            request -> {
              settle(state);
              Map<String, @Nullable Object> volume =
                  volumes.require(request.pathParam("volume_id"));
              Map<String, @Nullable Object> body = request.json();
              Map<String, @Nullable Object> snapshot =
                  FakeJson.object(
                      "id", state.nextUuid(),
                      "name", body.get("name"),
                      "regions", List.of(regionOf(volume)),
                      "created_at", state.timestamp(),
                      "min_disk_size", volume.get("size_gigabytes"),
                      "size_gigabytes", 0.0,
                      "resource_id", volume.get("id"),
                      "resource_type", "volume",
                      "tags", body.get("tags") == null ? List.of() : body.get("tags"));
              snapshots.put(snapshot.get("id"), snapshot);
              return FakeResponse.created(FakeJson.object("snapshot", snapshot));
            })
        .on(
            Operations.VOLUME_SNAPSHOTS_LIST,
            request -> {
              String volumeId = request.pathParam("volume_id");
              volumes.require(volumeId);
              return FakeResponse.page(
                  request, "snapshots", snapshots.find(s -> volumeId.equals(s.get("resource_id"))));
            });
  }

  /**
   * Adds a droplet in {@code region} to the fake, shaped like the API's droplet object.
   *
   * @return the droplet id
   */
  public static long seedDroplet(FakeState state, String name, String region) {
    long id = state.nextId();
    Map<String, @Nullable Object> droplet =
        FakeJson.object(
            "id",
            id,
            "name",
            name,
            "memory",
            1024L,
            "vcpus",
            1L,
            "disk",
            25L,
            "locked",
            false,
            "status",
            "active",
            "created_at",
            state.timestamp(),
            "features",
            List.of("private_networking"),
            "backup_ids",
            List.of(),
            "next_backup_window",
            null,
            "snapshot_ids",
            List.of(),
            "image",
            FakeJson.object(
                "id", 7_555_620L,
                "name", "24.04 (LTS) x64",
                "distribution", "Ubuntu",
                "slug", "ubuntu-24-04-x64",
                "public", true,
                "regions", List.of(region),
                "created_at", "2024-04-25T00:00:00Z",
                "type", "base",
                "min_disk_size", 7L,
                "size_gigabytes", 2.36,
                "description", "",
                "tags", List.of(),
                "status", "available",
                "error_message", ""),
            "volume_ids",
            new ArrayList<Object>(),
            "size",
            FakeJson.object(
                "slug",
                "s-1vcpu-1gb",
                "memory",
                1024L,
                "vcpus",
                1L,
                "disk",
                25L,
                "transfer",
                1.0,
                "price_monthly",
                6.0,
                "price_hourly",
                0.00893,
                "regions",
                List.of(region),
                "available",
                true,
                "description",
                "Basic"),
            "size_slug",
            "s-1vcpu-1gb",
            "networks",
            FakeJson.object("v4", List.of(), "v6", List.of()),
            "region",
            region(region),
            "tags",
            List.of(),
            "vpc_uuid",
            state.nextUuid());
    state.table(DROPLETS).put(id, droplet);
    return id;
  }

  /**
   * Starts an action on a droplet (e.g. a reboot) that keeps it busy: until the action completes,
   * attach and detach on the droplet answer 422 "pending event".
   *
   * @return the action id
   */
  public static long startDropletEvent(FakeState state, long dropletId) {
    Map<String, @Nullable Object> action = state.actions().start("reboot", "droplet", dropletId);
    long actionId = (Long) Objects.requireNonNull(action.get("id"));
    state.table(DROPLET_EVENTS).put(dropletId, FakeJson.object("action_id", actionId));
    return actionId;
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    settle(state);
    FakeTable volumes = state.table(VOLUMES);
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    String region = String.valueOf(body.get("region"));
    long size = body.get("size_gigabytes") instanceof Long n ? n : 0;
    if (size < 1 || size > MAX_SIZE) {
      throw FakeApiError.unprocessable("size_gigabytes must be between 1 and 16384.");
    }
    if (!volumes.find(v -> name.equals(v.get("name")) && region.equals(regionOf(v))).isEmpty()) {
      throw FakeApiError.conflict("A volume named " + name + " already exists in " + region + ".");
    }
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
            region(region),
            "droplet_ids",
            new ArrayList<Object>(),
            "filesystem_type",
            body.get("filesystem_type") == null ? "" : body.get("filesystem_type"),
            "filesystem_label",
            body.get("filesystem_label") == null ? "" : body.get("filesystem_label"),
            "tags",
            body.get("tags") == null ? List.of() : body.get("tags"),
            "created_at",
            state.timestamp());
    volumes.put(volume.get("id"), volume);
    return FakeResponse.created(FakeJson.object("volume", volume));
  }

  private static FakeResponse action(FakeRequest request, FakeState state) {
    settle(state);
    Map<String, @Nullable Object> volume =
        state.table(VOLUMES).require(request.pathParam("volume_id"));
    Map<String, @Nullable Object> body = request.json();
    String type = String.valueOf(body.get("type"));
    Object region = body.get("region");
    if (region != null && !region.equals(regionOf(volume))) {
      throw FakeApiError.unprocessable("The volume is not in region " + region + ".");
    }
    List<Object> attached = dropletIds(volume);
    Map<String, @Nullable Object> pending =
        FakeJson.object("volume_id", volume.get("id"), "type", type);
    String actionType;
    long dropletId = 0;
    switch (type) {
      case "attach" -> {
        dropletId = requireDropletId(body);
        Map<String, @Nullable Object> droplet = state.table(DROPLETS).require(dropletId);
        requireIdle(state, dropletId);
        if (!attached.isEmpty()) {
          throw FakeApiError.unprocessable("The volume is already attached to a Droplet.");
        }
        if (!regionOf(droplet).equals(regionOf(volume))) {
          throw FakeApiError.unprocessable("The volume and the Droplet are in different regions.");
        }
        actionType = "attach_volume";
      }
      case "detach" -> {
        dropletId = requireDropletId(body);
        requireIdle(state, dropletId);
        if (!attached.contains(dropletId)) {
          throw FakeApiError.unprocessable("The volume is not attached to this Droplet.");
        }
        actionType = "detach_volume";
      }
      case "resize" -> {
        long size = body.get("size_gigabytes") instanceof Long n ? n : 0;
        long current = (Long) Objects.requireNonNull(volume.get("size_gigabytes"));
        if (size <= current || size > MAX_SIZE) {
          throw FakeApiError.unprocessable("Volumes can only be resized to a larger size.");
        }
        pending.put("size_gigabytes", size);
        actionType = "resize_volume";
      }
      default -> throw FakeApiError.badRequest("Unknown volume action type " + type + ".");
    }
    Map<String, @Nullable Object> action = state.actions().start(actionType, "volume");
    long actionId = (Long) Objects.requireNonNull(action.get("id"));
    pending.put("droplet_id", dropletId);
    pending.put("action_id", actionId);
    state.table(PENDING).put(actionId, pending);
    if (dropletId != 0) {
      state.table(DROPLET_EVENTS).put(dropletId, FakeJson.object("action_id", actionId));
    }
    return FakeResponse.accepted(FakeJson.object("action", action));
  }

  private static long requireDropletId(Map<String, @Nullable Object> body) {
    if (!(body.get("droplet_id") instanceof Long id)) {
      throw FakeApiError.badRequest("droplet_id is required.");
    }
    return id;
  }

  private static void requireIdle(FakeState state, long dropletId) {
    state
        .table(DROPLET_EVENTS)
        .get(dropletId)
        .flatMap(event -> state.actions().get((Long) event.get("action_id")))
        .filter(action -> "in-progress".equals(action.get("status")))
        .ifPresent(
            action -> {
              throw FakeApiError.unprocessable("Droplet already has a pending event.");
            });
  }

  /** Applies the effect of every completed volume action once; drops errored ones. */
  private static void settle(FakeState state) {
    FakeTable pending = state.table(PENDING);
    for (Map<String, @Nullable Object> row : pending.values()) {
      if (Boolean.TRUE.equals(row.get("settled"))) {
        continue;
      }
      long id = (Long) Objects.requireNonNull(row.get("action_id"));
      Map<String, @Nullable Object> action = state.actions().get(id).orElseThrow();
      String status = String.valueOf(action.get("status"));
      if ("in-progress".equals(status)) {
        continue;
      }
      row.put("settled", true);
      if (!"completed".equals(status)) {
        continue;
      }
      Map<String, @Nullable Object> volume =
          state.table(VOLUMES).get(row.get("volume_id")).orElse(null);
      if (volume == null) {
        continue;
      }
      long dropletId = (Long) Objects.requireNonNull(row.get("droplet_id"));
      Map<String, @Nullable Object> droplet = state.table(DROPLETS).get(dropletId).orElse(null);
      switch (String.valueOf(row.get("type"))) {
        case "attach" -> {
          volume.put("droplet_ids", new ArrayList<Object>(List.of(dropletId)));
          if (droplet != null) {
            volumeIds(droplet).add(volume.get("id"));
          }
        }
        case "detach" -> {
          volume.put("droplet_ids", new ArrayList<Object>());
          if (droplet != null) {
            volumeIds(droplet).remove(volume.get("id"));
          }
        }
        case "resize" -> volume.put("size_gigabytes", row.get("size_gigabytes"));
        default -> throw new IllegalStateException("unknown pending action " + row);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> volumeIds(Map<String, @Nullable Object> droplet) {
    Object ids = droplet.get("volume_ids");
    if (ids instanceof ArrayList<?>) {
      return (List<Object>) ids;
    }
    List<Object> copy = new ArrayList<>(ids == null ? List.of() : (List<Object>) ids);
    droplet.put("volume_ids", copy);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> dropletIds(Map<String, @Nullable Object> volume) {
    Object ids = volume.get("droplet_ids");
    return ids == null ? List.of() : (List<Object>) ids;
  }

  @SuppressWarnings("unchecked")
  private static String regionOf(Map<String, @Nullable Object> resource) {
    return String.valueOf(
        ((Map<String, Object>) Objects.requireNonNull(resource.get("region"))).get("slug"));
  }

  private static Map<String, @Nullable Object> region(String slug) {
    return FakeJson.object(
        "name", slug.toUpperCase(java.util.Locale.ROOT),
        "slug", slug,
        "sizes", List.of("s-1vcpu-1gb"),
        "features", List.of("private_networking", "backups", "ipv6", "metadata", "storage"),
        "available", true);
  }
}
