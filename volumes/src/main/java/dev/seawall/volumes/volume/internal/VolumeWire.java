package dev.seawall.volumes.volume.internal;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request bodies and partial responses of the volume API. Null components are not sent. */
public final class VolumeWire {
  private VolumeWire() {}

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
   * The part of a droplet the attach check needs.
   *
   * @param id droplet id
   * @param name droplet name
   * @param region the droplet's region
   */
  public record Droplet(long id, String name, Region region) {}

  /**
   * A region object.
   *
   * @param slug region slug
   */
  public record Region(String slug) {}
}
