package dev.seawall.volumes.volume;

import dev.seawall.core.Action;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Block-storage volumes, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind, plus their own operations: snapshot, attach, detach and resize. Obtain
 * it with {@link dev.seawall.volumes.Volumes#volumes(DigitalOcean)}. Thread-safe.
 *
 * <p>A volume is identified by its name <em>and region</em>: names are unique per region only.
 * {@link #apply} converges a spec onto the volume of that name in that region:
 *
 * <ul>
 *   <li>{@code size_gigabytes} grows in place through a resize action; a smaller size is refused
 *       ("a volume cannot shrink");
 *   <li>{@code tags} change element by element ({@code tags_assign_resources}, {@code
 *       tags_unassign_resources});
 *   <li>{@code region}, {@code filesystem_type}, {@code filesystem_label}, {@code description} and
 *       {@code snapshot_id} are fixed at creation (the API has no call to change them): a
 *       difference is refused ({@link RefusedChangeException}) and nothing is sent.
 * </ul>
 *
 * <p>Other safety properties:
 *
 * <ul>
 *   <li>a lost create response is answered by a look-up by name and region, not a second POST;
 *   <li>{@link #attach} reads the volume's {@code droplet_ids} first (attaching twice is harmless)
 *       and refuses locally a droplet in another region or a volume attached elsewhere;
 *   <li>{@link #detach} always sends {@code droplet_id} and {@code region}; detaching a volume that
 *       is not attached to the droplet is a no-op;
 *   <li>actions touching one droplet run one at a time in this JVM; a 422 "pending event" answer is
 *       retried with the {@link Waiter}'s backoff until the action timeout; every action is awaited
 *       ({@code volumeActions_get}) until {@code completed}, through the {@link Waiter}, so that a
 *       stack's progress events show the wait;
 *   <li>{@link #delete} refuses an attached volume locally with a hint to detach, and is
 *       idempotent.
 * </ul>
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes are noted per method; {@link
 * #operations()} lists every operation for {@code Scopes.required(...)}.
 */
public final class VolumeService extends AbstractResourceService<VolumeSpec, Volume, VolumeWire> {
  /** Default time to wait for one volume action (including "pending event" retries): 5 minutes. */
  public static final Duration DEFAULT_ACTION_TIMEOUT = Duration.ofMinutes(5);

  /** Why a smaller {@code size_gigabytes} is refused. */
  static final String CANNOT_SHRINK = "a volume cannot shrink";

  /** How an empty filesystem type, label or description shows in a diff. */
  static final String NONE = "(none)";

  static final String SIZE_GIGABYTES = "size_gigabytes";
  static final String TAGS = "tags";

  private static final int MAX_SNAPSHOT_NAME = 255;

  static final WireKind<VolumeWire, Volume> WIRE =
      WireKind.builder(VolumeResource.KIND, VolumeWire.class, VolumeWire::toModel)
          .envelope("volume", "volumes")
          .list(VolumesOperations.VOLUMES_LIST)
          .get(VolumesOperations.VOLUMES_GET, "volume_id")
          .delete(VolumesOperations.VOLUMES_DELETE)
          .identity(VolumeWire::id, VolumeWire::name)
          .build();

  /**
   * The fields of a volume. {@code size_gigabytes} grows in place (shrinking is refused); {@code
   * tags} change element by element; the rest is fixed at creation. {@code filesystem_type} is
   * always compared ({@code (none)} for a LUKS-ready volume), except when the API reports a type
   * Seawall does not know (unknown, never a change); the label and the description only when the
   * spec sets them; {@code snapshot_id} is never reported by the API, so it only shows on create.
   */
  static final Differ<VolumeSpec, Volume> DIFFER =
      Differ.<VolumeSpec, Volume>builder()
          .createOnly("region", VolumeSpec::region, Volume::regionSlug)
          .updatable(
              SIZE_GIGABYTES,
              VolumeSpec::sizeGigabytes,
              Volume::sizeGigabytes,
              (before, after) -> after < before ? CANNOT_SHRINK : null)
          .createOnly(
              "filesystem_type",
              spec -> spec.filesystemType().map(FilesystemType::slug).orElse(NONE),
              VolumeService::filesystemType)
          .createOnly(
              "filesystem_label",
              spec -> spec.filesystemLabel().orElse(null),
              volume -> orNone(volume.filesystemLabel()))
          .createOnly(
              "description",
              spec -> spec.description().isEmpty() ? null : spec.description(),
              volume -> orNone(volume.description()))
          .createOnly("snapshot_id", spec -> spec.snapshotId().orElse(null), volume -> null)
          .set(TAGS, VolumeSpec::tags, volume -> volume.tags().orElse(null))
          .build();

  /** The operations {@link #change} calls to grow a volume. */
  static final List<Operation> RESIZE_OPERATIONS =
      List.of(
          VolumesOperations.VOLUMES_GET,
          VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
          VolumesOperations.VOLUME_ACTIONS_GET,
          VolumesOperations.VOLUME_ACTIONS_LIST);

  /** The operations {@link #change} calls to change the tags of a volume. */
  static final List<Operation> RETAG_OPERATIONS =
      List.of(
          VolumesOperations.VOLUMES_GET,
          VolumesOperations.TAGS_CREATE,
          VolumesOperations.TAGS_ASSIGN_RESOURCES,
          VolumesOperations.TAGS_UNASSIGN_RESOURCES);

  /** The operations {@link #attach} calls. */
  static final List<Operation> ATTACH_OPERATIONS =
      List.of(
          VolumesOperations.VOLUMES_GET,
          VolumesOperations.DROPLETS_GET,
          VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
          VolumesOperations.VOLUME_ACTIONS_GET,
          VolumesOperations.VOLUME_ACTIONS_LIST);

  private final String baseUrl;
  private final Duration actionTimeout;

  /**
   * Creates the service on a client; prefer {@link dev.seawall.volumes.Volumes#volumes}.
   *
   * @param client the DigitalOcean client
   */
  public VolumeService(DigitalOcean client) {
    this(client, DEFAULT_ACTION_TIMEOUT);
  }

  private VolumeService(DigitalOcean client, Duration actionTimeout) {
    super(client, WIRE);
    this.baseUrl = client.baseUrl();
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
    return new VolumeService(client, timeout);
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
        VolumesOperations.VOLUME_ACTIONS_LIST,
        VolumesOperations.DROPLETS_GET,
        VolumesOperations.VOLUME_SNAPSHOTS_CREATE,
        VolumesOperations.VOLUME_SNAPSHOTS_LIST,
        VolumesOperations.TAGS_CREATE,
        VolumesOperations.TAGS_ASSIGN_RESOURCES,
        VolumesOperations.TAGS_UNASSIGN_RESOURCES);
  }

  @Override
  protected Differ<VolumeSpec, Volume> differ() {
    return DIFFER;
  }

  @Override
  protected String name(VolumeSpec spec) {
    return spec.name();
  }

  /**
   * The volume with the spec's name in the spec's region, if any.
   *
   * <p>Operation {@code volumes_list} with {@code name} and {@code region}; scope {@code
   * block_storage:read}.
   */
  @Override
  public Optional<Volume> observe(VolumeSpec spec) {
    return find(spec.name(), spec.region());
  }

  @Override
  protected Optional<VolumeWire> lookupWire(VolumeSpec spec) {
    return findWire(spec.name(), spec.region());
  }

  @Override
  protected String describe(Volume volume, VolumeSpec spec) {
    return describe(volume);
  }

  private static String describe(Volume volume) {
    return "volume '" + volume.name() + "' in " + volume.regionSlug() + " (" + volume.id() + ")";
  }

  /**
   * Creates a volume. Without {@code filesystemType} in the spec (the default) the volume is
   * LUKS-ready: provision it with {@link dev.seawall.volumes.luks.LuksProvisioning}. If the create
   * response is lost, the volume is looked up by name and region before anything is resent. A
   * volume of that name already in the region is refused by DigitalOcean ({@code 409}); use {@link
   * #apply} to adopt it.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_create">volumes_create</a>
   * ({@code volumes_list} for the look-up after a lost answer); scopes {@code block_storage:create}
   * ({@code block_storage:read}).
   *
   * @param spec the validated spec
   * @return the created volume
   */
  @Override
  public Volume create(VolumeSpec spec) {
    Objects.requireNonNull(spec, "spec");
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
    return createWithLookup(
        ApiRequest.of(VolumesOperations.VOLUMES_CREATE).body(body).build(), spec);
  }

  /**
   * Creates the volume, or brings the volume of that name in that region in line with the spec
   * (grows it, retags it); sends nothing when nothing differs. Waits for a resize action to
   * complete.
   *
   * <p>Operations {@code volumes_list}, then {@code volumes_create}, or {@code volumes_get} with
   * {@code volumeActions_post_byId} and {@code volumeActions_get} (resize) and {@code tags_create},
   * {@code tags_assign_resources}, {@code tags_unassign_resources} (tags); scopes {@code
   * block_storage:read}, and when something changes {@code block_storage:create}, {@code
   * block_storage_action:create}, {@code block_storage_action:read}, {@code tag:create}, {@code
   * tag:delete}.
   *
   * @throws RefusedChangeException if the spec shrinks the volume or changes a field fixed at
   *     creation; nothing is sent
   * @throws WaitTimeoutException if a resize does not complete within the action timeout
   * @throws WaitFailedException if a resize action ends {@code errored}
   */
  @Override
  public Applied<Volume> apply(VolumeSpec spec) {
    return super.apply(spec);
  }

  /**
   * Changes the volume with this id to match the spec: grows it and retags it (the other fields
   * cannot change).
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumeActions_post_byId">volumeActions_post_byId</a>
   * (type {@code resize}) and {@code volumeActions_get}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_assign_resources">tags_assign_resources</a>
   * (after {@code tags_create}) and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_unassign_resources">tags_unassign_resources</a>;
   * scopes {@code block_storage:read}, {@code block_storage_action:create}, {@code
   * block_storage_action:read}, {@code tag:create}, {@code tag:delete}.
   *
   * @throws NotFoundException if there is no such volume
   * @throws RefusedChangeException if the spec shrinks the volume or changes a field fixed at
   *     creation; nothing is sent
   */
  @Override
  public Volume update(String id, VolumeSpec spec) {
    return super.update(id, spec);
  }

  /** The operations {@link #change} calls to change {@code field} in place; none for others. */
  static List<Operation> changeOperations(String field) {
    return switch (field) {
      case SIZE_GIGABYTES -> RESIZE_OPERATIONS;
      case TAGS -> RETAG_OPERATIONS;
      default -> List.of();
    };
  }

  @Override
  protected Volume change(Volume observed, VolumeSpec spec, Diff diff) {
    Volume volume = observed;
    if (diff.fields().contains(SIZE_GIGABYTES)) {
      volume = grow(volume, spec.sizeGigabytes());
    }
    List<FieldChange> tags = diff.changes().stream().filter(c -> c.field().equals(TAGS)).toList();
    if (!tags.isEmpty()) {
      tags.forEach(change -> retag(observed.id(), change));
      volume = get(observed.id());
    }
    return volume;
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
  @Override
  public Volume get(String volumeId) {
    return super.get(volumeId);
  }

  /**
   * The volume with this name, if exactly one region has one. Volume names are unique per region
   * only: when several regions have a volume of that name this refuses to guess; use {@link
   * #find(String, String)}.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>
   * with {@code name}; scope {@code block_storage:read}.
   *
   * @throws SeawallException if volumes of that name exist in several regions; the message names
   *     the regions and ids
   */
  @Override
  public Optional<Volume> find(String name) {
    Objects.requireNonNull(name, "name");
    List<VolumeWire> named = listWire(name, null).toList();
    if (named.size() > 1) {
      throw new SeawallException(
          "Volumes named '"
              + name
              + "' exist in "
              + named.size()
              + " regions ("
              + named.stream()
                  .map(v -> v.region().slug() + ": " + v.id())
                  .collect(Collectors.joining(", "))
              + "); volume names are unique per region only. Use find(name, region).");
    }
    return named.stream().findFirst().map(wire::toModel);
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
    return findWire(name, region).map(wire::toModel);
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
  @Override
  public Page<Volume> list(int page, int perPage) {
    return super.list(page, perPage);
  }

  /**
   * Every volume of the account, as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_list">volumes_list</a>;
   * scope {@code block_storage:read}.
   */
  @Override
  public Stream<Volume> listAll() {
    return super.listAll();
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
    return listWire(null, region).map(wire::toModel);
  }

  /**
   * Deletes a volume that is not attached, idempotently. An attached volume is refused locally:
   * detach it first. A volume that does not exist (any more) counts as deleted.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_delete">volumes_delete</a>;
   * scopes {@code block_storage:read}, {@code block_storage:delete}.
   *
   * @param volumeId the volume id
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     volume (also when a lost answer was retried and found it gone)
   * @throws VolumeAttachedException if the volume is attached; nothing was deleted
   */
  @Override
  public Deletion delete(String volumeId) {
    Volume volume;
    try {
      volume = get(volumeId);
    } catch (NotFoundException gone) {
      return Deletion.ALREADY_DELETED;
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
    return super.delete(volumeId);
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
        request,
        "snapshot",
        VolumeSnapshot.class,
        "snapshot '" + name + "' of volume " + volumeId,
        () -> findSnapshot(volumeId, name));
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
          runAction(
              volume,
              VolumeWire.VolumeAction.attach(dropletId, volume.regionSlug()),
              now -> now.isAttachedTo(dropletId));
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
          runAction(
              volume,
              VolumeWire.VolumeAction.detach(dropletId, volume.regionSlug()),
              now -> !now.isAttachedTo(dropletId));
          return get(volumeId);
        });
  }

  /**
   * Grows a volume and waits until the resize action completed. The same size is a no-op; a smaller
   * size is refused locally (a volume cannot shrink) and no action is sent. Afterwards grow LUKS
   * and the filesystem on the droplet ({@code cryptsetup resize}, {@code resize2fs} or {@code
   * xfs_growfs}). {@link #apply} with a larger {@code sizeGigabytes} does the same.
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
   * @throws InvalidSpecException if the size is out of range; nothing is sent
   * @throws RefusedChangeException if the size is smaller than the current size; no action is sent
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
      throw new RefusedChangeException(
          describe(volume),
          Diff.of(
              List.of(
                  FieldChange.refused(
                      SIZE_GIGABYTES,
                      String.valueOf(volume.sizeGigabytes()),
                      String.valueOf(sizeGigabytes),
                      CANNOT_SHRINK))));
    }
    return grow(volume, sizeGigabytes);
  }

  @Override
  public String toString() {
    return "VolumeService[actionTimeout=" + actionTimeout + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /** {@code filesystem_type} for the diff: {@code (none)}, a known type, or unknown (null). */
  private static @Nullable String filesystemType(Volume volume) {
    if (!volume.isPreformatted()) {
      return NONE;
    }
    return volume.filesystem().map(FilesystemType::slug).orElse(null);
  }

  private static String orNone(String text) {
    return text.isEmpty() ? NONE : text;
  }

  /** The volumes with this name and/or in this region (both filtered by the API). */
  private Stream<VolumeWire> listWire(@Nullable String name, @Nullable String region) {
    ApiRequest.Builder request = ApiRequest.of(VolumesOperations.VOLUMES_LIST);
    if (name != null) {
      request.query("name", name);
    }
    if (region != null) {
      request.query("region", region);
    }
    return api.<VolumeWire>listAll(request.build(), wire.listKey(), wire.wireType(), wire::id)
        .filter(v -> name == null || name.equals(v.name()))
        .filter(v -> region == null || region.equals(v.region().slug()));
  }

  private Optional<VolumeWire> findWire(String name, String region) {
    return single(listWire(name, region).toList(), name);
  }

  /** Grows a volume, one action at a time on its droplet (or on the volume when detached). */
  private Volume grow(Volume volume, int sizeGigabytes) {
    String key =
        volume.dropletIds().isEmpty()
            ? "volume:" + volume.id()
            : "droplet:" + volume.dropletIds().get(0);
    return DropletLocks.withLock(
        baseUrl,
        key,
        () -> {
          runAction(
              volume,
              VolumeWire.VolumeAction.resize(sizeGigabytes, volume.regionSlug()),
              now -> now.sizeGigabytes() >= sizeGigabytes);
          return get(volume.id());
        });
  }

  /**
   * Adds (creating the tag first, which is idempotent) or removes one tag of a volume, as the
   * change says.
   */
  private void retag(String volumeId, FieldChange change) {
    VolumeWire.TagResources body = VolumeWire.TagResources.volume(volumeId);
    if (change.after().isPresent()) {
      String tag = change.after().get();
      api.send(
          ApiRequest.of(VolumesOperations.TAGS_CREATE).body(new VolumeWire.CreateTag(tag)).build());
      api.send(
          ApiRequest.of(VolumesOperations.TAGS_ASSIGN_RESOURCES)
              .pathParam("tag_id", tag)
              .body(body)
              .build());
    } else {
      api.send(
          ApiRequest.of(VolumesOperations.TAGS_UNASSIGN_RESOURCES)
              .pathParam("tag_id", change.before().orElseThrow())
              .body(body)
              .build());
    }
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
  /**
   * Sends a volume action and waits for it. Nothing is sent twice: after a lost answer, a 5xx, or a
   * 409/422 refusal, the volume is checked first; the action counts as done when its goal already
   * holds (detaching a detached volume), and when an action of this type is already running on the
   * volume (the one whose answer was lost), that action is awaited instead of starting another.
   */
  private void runAction(Volume volume, VolumeWire.VolumeAction body, Predicate<Volume> goal) {
    ApiRequest post =
        ApiRequest.of(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)
            .pathParam("volume_id", volume.id())
            .body(body)
            .build();
    String what = body.type() + " of volume " + volume.name();
    String actionType = body.type() + "_volume";
    AtomicReference<@Nullable Action> inFlight = new AtomicReference<>();
    BooleanSupplier settled =
        () -> {
          if (goal.test(get(volume.id()))) {
            return true;
          }
          Optional<Action> running = running(volume.id(), actionType);
          running.ifPresent(inFlight::set);
          return running.isPresent();
        };
    Optional<Optional<Action>> started =
        waiter.until(
            "DigitalOcean to accept the " + what + " (the droplet has a pending event)",
            () -> tryPost(post, settled),
            accepted -> accepted.isPresent() ? WaitState.DONE : WaitState.PENDING,
            accepted -> "a pending event on the droplet",
            actionTimeout);
    Optional<Action> action = started.orElseThrow().or(() -> Optional.ofNullable(inFlight.get()));
    if (action.isEmpty()) {
      return; // the goal held without an action to wait for
    }
    long actionId = action.get().id();
    waiter.until(
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
        a -> a.describe() + " with status " + a.status(),
        actionTimeout);
  }

  /**
   * The action of this type still in progress on the volume, if any ({@code volumeActions_list}).
   */
  private Optional<Action> running(String volumeId, String actionType) {
    return api.<Action>listAll(
            ApiRequest.of(VolumesOperations.VOLUME_ACTIONS_LIST)
                .pathParam("volume_id", volumeId)
                .build(),
            "actions",
            Action.class,
            Action::id)
        .filter(a -> a.type().equals(actionType) && a.status() == Action.Status.IN_PROGRESS)
        .findFirst();
  }

  /**
   * The action, or empty inside when its goal already held; empty outside while the droplet has a
   * pending event.
   */
  private Optional<Optional<Action>> tryPost(ApiRequest post, BooleanSupplier goalHolds) {
    try {
      return Optional.of(api.act(post, "action", Action.class, goalHolds));
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
