package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/** The role of a database user as the API reports it. */
public enum DatabaseUserRole {
  /** The cluster's administrative user ({@code doadmin}). */
  @Json(name = "primary")
  PRIMARY,
  /** A user created through the API or control panel. */
  @Json(name = "normal")
  NORMAL,
  /** A role this version of Seawall does not know. */
  UNKNOWN
}
