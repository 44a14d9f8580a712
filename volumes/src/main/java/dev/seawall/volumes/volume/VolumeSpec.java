package dev.seawall.volumes.volume;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.core.value.TagName;
import dev.seawall.volumes.VolumesRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a block-storage volume should look like: the body of {@code volumes_create}.
 *
 * <p>Volumes are <em>LUKS-ready</em> by default: no {@code filesystem_type} is sent, so
 * DigitalOcean leaves the raw device empty and {@link dev.seawall.volumes.luks.LuksProvisioning}
 * can create LUKS on it and the filesystem inside. Asking DigitalOcean to pre-format the volume
 * ({@link Builder#filesystemType}) is refused under rule SW-VOL-001 unless {@link
 * Builder#preformatWithoutLuks(FilesystemType, Justification)} accepts the risk.
 *
 * <pre>{@code
 * VolumeSpec spec = VolumeSpec.builder()
 *     .name("pgdata")
 *     .sizeGigabytes(100)
 *     .region("fra1")
 *     .addTag("env:prod")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Only {@code sizeGigabytes} (grow only) and {@code tags} change on
 * an existing volume ({@link VolumeService#apply}); the other fields are fixed at creation, and a
 * spec that differs in them is refused, never a reason to replace the volume.
 *
 * @see <a
 *     href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_create">
 *     volumes_create</a>
 */
public final class VolumeSpec {
  /** Smallest volume size DigitalOcean accepts, in GiB. */
  public static final int MIN_SIZE_GIGABYTES = 1;

  /** Largest volume size DigitalOcean accepts (16 TiB), in GiB. */
  public static final int MAX_SIZE_GIGABYTES = 16384;

  /** A volume snapshot id: letters, digits and {@code -}, at most 64 characters. */
  private static final Pattern SNAPSHOT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final String name;
  private final int sizeGigabytes;
  private final String region;
  private final String description;
  private final List<String> tags;
  private final @Nullable String snapshotId;
  private final @Nullable FilesystemType filesystemType;
  private final @Nullable String filesystemLabel;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private VolumeSpec(Builder builder) {
    this.name = builder.name;
    this.sizeGigabytes = builder.sizeGigabytes;
    this.region = builder.region;
    this.description = builder.description;
    this.tags = List.copyOf(builder.tags);
    this.snapshotId = builder.snapshotId;
    this.filesystemType = builder.filesystemType;
    this.filesystemLabel = builder.filesystemLabel;
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
  }

  /** Starts an empty builder; name, size and region are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this spec's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.sizeGigabytes = sizeGigabytes;
    builder.region = region;
    builder.description = description;
    builder.tags.addAll(tags);
    builder.snapshotId = snapshotId;
    builder.filesystemType = filesystemType;
    builder.filesystemLabel = filesystemLabel;
    builder.acknowledgedRisks.addAll(acknowledgedRisks);
    return builder;
  }

  /** The volume name: lower-case letters, digits and {@code -}, starting with a letter, 1..64. */
  public String name() {
    return name;
  }

  /** The size in GiB (1024^3 bytes), 1..16384. */
  public int sizeGigabytes() {
    return sizeGigabytes;
  }

  /** The region slug, e.g. {@code fra1}; the volume can only be attached to droplets there. */
  public String region() {
    return region;
  }

  /** The free-form description; empty when none. */
  public String description() {
    return description;
  }

  /** The tags, in order; empty when none. */
  public List<String> tags() {
    return tags;
  }

  /** The volume snapshot to create the volume from, if any. */
  public Optional<String> snapshotId() {
    return Optional.ofNullable(snapshotId);
  }

  /** The filesystem DigitalOcean pre-formats the volume with; empty (LUKS-ready) by default. */
  public Optional<FilesystemType> filesystemType() {
    return Optional.ofNullable(filesystemType);
  }

  /** The label of the pre-formatted filesystem, if any. */
  public Optional<String> filesystemLabel() {
    return Optional.ofNullable(filesystemLabel);
  }

  /** Whether the raw device is left empty so that LUKS can be created on it. */
  public boolean isLuksReady() {
    return filesystemType == null;
  }

  /** The risks accepted through opt-outs, each with its justification; empty by default. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VolumeSpec other
        && name.equals(other.name)
        && sizeGigabytes == other.sizeGigabytes
        && region.equals(other.region)
        && description.equals(other.description)
        && tags.equals(other.tags)
        && Objects.equals(snapshotId, other.snapshotId)
        && filesystemType == other.filesystemType
        && Objects.equals(filesystemLabel, other.filesystemLabel)
        && acknowledgedRisks.equals(other.acknowledgedRisks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        sizeGigabytes,
        region,
        description,
        tags,
        snapshotId,
        filesystemType,
        filesystemLabel,
        acknowledgedRisks);
  }

  @Override
  public String toString() {
    return "VolumeSpec[name="
        + name
        + ", sizeGigabytes="
        + sizeGigabytes
        + ", region="
        + region
        + ", tags="
        + tags
        + (snapshotId == null ? "" : ", snapshotId=" + snapshotId)
        + (filesystemType == null ? ", luksReady" : ", filesystemType=" + filesystemType.slug())
        + "]";
  }

  /** Builder for {@link VolumeSpec}. Not thread-safe. */
  public static final class Builder {
    private String name = "";
    private int sizeGigabytes;
    private String region = "";
    private String description = "";
    private final List<String> tags = new ArrayList<>();
    private @Nullable String snapshotId;
    private @Nullable FilesystemType filesystemType;
    private @Nullable String filesystemLabel;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the volume name (required): 1 to 64 lower-case letters, digits or {@code -}, starting
     * with a letter. Names are unique per region; the name is also what the droplet sees in {@code
     * /dev/disk/by-id/scsi-0DO_Volume_<name>}.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
      return this;
    }

    /** Sets the size in GiB (required), 1..16384. */
    public Builder sizeGigabytes(int sizeGigabytes) {
      this.sizeGigabytes = sizeGigabytes;
      return this;
    }

    /** Sets the region slug (required), e.g. {@code fra1}. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip();
      return this;
    }

    /**
     * Sets the free-form description; default empty (not sent, and an existing volume's description
     * is then left as it is).
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Replaces the tags (DigitalOcean tag names); default none. */
    public Builder tags(Collection<String> tags) {
      List<String> copy = List.copyOf(tags);
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Appends a tag (a DigitalOcean tag name such as {@code env:prod}). */
    public Builder addTag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * Creates the volume from a volume snapshot. The size must still be at least the snapshot's
     * {@code min_disk_size}; the API checks that. Default: an empty volume.
     */
    public Builder snapshotId(String snapshotId) {
      this.snapshotId = Objects.requireNonNull(snapshotId, "snapshotId").strip();
      return this;
    }

    /**
     * Asks DigitalOcean to pre-format the volume. Refused under SW-VOL-001 (the raw device would
     * then hold a filesystem instead of LUKS) unless {@link #preformatWithoutLuks} accepted the
     * risk. Default: none (LUKS-ready).
     */
    public Builder filesystemType(FilesystemType filesystemType) {
      this.filesystemType = Objects.requireNonNull(filesystemType, "filesystemType");
      return this;
    }

    /**
     * Sets the label of the pre-formatted filesystem (ext4: 16 characters, xfs: 12). Only valid
     * together with a filesystem type.
     */
    public Builder filesystemLabel(String filesystemLabel) {
      this.filesystemLabel = Objects.requireNonNull(filesystemLabel, "filesystemLabel");
      return this;
    }

    /**
     * Opt-out of SW-VOL-001: lets DigitalOcean pre-format the volume with {@code filesystemType},
     * so that its data is <em>not</em> inside LUKS (only DigitalOcean's own at-rest encryption
     * protects it) and a later {@code luksFormat} would have to destroy it.
     *
     * @param filesystemType the filesystem to pre-format with
     * @param justification why the data need not be LUKS-encrypted
     * @return this builder
     */
    public Builder preformatWithoutLuks(
        FilesystemType filesystemType, Justification justification) {
      filesystemType(filesystemType);
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              VolumesRules.SW_VOL_001,
              Objects.requireNonNull(justification, "justification"),
              "pre-formatted with " + filesystemType.slug() + ", not LUKS-ready"));
      return this;
    }

    /**
     * Validates the spec and reports every problem at once.
     *
     * @return the spec, or every violation (SW-INPUT-001 for malformed values, SW-VOL-001)
     */
    public Validation<Seq<Violation>, VolumeSpec> validate() {
      Checks checks = Checks.on("volume/" + (name.isEmpty() ? "?" : name));
      NameRule.VOLUME.check(checks, "name", name);
      if (sizeGigabytes < MIN_SIZE_GIGABYTES || sizeGigabytes > MAX_SIZE_GIGABYTES) {
        checks.invalid(
            "sizeGigabytes",
            "must be between "
                + MIN_SIZE_GIGABYTES
                + " and "
                + MAX_SIZE_GIGABYTES
                + " GiB, was "
                + sizeGigabytes);
      }
      RegionSlug.check(checks, "region", region);
      for (int i = 0; i < tags.size(); i++) {
        TagName.check(checks, "tags[" + i + "]", tags.get(i));
      }
      if (tags.stream().distinct().count() != tags.size()) {
        checks.invalid("tags", "must not repeat a tag");
      }
      if (snapshotId != null && !SNAPSHOT_ID.matcher(snapshotId).matches()) {
        checks.invalid("snapshotId", "must be a volume snapshot id (letters, digits and '-')");
      }
      if (filesystemLabel != null) {
        if (filesystemType == null) {
          checks.invalid(
              "filesystemLabel", "is only valid together with filesystemType (a pre-format)");
        } else if (filesystemLabel.isBlank()
            || filesystemLabel.length() > filesystemType.maxLabelLength()) {
          checks.invalid(
              "filesystemLabel",
              "must be 1 to "
                  + filesystemType.maxLabelLength()
                  + " characters for "
                  + filesystemType.slug());
        }
      }
      checks.refuseUnlessAcknowledged(
          VolumesRules.SW_VOL_001,
          filesystemType != null,
          acknowledgedRisks,
          "filesystemType "
              + (filesystemType == null ? "" : filesystemType.slug())
              + " makes DigitalOcean format the raw device, so the data cannot be inside LUKS;"
              + " leave filesystemType unset and use LuksProvisioning",
          "preformatWithoutLuks(FilesystemType, Justification)");
      return checks.result(() -> new VolumeSpec(this));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every violation when {@link #validate()} fails
     */
    public VolumeSpec build() {
      Validation<Seq<Violation>, VolumeSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
