package dev.seawall.volumes.volume;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.volumes.VolumesOperations;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A block-storage volume as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * optionally attached to a droplet of the stack ({@link Builder#attachTo(ResourceKey)}, resolved
 * when the stack is applied). Without {@code filesystemType} in the spec the volume stays raw and
 * LUKS-ready (SW-VOL-001); provision it with {@code LuksProvisioning}.
 *
 * <pre>{@code
 * VolumeResource data = VolumeResource.builder(client, "pgdata",
 *         VolumeSpec.builder().sizeGigabytes(100).region("fra1"))
 *     .attachTo(web1.key())
 *     .build();
 * }</pre>
 *
 * <p>Applying creates the volume or finds the one with the same name in the region ({@link
 * VolumeService#create(VolumeSpec)}) and attaches it unless it already is ({@link
 * VolumeService#attach(String, long)}), so applying twice creates and attaches nothing new.
 * Outputs: {@code region}, {@code device_path} ({@code /dev/disk/by-id/scsi-0DO_Volume_<name>} on
 * the droplet). Token scopes: {@code block_storage:read}, {@code block_storage:create}, and with an
 * attachment {@code droplet:read}, {@code block_storage_action:create}, {@code
 * block_storage_action:read} (plus the {@code api:read}/{@code api:write} the spec lists).
 */
public final class VolumeResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "volume";

  private static final List<Operation> CREATE_OPERATIONS =
      List.of(VolumesOperations.VOLUMES_LIST, VolumesOperations.VOLUMES_CREATE);

  private static final List<Operation> ATTACH_OPERATIONS =
      List.of(
          VolumesOperations.VOLUMES_GET,
          VolumesOperations.DROPLETS_GET,
          VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
          VolumesOperations.VOLUME_ACTIONS_GET);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final @Nullable ResourceKey droplet;
  private final @Nullable VolumeSpec spec;
  private final List<Violation> violations;
  private final Set<ResourceKey> dependsOn;

  private VolumeResource(Builder builder) {
    this.client = builder.client;
    this.key = ResourceKey.of(KIND, builder.name);
    this.droplet = builder.droplet;
    Validation<Seq<Violation>, VolumeSpec> result = builder.spec.name(builder.name).validate();
    this.spec = result.isValid() ? result.get() : null;
    this.violations = result.isValid() ? List.of() : result.getError().asJava();
    Set<ResourceKey> dependencies = new LinkedHashSet<>(builder.after);
    if (droplet != null) {
      dependencies.add(droplet);
    }
    this.dependsOn = Set.copyOf(dependencies);
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

  /** The validated spec, if it is valid. */
  public Optional<VolumeSpec> spec() {
    return Optional.ofNullable(spec);
  }

  /** The droplet of the stack the volume is attached to, if any. */
  public Optional<ResourceKey> attachedTo() {
    return Optional.ofNullable(droplet);
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  @Override
  public Set<String> tags() {
    return spec == null ? Set.of() : Set.copyOf(spec.tags());
  }

  @Override
  public List<Operation> operations() {
    if (droplet == null) {
      return CREATE_OPERATIONS;
    }
    List<Operation> all = new ArrayList<>(CREATE_OPERATIONS);
    all.addAll(ATTACH_OPERATIONS);
    return List.copyOf(all);
  }

  @Override
  public List<Violation> validate() {
    return violations;
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return spec == null ? List.of() : spec.acknowledgedRisks();
  }

  /**
   * Creates the volume (or finds the existing one) and attaches it to the droplet unless it is
   * attached already.
   *
   * @throws InvalidSpecException if the spec is invalid, or the droplet is in another region
   * @throws VolumeAttachedException if the volume is attached to another droplet
   */
  @Override
  public AppliedResource apply(StackContext context) {
    if (spec == null) {
      throw new InvalidSpecException(violations);
    }
    VolumeService volumes = new VolumeService(client);
    boolean existed = volumes.find(spec.name(), spec.region()).isPresent();
    Volume volume = volumes.create(spec);
    if (droplet != null) {
      volume = volumes.attach(volume.id(), Long.parseLong(context.resolved(droplet).id()));
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("region", volume.regionSlug());
    outputs.put("device_path", volume.devicePath());
    return new AppliedResource(
        key, volume.id(), volume.isAttached() ? "attached" : "available", !existed, outputs);
  }

  @Override
  public String toString() {
    return "VolumeResource[" + key + "]";
  }

  /** Builder for {@link VolumeResource}. */
  public static final class Builder {
    private final DigitalOcean client;
    private final String name;
    private final VolumeSpec.Builder spec;
    private @Nullable ResourceKey droplet;
    private final Set<ResourceKey> after = new LinkedHashSet<>();

    private Builder(DigitalOcean client, String name, VolumeSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Attaches the volume to a droplet of the stack (its id is resolved at apply time; the droplet
     * must be in the volume's region).
     */
    public Builder attachTo(ResourceKey droplet) {
      this.droplet = Objects.requireNonNull(droplet, "droplet");
      return this;
    }

    /** Applies this volume only after {@code others} (ordering without a reference). */
    public Builder after(ResourceKey... others) {
      for (ResourceKey other : others) {
        after.add(Objects.requireNonNull(other, "other"));
      }
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public VolumeResource build() {
      return new VolumeResource(this);
    }
  }
}
