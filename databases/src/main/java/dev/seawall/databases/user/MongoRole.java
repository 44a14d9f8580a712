package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/** The MongoDB built-in role of a user ({@code settings.mongo_user_settings.role}). */
public enum MongoRole {
  /** MongoDB {@code read}: Seawall's default. */
  @Json(name = "readOnly")
  READ_ONLY,
  /** MongoDB {@code readWrite}. */
  @Json(name = "readWrite")
  READ_WRITE,
  /** MongoDB {@code dbAdmin}: schema and index administration; needs an opt-out. */
  @Json(name = "dbAdmin")
  DB_ADMIN,
  /** A role this version of Seawall does not know; never sent. */
  UNKNOWN
}
