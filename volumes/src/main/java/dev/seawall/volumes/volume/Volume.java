package dev.seawall.volumes.volume;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block-storage volume as the API reports it (read model): the response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/volumes_get">volumes_get</a>
 * and {@code volumes_list}.
 *
 * @param id the volume id (a UUID)
 * @param name the volume name, unique per region
 * @param sizeGigabytes the size in GiB (1024^3 bytes)
 * @param region the region the volume lives in; it can only be attached to droplets there
 * @param dropletIds the droplets the volume is attached to (at most one today); empty when detached
 * @param filesystemType the filesystem DigitalOcean pre-formatted the volume with ({@code ext4} or
 *     {@code xfs}); empty for a raw, LUKS-ready volume (the API always reports it)
 * @param filesystemLabel the label of that filesystem; empty when none
 * @param tags the tags (empty list when none); empty when the API did not report them, which it
 *     does only for a token with {@code tag:read} (unknown, so never a change in a diff)
 * @param createdAt when the volume was created, when reported
 * @param description the free-form description; empty when none
 */
public record Volume(
    String id,
    String name,
    @Json(name = "size_gigabytes") int sizeGigabytes,
    Region region,
    @Json(name = "droplet_ids") List<Long> dropletIds,
    @Json(name = "filesystem_type") String filesystemType,
    @Json(name = "filesystem_label") String filesystemLabel,
    Optional<List<String>> tags,
    @Json(name = "created_at") Optional<Instant> createdAt,
    String description) {

  /** Validates and copies the components. */
  public Volume {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    dropletIds = List.copyOf(dropletIds);
    Objects.requireNonNull(filesystemType, "filesystemType");
    Objects.requireNonNull(filesystemLabel, "filesystemLabel");
    tags = tags.map(List::copyOf);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(description, "description");
  }

  /** The region slug, e.g. {@code fra1}. */
  public String regionSlug() {
    return region.slug();
  }

  /** Whether the volume is attached to any droplet. */
  public boolean isAttached() {
    return !dropletIds.isEmpty();
  }

  /** Whether the volume is attached to the droplet {@code dropletId}. */
  public boolean isAttachedTo(long dropletId) {
    return dropletIds.contains(dropletId);
  }

  /** Whether DigitalOcean pre-formatted the volume (it then holds a filesystem, not LUKS). */
  public boolean isPreformatted() {
    return !filesystemType.isBlank();
  }

  /** The pre-formatted filesystem type, when it is one Seawall knows. */
  public Optional<FilesystemType> filesystem() {
    return FilesystemType.fromSlug(filesystemType);
  }

  /** The device path the droplet sees once the volume is attached. */
  public String devicePath() {
    return "/dev/disk/by-id/scsi-0DO_Volume_" + name;
  }

  /**
   * A region as embedded in a volume.
   *
   * @param slug the region slug, e.g. {@code fra1}
   * @param name the display name, e.g. {@code Frankfurt 1}; empty when absent
   */
  public record Region(String slug, String name) {
    /** Validates the components. */
    public Region {
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(name, "name");
    }
  }
}
