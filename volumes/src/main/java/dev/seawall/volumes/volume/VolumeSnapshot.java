package dev.seawall.volumes.volume;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a block-storage volume ({@code volumeSnapshots_create}). A snapshot of a LUKS
 * volume holds the encrypted bytes; restoring it needs the same key.
 *
 * @param id the snapshot id
 * @param name the snapshot name
 * @param regions the regions the snapshot is available in (slugs)
 * @param createdAt when it was created, when reported
 * @param minDiskSize the smallest volume size it can be restored to, in GiB
 * @param sizeGigabytes the billable size, in GB
 * @param resourceId the id of the volume it was taken from
 * @param resourceType {@code volume}
 * @param tags the tags, empty when none
 */
public record VolumeSnapshot(
    String id,
    String name,
    List<String> regions,
    @Json(name = "created_at") Optional<Instant> createdAt,
    @Json(name = "min_disk_size") int minDiskSize,
    @Json(name = "size_gigabytes") double sizeGigabytes,
    @Json(name = "resource_id") String resourceId,
    @Json(name = "resource_type") String resourceType,
    List<String> tags) {

  /** Validates and copies the components. */
  public VolumeSnapshot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    regions = List.copyOf(regions);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(resourceType, "resourceType");
    tags = List.copyOf(tags);
  }
}
