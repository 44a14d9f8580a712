package dev.seawall.compute.droplet;

import com.squareup.moshi.Json;

/** The state of a droplet ({@code status}). */
public enum DropletStatus {
  /** Being created. */
  @Json(name = "new")
  NEW,
  /** Running. */
  @Json(name = "active")
  ACTIVE,
  /** Powered off. */
  @Json(name = "off")
  OFF,
  /** Archived. */
  @Json(name = "archive")
  ARCHIVE,
  /** A status this version of Seawall does not know. */
  UNKNOWN
}
