package dev.seawall.testkit.fakes;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.net.IpFamily;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Droplets: {@code droplets_create} (one droplet per request), {@code droplets_get}, {@code
 * droplets_list} (filters {@code tag_name} and {@code name}), {@code droplets_destroy}, {@code
 * droplets_destroy_byTag} (every droplet with the tag; none is not an error), {@code
 * dropletActions_get}, {@code dropletActions_list} (the actions whose resource is the droplet,
 * oldest first, paged), {@code dropletActions_post} and {@code droplets_list_snapshots}.
 *
 * <p>Lifecycle, modelled on the real API:
 *
 * <ul>
 *   <li>a create answers {@code 202} with the droplet in status {@code new} and its {@code create}
 *       action in {@code links.actions}; the droplet turns {@code active} once that action
 *       completed (see {@link dev.seawall.testkit.FakeActions} for when) and stays {@code new} if
 *       it errored;
 *   <li>while a droplet has an action in progress (its create, a volume attach or detach, or one
 *       started with {@link #startAction} or {@code dropletActions_post}), droplet actions and
 *       volume attach and detach on it answer {@code 422 "Droplet already has a pending event."};
 *   <li>SSH keys named in a create must be on the account ({@link FakeSshKeys}, by id or
 *       fingerprint), volumes named in {@code volumes} must exist in the droplet's region and be
 *       unattached ({@code 422} otherwise; they are attached at once); {@code ipv6} without public
 *       networking is a {@code 422};
 *   <li>{@code dropletActions_post} answers {@code 201} with an {@code in-progress} action; its
 *       effect appears once it completed and never if it errored: {@code reboot}, {@code
 *       power_cycle}, {@code power_on} turn the droplet {@code active}, {@code shutdown} and {@code
 *       power_off} turn it {@code off} (powering an off droplet off, or an active one on, is a
 *       {@code 422}), {@code rename} sets {@code name}, {@code resize} (only while {@code off},
 *       {@code 422} otherwise) sets {@code size_slug}, {@code size}, memory and vCPUs (the disk
 *       with {@code disk: true}), {@code snapshot} adds a private image to {@link FakeImages} and
 *       its id to {@code snapshot_ids}, {@code enable_ipv6}, {@code enable_backups} and {@code
 *       disable_backups} change {@code features}; {@code rebuild}, {@code restore} and {@code
 *       change_kernel} are not modelled ({@code 422}); see {@link #settle};
 *   <li>the tags named in a create are created too ({@link FakeTags}), as DigitalOcean does;
 *   <li>a droplet without {@code vpc_uuid} joins its region's default VPC ({@link
 *       FakeVpcs#defaultVpc}, created if needed); a given {@code vpc_uuid} must name a VPC ({@code
 *       404} otherwise, see {@link References});
 *   <li>{@code volume_ids} follows volume attachments ({@link FakeVolumes}); destroying a droplet
 *       detaches its volumes and removes it from every firewall's {@code droplet_ids}.
 * </ul>
 *
 * <p>Rows live in the table {@value #TABLE}, keyed by id; {@link #seed} adds an {@code active}
 * droplet directly. Token scopes are not checked.
 */
public final class FakeDroplets implements FakeResource {
  /** Table of droplets (JSON objects as the API answers them), keyed by id. */
  public static final String TABLE = "droplets";

  /** Table of droplets' latest actions: {@code {droplet_id, action_id, type}}, keyed by droplet. */
  static final String EVENTS = "droplet_events";

  private static final String CREATE_ACTIONS = "droplet_create_actions";

  /** Table of droplet actions whose effect is applied when they complete, keyed by action id. */
  private static final String PENDING = "droplet_pending_actions";

  /** Creates the resource; it holds no state of its own. */
  public FakeDroplets() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable droplets = state.table(TABLE);
    routes
        .on(FakeOperations.DROPLETS_CREATE, request -> create(request, state))
        .on(
            FakeOperations.DROPLETS_GET,
            request -> {
              settle(state);
              Map<String, @Nullable Object> droplet =
                  droplets.require(request.pathParamAsLong("droplet_id"));
              refresh(state, droplet);
              return FakeResponse.ok(FakeJson.object("droplet", droplet));
            })
        .on(
            FakeOperations.DROPLETS_LIST,
            request -> {
              settle(state);
              String tag = request.query("tag_name").orElse(null);
              String name = request.query("name").orElse(null);
              List<Map<String, @Nullable Object>> matching = new ArrayList<>();
              for (Map<String, @Nullable Object> droplet : droplets.values()) {
                refresh(state, droplet);
                boolean tagged = tag == null || Rows.list(droplet.get("tags")).contains(tag);
                boolean named =
                    name == null || String.valueOf(droplet.get("name")).equalsIgnoreCase(name);
                if (tagged && named) {
                  matching.add(droplet);
                }
              }
              return FakeResponse.page(request, "droplets", matching);
            })
        .on(
            FakeOperations.DROPLETS_DESTROY,
            request -> {
              settle(state);
              long id = request.pathParamAsLong("droplet_id");
              droplets.require(id);
              destroy(state, id);
              return FakeResponse.noContent();
            })
        .on(
            ClientOperations.DROPLETS_DESTROY_BY_TAG,
            request -> {
              settle(state);
              String tag =
                  request
                      .query("tag_name")
                      .orElseThrow(() -> FakeApiError.badRequest("tag_name is required."));
              for (Map<String, @Nullable Object> droplet :
                  droplets.find(d -> Rows.list(d.get("tags")).contains(tag))) {
                destroy(state, Rows.asLong(droplet.get("id")));
              }
              return FakeResponse.noContent();
            })
        .on(
            ClientOperations.DROPLET_ACTIONS_LIST,
            request -> {
              long dropletId = request.pathParamAsLong("droplet_id");
              droplets.require(dropletId);
              List<Map<String, @Nullable Object>> actions = new ArrayList<>();
              for (Map<String, @Nullable Object> action : state.actions().all()) {
                if ("droplet".equals(action.get("resource_type"))
                    && action.get("resource_id") != null
                    && Rows.asLong(action.get("resource_id")) == dropletId) {
                  actions.add(action);
                }
              }
              settle(state);
              return FakeResponse.page(request, "actions", actions);
            })
        .on(ClientOperations.DROPLET_ACTIONS_POST, request -> action(request, state))
        .on(
            ClientOperations.DROPLETS_LIST_SNAPSHOTS,
            request -> {
              settle(state);
              long dropletId = request.pathParamAsLong("droplet_id");
              Map<String, @Nullable Object> droplet = droplets.require(dropletId);
              List<Map<String, @Nullable Object>> snapshots = new ArrayList<>();
              for (Object imageId : Rows.list(droplet.get("snapshot_ids"))) {
                state
                    .table(FakeImages.TABLE)
                    .get(imageId)
                    .ifPresent(
                        image ->
                            snapshots.add(
                                FakeJson.object(
                                    "id", image.get("id"),
                                    "name", image.get("name"),
                                    "created_at", image.get("created_at"),
                                    "regions", image.get("regions"),
                                    "min_disk_size", image.get("min_disk_size"),
                                    "size_gigabytes", image.get("size_gigabytes"),
                                    "type", "snapshot")));
              }
              return FakeResponse.page(request, "snapshots", snapshots);
            })
        .on(
            FakeOperations.DROPLET_ACTIONS_GET,
            request -> {
              long dropletId = request.pathParamAsLong("droplet_id");
              droplets.require(dropletId);
              long actionId = request.pathParamAsLong("action_id");
              Map<String, @Nullable Object> action =
                  state.actions().get(actionId).orElseThrow(FakeApiError::notFound);
              if (Rows.asLong(action.get("resource_id")) != dropletId) {
                throw FakeApiError.notFound();
              }
              Map<String, @Nullable Object> polled = state.actions().poll(actionId);
              settle(state);
              return FakeResponse.ok(FakeJson.object("action", polled));
            });
  }

  /**
   * Adds an {@code active} droplet in {@code region}'s default VPC, without tags or public
   * networking, as if it had been created earlier.
   *
   * @return the droplet id
   */
  public static long seed(FakeState state, String name, String region) {
    return seed(state, name, region, FakeVpcs.defaultVpc(state, region), List.of());
  }

  /**
   * Adds an {@code active} droplet in {@code region} and VPC {@code vpcUuid} with {@code tags}.
   *
   * @return the droplet id
   */
  public static long seed(
      FakeState state, String name, String region, String vpcUuid, List<String> tags) {
    return seed(state, state.nextId(), name, region, vpcUuid, tags);
  }

  /**
   * Adds an {@code active} droplet with a given {@code id} (e.g. the id a test's spec names) in
   * {@code region} and VPC {@code vpcUuid} with {@code tags}, which are created too; replaces a
   * droplet with that id. Seeding never checks references.
   *
   * @return the droplet id
   */
  public static long seed(
      FakeState state, long id, String name, String region, String vpcUuid, List<String> tags) {
    Map<String, @Nullable Object> droplet =
        droplet(
            state,
            id,
            name,
            region,
            "s-1vcpu-1gb",
            "ubuntu-24-04-x64",
            vpcUuid,
            new ArrayList<>(tags),
            List.of("private_networking"),
            false,
            false);
    droplet.put("status", "active");
    tags.forEach(tag -> FakeTags.ensure(state, tag));
    state.table(TABLE).put(id, droplet);
    return id;
  }

  /**
   * Starts an action on a droplet (e.g. {@code reboot}) that keeps it busy until the action
   * completes: meanwhile volume attach and detach on it answer {@code 422 "pending event"}.
   *
   * @return the action id
   * @throws FakeApiError 404 when there is no such droplet
   */
  public static long startAction(FakeState state, long dropletId, String type) {
    state.table(TABLE).require(dropletId);
    Map<String, @Nullable Object> action = state.actions().start(type, "droplet", dropletId);
    long actionId = Rows.asLong(action.get("id"));
    busy(state, dropletId, actionId);
    return actionId;
  }

  /** The droplet's status brought up to date ({@code new} until its create action completed). */
  public static Optional<Map<String, @Nullable Object>> find(FakeState state, long dropletId) {
    settle(state);
    Optional<Map<String, @Nullable Object>> droplet = state.table(TABLE).get(dropletId);
    droplet.ifPresent(row -> refresh(state, row));
    return droplet;
  }

  /** Records that {@code actionId} keeps the droplet busy until it ends. */
  static void busy(FakeState state, long dropletId, long actionId) {
    state
        .table(EVENTS)
        .put(dropletId, FakeJson.object("droplet_id", dropletId, "action_id", actionId));
  }

  /**
   * Refuses to start another event on a droplet with an action in progress.
   *
   * @throws FakeApiError 422 "Droplet already has a pending event."
   */
  static void requireIdle(FakeState state, long dropletId) {
    state
        .table(EVENTS)
        .get(dropletId)
        .flatMap(event -> state.actions().get(Rows.asLong(event.get("action_id"))))
        .filter(action -> "in-progress".equals(action.get("status")))
        .ifPresent(
            action -> {
              throw FakeApiError.unprocessable("Droplet already has a pending event.");
            });
  }

  /**
   * Applies the effect of every ended action, once: the volume actions ({@link FakeVolumes#settle})
   * and the Droplet actions of {@code dropletActions_post} (status, name, size, features, snapshot
   * image). Errored actions change nothing. The handlers of this class and of {@link FakeImages}
   * call it before answering; call it before reading the tables directly.
   */
  public static void settle(FakeState state) {
    FakeVolumes.settle(state);
    for (Map<String, @Nullable Object> row : state.table(PENDING).values()) {
      if (Boolean.TRUE.equals(row.get("settled"))) {
        continue;
      }
      String status =
          state
              .actions()
              .get(Rows.asLong(row.get("action_id")))
              .map(action -> String.valueOf(action.get("status")))
              .orElse("errored");
      if ("in-progress".equals(status)) {
        continue;
      }
      row.put("settled", true);
      Map<String, @Nullable Object> droplet =
          state.table(TABLE).get(Rows.asLong(row.get("droplet_id"))).orElse(null);
      if ("completed".equals(status) && droplet != null) {
        apply(state, droplet, row);
      }
    }
  }

  private static void apply(
      FakeState state, Map<String, @Nullable Object> droplet, Map<String, @Nullable Object> row) {
    List<Object> features = Rows.mutableList(droplet, "features");
    switch (String.valueOf(row.get("type"))) {
      case "reboot", "power_cycle", "power_on" -> droplet.put("status", "active");
      case "shutdown", "power_off" -> droplet.put("status", "off");
      case "rename" -> droplet.put("name", row.get("name"));
      case "resize" -> {
        String slug = String.valueOf(row.get("size"));
        Map<String, @Nullable Object> size =
            FakeRegions.size(slug)
                .orElseGet(
                    () ->
                        FakeJson.object(
                            "slug", slug,
                            "memory", droplet.get("memory"),
                            "vcpus", droplet.get("vcpus"),
                            "disk", droplet.get("disk")));
        size.put("regions", List.of(Rows.regionOf(droplet)));
        droplet.put("size", size);
        droplet.put("size_slug", slug);
        droplet.put("memory", size.get("memory"));
        droplet.put("vcpus", size.get("vcpus"));
        if (Boolean.TRUE.equals(row.get("disk"))) {
          droplet.put("disk", size.get("disk"));
        }
      }
      case "snapshot" -> {
        Object image = droplet.get("image");
        Object distribution = image instanceof Map<?, ?> map ? map.get("distribution") : null;
        Map<String, @Nullable Object> snapshot =
            FakeImages.addSnapshot(
                state,
                String.valueOf(row.get("name")),
                Rows.regionOf(droplet),
                Rows.asLong(droplet.get("disk")),
                distribution);
        Rows.mutableList(droplet, "snapshot_ids").add(Objects.requireNonNull(snapshot.get("id")));
      }
      case "enable_ipv6" -> {
        if (!features.contains("ipv6")) {
          features.add("ipv6");
          long id = Rows.asLong(droplet.get("id"));
          Object networks = droplet.get("networks");
          if (networks instanceof Map<?, ?> map && map.get("v6") instanceof List<?>) {
            @SuppressWarnings("unchecked")
            List<Object> v6 = (List<Object>) map.get("v6");
            v6.add(ipv6Network(id));
          }
        }
      }
      case "enable_backups" -> {
        if (!features.contains("backups")) {
          features.add("backups");
        }
      }
      case "disable_backups" -> features.remove("backups");
      default -> {
        // change_backup_policy, password_reset: nothing the API shows changes
      }
    }
  }

  /**
   * {@code POST /v2/droplets/{droplet_id}/actions}: answers {@code 201} with the {@code
   * in-progress} action; its effect appears once it completed.
   */
  private static FakeResponse action(FakeRequest request, FakeState state) {
    settle(state);
    long dropletId = request.pathParamAsLong("droplet_id");
    Map<String, @Nullable Object> droplet = state.table(TABLE).require(dropletId);
    refresh(state, droplet);
    Map<String, @Nullable Object> body = request.json();
    String type = String.valueOf(body.get("type"));
    requireIdle(state, dropletId);
    Map<String, @Nullable Object> pending = FakeJson.object("droplet_id", dropletId, "type", type);
    String status = String.valueOf(droplet.get("status"));
    switch (type) {
      case "reboot", "power_cycle", "enable_ipv6", "enable_backups", "disable_backups" -> {}
      case "change_backup_policy", "password_reset" -> {}
      case "shutdown", "power_off" -> {
        if ("off".equals(status)) {
          throw FakeApiError.unprocessable("Droplet is already powered off.");
        }
      }
      case "power_on" -> {
        if ("active".equals(status)) {
          throw FakeApiError.unprocessable("Droplet is already powered on.");
        }
      }
      case "rename" -> {
        if (!(body.get("name") instanceof String name) || name.isBlank()) {
          throw FakeApiError.unprocessable("name is required to rename a Droplet.");
        }
        pending.put("name", name);
      }
      case "resize" -> {
        if (!(body.get("size") instanceof String size) || size.isBlank()) {
          throw FakeApiError.unprocessable("size is required to resize a Droplet.");
        }
        if (!"off".equals(status)) {
          throw FakeApiError.unprocessable(
              "Droplet is currently on. Please power it off to run this event.");
        }
        pending.put("size", size);
        pending.put("disk", Boolean.TRUE.equals(body.get("disk")));
      }
      case "snapshot" -> {
        Object name = body.get("name");
        pending.put(
            "name",
            name instanceof String given && !given.isBlank()
                ? given
                : droplet.get("name") + "-" + state.now().toEpochMilli());
      }
      default ->
          throw FakeApiError.unprocessable(
              "FakeDroplets does not model the Droplet action " + type + ".");
    }
    Map<String, @Nullable Object> action = state.actions().start(type, "droplet", dropletId);
    long actionId = Rows.asLong(action.get("id"));
    action.put("region_slug", Rows.regionOf(droplet));
    pending.put("action_id", actionId);
    state.table(PENDING).put(actionId, pending);
    busy(state, dropletId, actionId);
    return FakeResponse.created(FakeJson.object("action", action));
  }

  private static void destroy(FakeState state, long id) {
    for (Map<String, @Nullable Object> volume : state.table(FakeVolumes.TABLE).values()) {
      Rows.removeId(volume, "droplet_ids", id);
    }
    for (Map<String, @Nullable Object> firewall : state.table(FakeFirewalls.TABLE).values()) {
      if (Rows.containsId(firewall.get("droplet_ids"), id)) {
        Rows.removeId(firewall, "droplet_ids", id);
      }
    }
    state.table(TABLE).remove(id);
    state.table(EVENTS).remove(id);
    state.table(CREATE_ACTIONS).remove(id);
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    settle(state);
    Map<String, @Nullable Object> body = request.json();
    if (body.containsKey("names")) {
      throw FakeApiError.unprocessable("FakeDroplets supports single droplet creates only");
    }
    for (Object key : Rows.list(body.get("ssh_keys"))) {
      if (FakeSshKeys.find(state, String.valueOf(key)).isEmpty()) {
        throw FakeApiError.unprocessable("ssh_keys: SSH key " + key + " was not found");
      }
    }
    String region = String.valueOf(body.getOrDefault("region", "nyc3"));
    List<Map<String, @Nullable Object>> volumes = new ArrayList<>();
    for (Object volumeId : Rows.list(body.get("volumes"))) {
      Map<String, @Nullable Object> volume =
          state
              .table(FakeVolumes.TABLE)
              .get(volumeId)
              .orElseThrow(
                  () -> FakeApiError.unprocessable("volumes: volume " + volumeId + " not found"));
      if (!Rows.regionOf(volume).equals(region)) {
        throw FakeApiError.unprocessable("volumes: volume " + volumeId + " is in another region");
      }
      if (!Rows.list(volume.get("droplet_ids")).isEmpty()) {
        throw FakeApiError.unprocessable("volumes: volume " + volumeId + " is already attached");
      }
      volumes.add(volume);
    }
    String vpcUuid = References.vpcOrDefault(state, body.get("vpc_uuid"), region);
    boolean publicNetworking = !Boolean.FALSE.equals(body.get("public_networking"));
    boolean ipv6 = Boolean.TRUE.equals(body.get("ipv6"));
    if (!publicNetworking && ipv6) {
      throw FakeApiError.unprocessable("ipv6 requires public networking");
    }
    List<Object> features = new ArrayList<>(List.of("private_networking"));
    if (Boolean.TRUE.equals(body.get("monitoring"))) {
      features.add("monitoring");
    }
    if (!Boolean.FALSE.equals(body.get("with_droplet_agent"))) {
      features.add("droplet_agent");
    }
    if (ipv6) {
      features.add("ipv6");
    }
    if (Boolean.TRUE.equals(body.get("backups"))) {
      features.add("backups");
    }
    Rows.list(body.get("tags")).forEach(tag -> FakeTags.ensure(state, tag));
    long id = state.nextId();
    Map<String, @Nullable Object> droplet =
        droplet(
            state,
            id,
            body.get("name"),
            region,
            String.valueOf(body.get("size")),
            body.get("image"),
            vpcUuid,
            Rows.list(body.get("tags")),
            features,
            publicNetworking,
            ipv6);
    for (Map<String, @Nullable Object> volume : volumes) {
      Rows.mutableList(volume, "droplet_ids").add(id);
      Rows.mutableList(droplet, "volume_ids").add(Objects.requireNonNull(volume.get("id")));
    }
    state.table(TABLE).put(id, droplet);
    Map<String, @Nullable Object> action = state.actions().start("create", "droplet", id);
    long actionId = Rows.asLong(action.get("id"));
    state.table(CREATE_ACTIONS).put(id, FakeJson.object("droplet_id", id, "action_id", actionId));
    busy(state, id, actionId);
    Map<String, @Nullable Object> link =
        FakeJson.object(
            "id",
            actionId,
            "rel",
            "create",
            "href",
            request.url().resolve("/v2/actions/" + actionId).toString());
    return FakeResponse.accepted(
        FakeJson.object("droplet", droplet, "links", FakeJson.object("actions", List.of(link))));
  }

  /** Turns a {@code new} droplet {@code active} once its create action completed. */
  private static void refresh(FakeState state, Map<String, @Nullable Object> droplet) {
    if (!"new".equals(droplet.get("status"))) {
      return;
    }
    state
        .table(CREATE_ACTIONS)
        .get(String.valueOf(droplet.get("id")))
        .flatMap(link -> state.actions().get(Rows.asLong(link.get("action_id"))))
        .filter(action -> "completed".equals(action.get("status")))
        .ifPresent(action -> droplet.put("status", "active"));
  }

  private static Map<String, @Nullable Object> droplet(
      FakeState state,
      long id,
      @Nullable Object name,
      String region,
      String size,
      @Nullable Object image,
      String vpcUuid,
      List<Object> tags,
      List<Object> features,
      boolean publicNetworking,
      boolean ipv6) {
    List<Object> v4 = new ArrayList<>();
    v4.add(
        FakeJson.object(
            "ip_address",
            privateAddress(state, vpcUuid, id),
            "netmask",
            "255.255.240.0",
            "type",
            "private"));
    if (publicNetworking) {
      v4.add(
          FakeJson.object(
              "ip_address",
              "203.0.113." + (id % 250 + 2),
              "netmask",
              "255.255.255.0",
              "gateway",
              "203.0.113.1",
              "type",
              "public"));
    }
    List<Object> v6 = new ArrayList<>();
    if (ipv6) {
      v6.add(ipv6Network(id));
    }
    return FakeJson.object(
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
        "new",
        "created_at",
        state.timestamp(),
        "features",
        features,
        "backup_ids",
        new ArrayList<Object>(),
        "next_backup_window",
        null,
        "snapshot_ids",
        new ArrayList<Object>(),
        "image",
        FakeJson.object(
            "id",
            image instanceof Long number ? number : 7_555_620L,
            "name",
            "24.04 (LTS) x64",
            "distribution",
            "Ubuntu",
            "slug",
            image instanceof String slug ? slug : null,
            "public",
            !(image instanceof Long),
            "regions",
            List.of(region),
            "created_at",
            "2024-04-25T00:00:00Z",
            "type",
            "base",
            "min_disk_size",
            7L,
            "size_gigabytes",
            2.36,
            "description",
            "",
            "tags",
            List.of(),
            "status",
            "available",
            "error_message",
            ""),
        "volume_ids",
        new ArrayList<Object>(),
        "size",
        FakeJson.object(
            "slug",
            size,
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
        size,
        "networks",
        FakeJson.object("v4", v4, "v6", v6),
        "region",
        Rows.region(region),
        "tags",
        tags,
        "vpc_uuid",
        vpcUuid);
  }

  /** A public IPv6 address from the documentation range, its last two groups the droplet id. */
  private static Map<String, @Nullable Object> ipv6Network(long id) {
    return FakeJson.object(
        "ip_address",
        "2001:db8::" + Long.toHexString(id >> 16 & 0xffff) + ":" + Long.toHexString(id & 0xffff),
        "netmask",
        64L,
        "gateway",
        "2001:db8::1",
        "type",
        "public");
  }

  /** An address inside the droplet's VPC when the fake knows it, else in 10.10.0.0/16. */
  private static String privateAddress(FakeState state, String vpcUuid, long id) {
    Optional<Map<String, @Nullable Object>> vpc = state.table(FakeVpcs.TABLE).get(vpcUuid);
    if (vpc.isPresent()) {
      try {
        Cidr range = Cidr.parseLenient(String.valueOf(vpc.get().get("ip_range")));
        if (range.family() == IpFamily.IPV4 && range.prefixLength() < 30) {
          long size = 1L << (32 - range.prefixLength());
          long network =
              Integer.toUnsignedLong(ByteBuffer.wrap(range.address().getAddress()).getInt());
          long value = network + 2 + id % (size - 3);
          return (value >> 24 & 0xff)
              + "."
              + (value >> 16 & 0xff)
              + "."
              + (value >> 8 & 0xff)
              + "."
              + (value & 0xff);
        }
      } catch (IllegalArgumentException e) {
        // a seeded row with an odd range: fall through
      }
    }
    return "10.10." + (id / 250 % 250) + "." + (id % 250 + 2);
  }
}
