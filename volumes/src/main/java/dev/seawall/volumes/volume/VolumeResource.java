package dev.seawall.volumes.volume;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.Observation;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.volumes.VolumesOperations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A block-storage volume as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * optionally attached to a droplet of the stack ({@link Builder#attachTo(StackResource)}). Without
 * {@code filesystemType} in the spec the volume stays raw and LUKS-ready (SW-VOL-001); provision it
 * with {@code LuksProvisioning}.
 *
 * <pre>{@code
 * VolumeResource data = VolumeResource.builder(client, "pgdata",
 *         VolumeSpec.builder().sizeGigabytes(100).region("fra1"))
 *     .attachTo(web1)
 *     .build();
 * }</pre>
 *
 * <p>Planning diffs the spec with the volume of the same name in the region (see {@link
 * VolumeService#apply(VolumeSpec)}: it grows, its tags change, the rest is fixed at creation) and
 * the attachment with the volume's {@code droplet_ids}: {@code droplet_ids: + <droplet id>} when it
 * is not attached, no change when it is attached to that droplet, refused when it is attached to
 * another droplet or the droplet is in another region. Applying does exactly that, so applying
 * twice creates and attaches nothing new.
 *
 * <p>Outputs: {@code region}, {@code urn} ({@code do:volume:<id>}), {@code device_path} ({@code
 * /dev/disk/by-id/scsi-0DO_Volume_<name>} on the droplet). Token scopes: {@code
 * block_storage:read}, and those of the writes that will run: {@code block_storage:create}; {@code
 * block_storage_action:create}, {@code block_storage_action:read} to grow; {@code tag:create},
 * {@code tag:delete} to retag; {@code droplet:read} and the action scopes to attach.
 */
public final class VolumeResource extends SpecResource<VolumeSpec, Volume> {
  /** The resource kind: {@value}. */
  public static final String KIND = "volume";

  /** The kind a volume attaches to. */
  static final String DROPLET_KIND = "droplet";

  /** The attachment's field in a diff, as the API names it. */
  static final String DROPLET_IDS = "droplet_ids";

  private final VolumeService service;
  private final @Nullable ResourceKey droplet;

  private VolumeResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        dependencies(builder));
    this.service = new VolumeService(builder.client);
    this.droplet = builder.droplet;
  }

  private static Set<ResourceKey> dependencies(Builder builder) {
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.dependencies());
    if (builder.droplet != null) {
      dependencies.add(builder.droplet);
    }
    return dependencies;
  }

  /**
   * A volume resource for a built spec, not attached.
   *
   * @param client the client the volume is created with
   * @param spec the volume; its name is the resource name
   */
  public static VolumeResource of(DigitalOcean client, VolumeSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a volume resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the volume is created with
   * @param name the volume name (unique per region), also the resource name; set on {@code spec}
   * @param spec the volume without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, VolumeSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The droplet of the stack the volume is attached to, if any. */
  public Optional<ResourceKey> attachedTo() {
    return Optional.ofNullable(droplet);
  }

  @Override
  public Set<String> tags() {
    return spec().map(spec -> Set.copyOf(spec.tags())).orElse(Set.of());
  }

  @Override
  protected ResourceService<VolumeSpec, Volume> service() {
    return service;
  }

  @Override
  protected String id(Volume volume) {
    return volume.id();
  }

  /** {@code attached} or {@code available}. */
  @Override
  protected String status(Volume volume) {
    return volume.isAttached() ? "attached" : "available";
  }

  @Override
  protected Map<String, String> outputs(Volume volume) {
    return Map.of(
        "region",
        volume.regionSlug(),
        "device_path",
        volume.devicePath(),
        "urn",
        "do:volume:" + volume.id());
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(VolumeSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(VolumesOperations.VOLUMES_LIST);
  }

  @Override
  protected List<Operation> createOperations() {
    return withAttach(List.of(VolumesOperations.VOLUMES_CREATE));
  }

  @Override
  protected List<Operation> updateOperations() {
    List<Operation> change = new ArrayList<>(VolumeService.RESIZE_OPERATIONS);
    change.addAll(VolumeService.RETAG_OPERATIONS);
    return withAttach(change);
  }

  /**
   * Reads the volume of the spec's name in its region and diffs it with the spec, plus the
   * attachment; sends nothing. The operations are the reads and the writes of only the changes
   * planned.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    VolumeSpec spec = requireSpec();
    Optional<Volume> observed = service.observe(spec);
    Diff diff = service.diff(spec, observed).plus(attachment(spec, observed, context));
    return new ResourcePlan(
        key(),
        diff,
        observed.map(Volume::id),
        observed.map(this::outputs).orElse(Map.of()),
        operationsFor(diff),
        Optional.of(Observation.of(observed, diff.action())));
  }

  /**
   * Creates the volume or changes it in place as planned, then attaches it to the droplet unless it
   * is attached to it already; waits for every action.
   *
   * @throws InvalidSpecException if the spec is invalid; nothing is sent
   * @throws RefusedChangeException if the spec or the attachment asks for a change that cannot be
   *     made (a smaller size, a field fixed at creation, a volume attached to another droplet or a
   *     droplet in another region); nothing is sent
   */
  @Override
  public AppliedResource apply(StackContext context) {
    VolumeSpec spec = requireSpec();
    Optional<Volume> observed = observed(spec, context);
    Diff own = service.diff(spec, observed);
    List<FieldChange> attachment = attachment(spec, observed, context);
    Diff diff = own.plus(attachment);
    if (diff.action() == Diff.Action.REFUSED) {
      throw new RefusedChangeException(key().toString(), diff);
    }
    Volume volume;
    if (observed.isEmpty()) {
      volume = service.create(spec);
    } else if (own.isNone()) {
      volume = observed.get();
    } else {
      volume = service.update(observed.get().id(), spec);
    }
    if (!attachment.isEmpty()) {
      volume = service.attach(volume.id(), context.numericId(Objects.requireNonNull(droplet)));
    }
    return new AppliedResource(key(), volume.id(), status(volume), diff, outputs(volume));
  }

  private VolumeSpec requireSpec() {
    return spec().orElseThrow(() -> new InvalidSpecException(validate()));
  }

  /**
   * The attachment as changes: none without a droplet or when attached to it; {@code droplet_ids: +
   * <id>} to attach; refused when attached elsewhere or the droplet is in another region. While the
   * droplet's id is not known (a live plan before the droplet is applied, or a droplet kind that
   * cannot be planned live yet) a volume attached to some droplet is not refused but shown as
   * {@code droplet_ids: [<id>] → [(known after apply)]}: applying, which knows the id, changes
   * nothing when it is that droplet and refuses before sending anything for the volume when it is
   * another.
   */
  private List<FieldChange> attachment(
      VolumeSpec spec, Optional<Volume> observed, StackContext context) {
    if (droplet == null) {
      return List.of();
    }
    long dropletId = context.numericId(droplet);
    String wanted = String.valueOf(dropletId);
    List<Long> attached = observed.map(Volume::dropletIds).orElse(List.of());
    if (attached.contains(dropletId)) {
      return List.of();
    }
    Optional<String> dropletRegion = context.resolved(droplet).output("region");
    if (dropletRegion.isPresent() && !dropletRegion.get().equals(spec.region())) {
      return List.of(
          FieldChange.refused(
              DROPLET_IDS,
              attached.toString(),
              "[" + wanted + "]",
              droplet
                  + " is in "
                  + dropletRegion.get()
                  + " and a volume attaches only to droplets in its region, "
                  + spec.region()));
    }
    if (!attached.isEmpty() && context.id(droplet).equals(droplet.placeholderUuid())) {
      return List.of(FieldChange.updated(DROPLET_IDS, attached.toString(), "[" + wanted + "]"));
    }
    if (!attached.isEmpty()) {
      return List.of(
          FieldChange.refused(
              DROPLET_IDS,
              attached.toString(),
              "[" + wanted + "]",
              "attached to another droplet: unmount and detach it there first, Seawall never moves"
                  + " a volume on its own"));
    }
    return List.of(FieldChange.added(DROPLET_IDS, wanted));
  }

  /** The reads, plus the writes of the action and of the fields that change. */
  private List<Operation> operationsFor(Diff diff) {
    Set<Operation> operations = new LinkedHashSet<>(readOperations());
    if (diff.action() == Diff.Action.CREATE) {
      operations.add(VolumesOperations.VOLUMES_CREATE);
    }
    if (diff.action().writes()) {
      for (String field : diff.fields()) {
        if (field.equals(DROPLET_IDS)) {
          operations.addAll(VolumeService.ATTACH_OPERATIONS);
        } else if (diff.action() == Diff.Action.UPDATE) {
          operations.addAll(VolumeService.changeOperations(field));
        }
      }
    }
    return List.copyOf(operations);
  }

  private List<Operation> withAttach(List<Operation> operations) {
    List<Operation> all = new ArrayList<>(operations);
    if (droplet != null) {
      all.addAll(VolumeService.ATTACH_OPERATIONS);
    }
    return List.copyOf(new LinkedHashSet<>(all));
  }

  /** Builder for {@link VolumeResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final VolumeSpec.Builder spec;
    private @Nullable ResourceKey droplet;

    private Builder(DigitalOcean client, String name, VolumeSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Attaches the volume to a droplet of the stack, which is applied first. The droplet's id is
     * resolved when the stack is planned and applied (a droplet not created yet shows as {@code
     * (known after apply)}); it must be in the volume's region. Default: not attached.
     *
     * @param droplet the droplet's stack resource (kind {@code droplet})
     * @throws IllegalArgumentException if {@code droplet} is not of kind {@code droplet}
     */
    public Builder attachTo(StackResource droplet) {
      this.droplet =
          referenceTo(
              droplet,
              DROPLET_KIND,
              key ->
                  "a volume attaches to a droplet, not to "
                      + key
                      + "; pass the droplet's resource");
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public VolumeResource build() {
      return new VolumeResource(this);
    }
  }
}
