package dev.seawall.databases.cluster;

import com.squareup.moshi.Json;

/** The status of a database cluster. */
public enum DatabaseClusterStatus {
  /** Being created; not yet accepting connections. */
  @Json(name = "creating")
  CREATING,
  /** Ready to accept connections. */
  @Json(name = "online")
  ONLINE,
  /** Being resized. */
  @Json(name = "resizing")
  RESIZING,
  /** Moving to another region. */
  @Json(name = "migrating")
  MIGRATING,
  /** Being forked from a backup. */
  @Json(name = "forking")
  FORKING,
  /** A status this version of Seawall does not know. */
  UNKNOWN
}
