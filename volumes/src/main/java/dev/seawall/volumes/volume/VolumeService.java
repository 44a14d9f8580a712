package dev.seawall.volumes.volume;

import dev.seawall.core.Action;
import dev.seawall.core.Api;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.TagName;
import dev.seawall.volumes.VolumesOperations;
import dev.seawall.volumes.volume.internal.DropletLocks;
import dev.seawall.volumes.volume.internal.VolumeWire;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Creates, reads, deletes, snapshots, attaches, detaches and resizes block-storage volumes. Obtain
 * it with {@link dev.seawall.volumes.Volumes#volumes(DigitalOcean)}. Thread-safe.
 *
 * <p>Safety properties:
 *
 * <ul>
 *   <li>{@link #create} is idempotent: a volume with the spec's name in the spec's region is
 *       returned as it is (create-only fields such as {@code filesystemType} are never a reason to
 *       replace it), and a lost create response is answered by a lookup, not a second POST;
 *   <li>{@link #attach} reads the volume's {@code droplet_ids} first (attaching twice is harmless)
 *       and refuses locally a droplet in another region or a volume attached elsewhere;
 *   <li>{@link #detach} always sends {@code droplet_id} and {@code region}; detaching a volume that
 *       is not attached to the droplet is a no-op;
 *   <li>actions touching one droplet run one at a time in this JVM; a 422 "pending event" answer is
 *       retried with the {@link Waiter}'s backoff until the action timeout; every action is awaited
 *       ({@code volumeActions_get}) until {@code completed};
 *   <li>{@link #resize} only grows; shrinking is refused locally and no action is sent;
 *   <li>{@link #delete} refuses an attached volume locally with a hint to detach.
 * </ul>
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes are noted per method; {@link
 * #operations()} lists every operation for {@code Scopes.required(...)}.
 */
public final class VolumeService {
  /** Default time to wait for one volume action (including "pending event" retries): 5 minutes. */
  public static final Duration DEFAULT_ACTION_TIMEOUT = Duration.ofMinutes(5);

  private static final int MAX_SNAPSHOT_NAME = 255;

  private final Api api;
  private final Waiter waiter;
  private final String baseUrl;
  private final Duration actionTimeout;

  /**
   * Creates the service on a client; prefer {@link dev.seawall.volumes.Volumes#volumes}.
   *
   * @param client the DigitalOcean client
   */
  public VolumeService(DigitalOcean client) {
    this(
        Objects.requireNonNull(client, "client").api(),
        client.waiter(),
        client.baseUrl(),
        DEFAULT_ACTION_TIMEOUT);
  }

  private VolumeService(Api api, Waiter waiter, String baseUrl, Duration actionTimeout) {
    this.api = api;
    this.waiter = waiter;
    this.baseUrl = baseUrl;
    this.actionTimeout = actionTimeout;
  }

  /**
   * A copy that waits at most {@code timeout} for each volume action: first for DigitalOcean to
   * accept it (while the droplet has a pending event), then for it to complete.
   *
   * @param timeout positive duration; default {@link #DEFAULT_ACTION_TIMEOUT}
   * @throws IllegalArgumentException if not positive
   */
  public VolumeService withActionTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("action timeout must be positive, was " + timeout);
    }
    return new VolumeService(api, waiter, baseUrl, timeout);
  }

  /** How long each volume action is awaited. */
  public Duration actionTimeout() {
    return actionTimeout;
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        VolumesOperations.VOLUMES_LIST,
        VolumesOperations.VOLUMES_CREATE,
        VolumesOperations.VOLUMES_GET,
        VolumesOperations.VOLUMES_DELETE,
        VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
        VolumesOperations.VOLUME_ACTIONS_GET,
        VolumesOperations.DROPLETS_GET,
        VolumesOperations.VOLUME_SNAPSHOTS_CREATE,
        VolumesOperations.VOLUME_SNAPSHOTS_LIST);
  }

  /**
   * Creates a volume, idempotently: a volume with the spec's name in the spec's region is returned
   * as it is. If the create response is lost, the volume is looked up by name and region before
   * anything is resent. Without {@code filesystemType} in the spec (the default) the volume is
   * LUKS-ready: provision it with {@link dev.seawall.volumes.luks.LuksProvisioning}.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_create">volumes_create</a>;
   * scopes {@code block_storage:read}, {@code block_storage:create}.
   *
   * @param spec the validated spec
   * @return the created or existing volume
   */
  public Volume create(VolumeSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Optional<Volume> existing = find(spec.name(), spec.region());
    if (existing.isPresent()) {
      return existing.get();
    }
    VolumeWire.CreateVolume body =
        new VolumeWire.CreateVolume(
            spec.name(),
            spec.sizeGigabytes(),
            spec.region(),
            spec.description().isEmpty() ? null : spec.description(),
            spec.tags().isEmpty() ? null : spec.tags(),
            spec.snapshotId().orElse(null),
            spec.filesystemType().map(FilesystemType::slug).orElse(null),
            spec.filesystemLabel().orElse(null));
    return api.create(
        ApiRequest.of(VolumesOperations.VOLUMES_CREATE).body(body).build(),
        "volume",
        Volume.class,
        () -> find(spec.name(), spec.region()));
  }

  /**
   * Fetches a volume.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>;
   * scope {@code block_storage:read}.
   *
   * @param volumeId the volume id
   * @throws NotFoundException if there is no such volume
   */
  public Volume get(String volumeId) {
    return api.call(
        ApiRequest.of(VolumesOperations.VOLUMES_GET).pathParam("volume_id", volumeId).build(),
        "volume",
        Volume.class);
  }

  /**
   * The volume with this name in this region, if any (names are unique per region).
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>
   * with {@code name} and {@code region}; scope {@code block_storage:read}.
   *
   * @param name the volume name
   * @param region the region slug
   */
  public Optional<Volume> find(String name, String region) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    ApiRequest request =
        ApiRequest.of(VolumesOperations.VOLUMES_LIST)
            .query("name", name)
            .query("region", region)
            .build();
    return api.<Volume>listAll(request, "volumes", Volume.class, Volume::id)
        .filter(v -> v.name().equals(name) && v.regionSlug().equals(region))
        .findFirst();
  }

  /**
   * Fetches one page of the account's volumes.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>;
   * scope {@code block_storage:read}.
   *
   * @param page 1-based page number
   * @param perPage volumes per page, 1..200
   */
  public Page<Volume> list(int page, int perPage) {
    return api.page(
        ApiRequest.of(VolumesOperations.VOLUMES_LIST).build(),
        "volumes",
        Volume.class,
        page,
        perPage);
  }

  /**
   * Every volume of the account, as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>;
   * scope {@code block_storage:read}.
   */
  public Stream<Volume> listAll() {
    return api.listAll(
        ApiRequest.of(VolumesOperations.VOLUMES_LIST).build(), "volumes", Volume.class, Volume::id);
  }

  /**
   * Every volume in one region, as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>
   * with {@code region}; scope {@code block_storage:read}.
   *
   * @param region the region slug, e.g. {@code fra1}
   */
  public Stream<Volume> listAll(String region) {
    Objects.requireNonNull(region, "region");
    return api.listAll(
        ApiRequest.of(VolumesOperations.VOLUMES_LIST).query("region", region).build(),
        "volumes",
        Volume.class,
        Volume::id);
  }

  /**
   * Deletes a volume that is not attached. An attached volume is refused locally: detach it first.
   * A volume that does not exist is not an error.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_delete">volumes_delete</a>;
   * scopes {@code block_storage:read}, {@code block_storage:delete}.
   *
   * @param volumeId the volume id
   * @return true if the volume was deleted, false if it did not exist
   * @throws VolumeAttachedException if the volume is attached; nothing was deleted
   */
  public boolean delete(String volumeId) {
    Volume volume;
    try {
      volume = get(volumeId);
    } catch (NotFoundException e) {
      return false;
    }
    if (volume.isAttached()) {
      throw new VolumeAttachedException(
          "Volume "
              + volume.name()
              + " ("
              + volumeId
              + ") is attached to droplet(s) "
              + volume.dropletIds()
              + "; nothing was deleted. Unmount it on the droplet, then call detach(volumeId,"
              + " dropletId) and delete again.",
          volumeId,
          volume.dropletIds());
    }
    try {
      api.send(
          ApiRequest.of(VolumesOperations.VOLUMES_DELETE).pathParam("volume_id", volumeId).build());
    } catch (NotFoundException e) {
      return false;
    }
    return true;
  }

  /**
   * Takes a snapshot of a volume. Idempotent by name: if the create response is lost, the volume's
   * snapshots are searched for {@code name} before anything is resent. For a consistent snapshot,
   * freeze or unmount the filesystem first.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeSnapshots_create">volumeSnapshots_create</a>
   * (and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeSnapshots_list">volumeSnapshots_list</a>
   * for the lookup); scopes {@code block_storage_snapshot:create}, {@code
   * block_storage_snapshot:read}.
   *
   * @param volumeId the volume id
   * @param name the snapshot name, 1..255 characters without control characters
   * @param tags tags for the snapshot (DigitalOcean tag names); may be empty
   * @return the snapshot
   * @throws InvalidSpecException if the name or a tag is invalid; nothing is sent
   */
  public VolumeSnapshot snapshot(String volumeId, String name, Collection<String> tags) {
    Objects.requireNonNull(volumeId, "volumeId");
    Objects.requireNonNull(name, "name");
    List<String> tagList = List.copyOf(tags);
    Checks checks = Checks.on("volume/" + volumeId);
    if (name.isBlank()
        || name.length() > MAX_SNAPSHOT_NAME
        || name.chars().anyMatch(Character::isISOControl)) {
      checks.invalid("snapshot.name", "must be 1 to 255 characters without control characters");
    }
    for (int i = 0; i < tagList.size(); i++) {
      TagName.check(checks, "snapshot.tags[" + i + "]", tagList.get(i));
    }
    throwIfInvalid(checks);
    ApiRequest request =
        ApiRequest.of(VolumesOperations.VOLUME_SNAPSHOTS_CREATE)
            .pathParam("volume_id", volumeId)
            .body(new VolumeWire.CreateSnapshot(name, tagList.isEmpty() ? null : tagList))
            .build();
    return api.create(
        request, "snapshot", VolumeSnapshot.class, () -> findSnapshot(volumeId, name));
  }

  /**
   * Attaches a volume to a droplet in the same region and waits until the action completed. A
   * volume already attached to this droplet is returned at once (nothing is sent).
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_get">droplets_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_post_byId">volumeActions_post_byId</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_get">volumeActions_get</a>;
   * scopes {@code block_storage:read}, {@code droplet:read}, {@code block_storage_action:create},
   * {@code block_storage_action:read}.
   *
   * @param volumeId the volume id
   * @param dropletId the droplet id
   * @return the volume after the attach
   * @throws InvalidSpecException if the droplet is in another region; nothing is sent
   * @throws VolumeAttachedException if the volume is attached to another droplet; nothing is sent
   * @throws WaitTimeoutException if the droplet stays busy or the action does not complete within
   *     the action timeout
   * @throws WaitFailedException if the action ends {@code errored}
   */
  public Volume attach(String volumeId, long dropletId) {
    Objects.requireNonNull(volumeId, "volumeId");
    return onDroplet(
        dropletId,
        () -> {
          Volume volume = get(volumeId);
          if (volume.isAttachedTo(dropletId)) {
            return volume;
          }
          if (volume.isAttached()) {
            throw new VolumeAttachedException(
                "Volume "
                    + volume.name()
                    + " is attached to droplet(s) "
                    + volume.dropletIds()
                    + "; a volume can be attached to one droplet only. Detach it first;"
                    + " nothing was sent.",
                volumeId,
                volume.dropletIds());
          }
          VolumeWire.Droplet droplet = droplet(dropletId);
          if (!droplet.region().slug().equals(volume.regionSlug())) {
            Checks checks = Checks.on("volume/" + volume.name());
            checks.invalid(
                "attach",
                "droplet "
                    + dropletId
                    + " is in "
                    + droplet.region().slug()
                    + " but the volume is in "
                    + volume.regionSlug()
                    + "; volumes attach only to droplets in their region");
            throwIfInvalid(checks);
          }
          runAction(volume, VolumeWire.VolumeAction.attach(dropletId, volume.regionSlug()));
          return get(volumeId);
        });
  }

  /**
   * Detaches a volume from a droplet and waits until the action completed. Always sends {@code
   * droplet_id} and {@code region}. A volume that is not attached to this droplet is returned at
   * once (nothing is sent). Unmount the filesystem and close LUKS on the droplet first.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_post_byId">volumeActions_post_byId</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_get">volumeActions_get</a>;
   * scopes {@code block_storage:read}, {@code block_storage_action:create}, {@code
   * block_storage_action:read}.
   *
   * @param volumeId the volume id
   * @param dropletId the droplet id
   * @return the volume after the detach
   * @throws WaitTimeoutException if the droplet stays busy or the action does not complete within
   *     the action timeout
   * @throws WaitFailedException if the action ends {@code errored}
   */
  public Volume detach(String volumeId, long dropletId) {
    Objects.requireNonNull(volumeId, "volumeId");
    return onDroplet(
        dropletId,
        () -> {
          Volume volume = get(volumeId);
          if (!volume.isAttachedTo(dropletId)) {
            return volume;
          }
          runAction(volume, VolumeWire.VolumeAction.detach(dropletId, volume.regionSlug()));
          return get(volumeId);
        });
  }

  /**
   * Grows a volume and waits until the resize action completed. The same size is a no-op; a smaller
   * size is refused locally (volumes cannot shrink) and no action is sent. Afterwards grow LUKS and
   * the filesystem on the droplet ({@code cryptsetup resize}, {@code resize2fs} or {@code
   * xfs_growfs}).
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_post_byId">volumeActions_post_byId</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_get">volumeActions_get</a>;
   * scopes {@code block_storage:read}, {@code block_storage_action:create}, {@code
   * block_storage_action:read}.
   *
   * @param volumeId the volume id
   * @param sizeGigabytes the new size in GiB, up to 16384
   * @return the volume after the resize
   * @throws InvalidSpecException if the size is out of range or smaller than the current size; no
   *     action is sent
   * @throws WaitTimeoutException if the action does not complete within the action timeout
   * @throws WaitFailedException if the action ends {@code errored}
   */
  public Volume resize(String volumeId, int sizeGigabytes) {
    Objects.requireNonNull(volumeId, "volumeId");
    Checks range = Checks.on("volume/" + volumeId);
    if (sizeGigabytes < VolumeSpec.MIN_SIZE_GIGABYTES
        || sizeGigabytes > VolumeSpec.MAX_SIZE_GIGABYTES) {
      range.invalid(
          "sizeGigabytes",
          "must be between "
              + VolumeSpec.MIN_SIZE_GIGABYTES
              + " and "
              + VolumeSpec.MAX_SIZE_GIGABYTES
              + " GiB, was "
              + sizeGigabytes);
    }
    throwIfInvalid(range);
    Volume volume = get(volumeId);
    if (sizeGigabytes == volume.sizeGigabytes()) {
      return volume;
    }
    if (sizeGigabytes < volume.sizeGigabytes()) {
      Checks checks = Checks.on("volume/" + volume.name());
      checks.invalid(
          "sizeGigabytes",
          "volumes can only grow: "
              + volume.sizeGigabytes()
              + " GiB cannot become "
              + sizeGigabytes
              + " GiB; create a smaller volume and copy the data instead");
      throwIfInvalid(checks);
    }
    String key =
        volume.dropletIds().isEmpty()
            ? "volume:" + volumeId
            : "droplet:" + volume.dropletIds().get(0);
    return DropletLocks.withLock(
        baseUrl,
        key,
        () -> {
          runAction(volume, VolumeWire.VolumeAction.resize(sizeGigabytes, volume.regionSlug()));
          return get(volumeId);
        });
  }

  @Override
  public String toString() {
    return "VolumeService[actionTimeout=" + actionTimeout + "]";
  }

  private <T> T onDroplet(long dropletId, Supplier<T> action) {
    return DropletLocks.withLock(baseUrl, "droplet:" + dropletId, action);
  }

  private VolumeWire.Droplet droplet(long dropletId) {
    return api.call(
        ApiRequest.of(VolumesOperations.DROPLETS_GET).pathParam("droplet_id", dropletId).build(),
        "droplet",
        VolumeWire.Droplet.class);
  }

  /** Posts an action (retrying while the droplet has a pending event) and awaits it. */
  private Action runAction(Volume volume, VolumeWire.VolumeAction body) {
    ApiRequest post =
        ApiRequest.of(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)
            .pathParam("volume_id", volume.id())
            .body(body)
            .build();
    String what = body.type() + " of volume " + volume.name();
    Optional<Action> started =
        waiter.until(
            "DigitalOcean to accept the " + what + " (the droplet has a pending event)",
            () -> tryPost(post),
            accepted -> accepted.isPresent() ? WaitState.DONE : WaitState.PENDING,
            accepted -> "a pending event on the droplet",
            actionTimeout);
    long actionId = started.orElseThrow().id();
    return waiter.until(
        "the " + what + " (action " + actionId + ") to complete",
        () ->
            api.call(
                ApiRequest.of(VolumesOperations.VOLUME_ACTIONS_GET)
                    .pathParam("volume_id", volume.id())
                    .pathParam("action_id", actionId)
                    .build(),
                "action",
                Action.class),
        VolumeService::state,
        action -> action.describe() + " with status " + action.status(),
        actionTimeout);
  }

  private Optional<Action> tryPost(ApiRequest post) {
    try {
      return Optional.of(api.call(post, "action", Action.class));
    } catch (UnprocessableException e) {
      if (isPendingEvent(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** DigitalOcean answers 422 "... pending event" while another action runs on the droplet. */
  private static boolean isPendingEvent(UnprocessableException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("pending event");
  }

  private static WaitState state(Action action) {
    return switch (action.status()) {
      case COMPLETED -> WaitState.DONE;
      case ERRORED -> WaitState.FAILED;
      case IN_PROGRESS, UNKNOWN -> WaitState.PENDING;
    };
  }

  private Optional<VolumeSnapshot> findSnapshot(String volumeId, String name) {
    ApiRequest request =
        ApiRequest.of(VolumesOperations.VOLUME_SNAPSHOTS_LIST)
            .pathParam("volume_id", volumeId)
            .build();
    return api.<VolumeSnapshot>listAll(
            request, "snapshots", VolumeSnapshot.class, VolumeSnapshot::id)
        .filter(s -> s.name().equals(name))
        .findFirst();
  }

  private static void throwIfInvalid(Checks checks) {
    Validation<Seq<Violation>, Boolean> result = checks.result(() -> Boolean.TRUE);
    if (result.isInvalid()) {
      throw InvalidSpecException.of(result.getError());
    }
  }
}
