package dev.seawall.volumes.volume;

import com.squareup.moshi.Json;
import java.util.Locale;
import java.util.Optional;

/**
 * A filesystem a volume can carry: the two types DigitalOcean can pre-format a volume with, and the
 * two types {@link dev.seawall.volumes.luks.LuksProvisioning} creates inside LUKS.
 */
public enum FilesystemType {
  /** ext4; labels up to 16 characters. */
  @Json(name = "ext4")
  EXT4("ext4", 16),
  /** XFS; labels up to 12 characters. */
  @Json(name = "xfs")
  XFS("xfs", 12);

  private final String slug;
  private final int maxLabelLength;

  FilesystemType(String slug, int maxLabelLength) {
    this.slug = slug;
    this.maxLabelLength = maxLabelLength;
  }

  /** The API and {@code mkfs} name, {@code ext4} or {@code xfs}. */
  public String slug() {
    return slug;
  }

  /** The longest filesystem label DigitalOcean accepts for this type, in characters. */
  public int maxLabelLength() {
    return maxLabelLength;
  }

  /**
   * Looks a type up by its slug, ignoring case.
   *
   * @param slug e.g. {@code ext4}
   * @return the type, or empty for an unknown or blank slug
   */
  public static Optional<FilesystemType> fromSlug(String slug) {
    String normalized = slug.strip().toLowerCase(Locale.ROOT);
    for (FilesystemType type : values()) {
      if (type.slug.equals(normalized)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
