package dev.seawall.volumes.volume.internal;

import com.squareup.moshi.Json;
import dev.seawall.volumes.volume.Volume;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A volume exactly as the API writes it ({@code volumes_get}, {@code volumes_list}), with the
 * request bodies of the volume API as nested records (null components are not sent).
 *
 * @param id the UUID
 * @param name the name
 * @param sizeGigabytes the size in GiB
 * @param region the region object
 * @param dropletIds the attached droplets ({@code null} in the API reads as empty)
 * @param filesystemType the pre-formatted filesystem, {@code ""} for none
 * @param filesystemLabel its label, {@code ""} for none
 * @param tags the tags; empty when the API did not report them (it needs {@code tag:read})
 * @param createdAt the creation time
 * @param description the description, {@code ""} for none
 */
public record VolumeWire(
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

  /** The read model. */
  public Volume toModel() {
    return new Volume(
        id,
        name,
        sizeGigabytes,
        new Volume.Region(region.slug(), region.name()),
        dropletIds,
        filesystemType,
        filesystemLabel,
        tags,
        createdAt,
        description);
  }

  /**
   * A region object (of a volume or a droplet).
   *
   * @param slug region slug
   * @param name display name, {@code ""} when absent
   */
  public record Region(String slug, String name) {}

  /**
   * Body of {@code volumes_create}.
   *
   * @param name volume name
   * @param sizeGigabytes size in GiB
   * @param region region slug
   * @param description description, or null to omit
   * @param tags tags, or null to omit
   * @param snapshotId snapshot to restore, or null
   * @param filesystemType pre-format type, or null (LUKS-ready)
   * @param filesystemLabel pre-format label, or null
   */
  public record CreateVolume(
      String name,
      @Json(name = "size_gigabytes") int sizeGigabytes,
      String region,
      @Nullable String description,
      @Nullable List<String> tags,
      @Json(name = "snapshot_id") @Nullable String snapshotId,
      @Json(name = "filesystem_type") @Nullable String filesystemType,
      @Json(name = "filesystem_label") @Nullable String filesystemLabel) {}

  /**
   * Body of {@code volumeActions_post_byId}: attach, detach or resize.
   *
   * @param type {@code attach}, {@code detach} or {@code resize}
   * @param dropletId droplet for attach/detach, else null
   * @param sizeGigabytes new size for resize, else null
   * @param region the volume's region slug
   */
  public record VolumeAction(
      String type,
      @Json(name = "droplet_id") @Nullable Long dropletId,
      @Json(name = "size_gigabytes") @Nullable Integer sizeGigabytes,
      String region) {

    /** An attach action. */
    public static VolumeAction attach(long dropletId, String region) {
      return new VolumeAction("attach", dropletId, null, region);
    }

    /** A detach action. */
    public static VolumeAction detach(long dropletId, String region) {
      return new VolumeAction("detach", dropletId, null, region);
    }

    /** A resize action. */
    public static VolumeAction resize(int sizeGigabytes, String region) {
      return new VolumeAction("resize", null, sizeGigabytes, region);
    }
  }

  /**
   * Body of {@code volumeSnapshots_create}.
   *
   * @param name snapshot name
   * @param tags tags, or null to omit
   */
  public record CreateSnapshot(String name, @Nullable List<String> tags) {}

  /**
   * Body of {@code tags_create}.
   *
   * @param name the tag name
   */
  public record CreateTag(String name) {}

  /**
   * Body of {@code tags_assign_resources} and {@code tags_unassign_resources} naming one volume.
   *
   * @param resources the one resource
   */
  public record TagResources(List<TaggedResource> resources) {
    /** The body naming volume {@code volumeId}. */
    public static TagResources volume(String volumeId) {
      return new TagResources(List.of(new TaggedResource(volumeId, "volume")));
    }
  }

  /**
   * A resource of a tag request.
   *
   * @param resourceId the resource's id, as text
   * @param resourceType {@code volume}
   */
  public record TaggedResource(
      @Json(name = "resource_id") String resourceId,
      @Json(name = "resource_type") String resourceType) {}

  /**
   * The part of a droplet the attach check needs.
   *
   * @param id droplet id
   * @param name droplet name
   * @param region the droplet's region
   */
  public record Droplet(long id, String name, Region region) {}
}
