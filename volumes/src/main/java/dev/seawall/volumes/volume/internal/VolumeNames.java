package dev.seawall.volumes.volume.internal;

import java.util.regex.Pattern;

/** DigitalOcean's naming rules for volumes, region slugs, tags and snapshot ids. */
public final class VolumeNames {
  /** Lower-case letters, digits and {@code -}, starting with a letter, at most 64 characters. */
  private static final Pattern VOLUME_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private static final Pattern REGION = Pattern.compile("[a-z]{2,8}[0-9]{1,2}");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_:-]{1,255}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  /** The rule for volume names, for messages. */
  public static final String VOLUME_NAME_RULE =
      "must be 1 to 64 lower-case letters, digits or '-', starting with a letter";

  /** The rule for region slugs, for messages. */
  public static final String REGION_RULE = "must be a region slug such as nyc3 or fra1";

  /** The rule for tags, for messages. */
  public static final String TAG_RULE =
      "must be 1 to 255 letters, digits, '_', ':' or '-' (DigitalOcean tag names)";

  private VolumeNames() {}

  /** Whether {@code name} is a valid DigitalOcean volume name. */
  public static boolean isVolumeName(String name) {
    return VOLUME_NAME.matcher(name).matches();
  }

  /** Whether {@code slug} looks like a DigitalOcean region slug, e.g. {@code nyc3}. */
  public static boolean isRegion(String slug) {
    return REGION.matcher(slug).matches();
  }

  /** Whether {@code tag} is a valid DigitalOcean tag name. */
  public static boolean isTag(String tag) {
    return TAG.matcher(tag).matches();
  }

  /** Whether {@code id} looks like a DigitalOcean UUID-style id, e.g. a snapshot id. */
  public static boolean isId(String id) {
    return ID.matcher(id).matches();
  }
}
