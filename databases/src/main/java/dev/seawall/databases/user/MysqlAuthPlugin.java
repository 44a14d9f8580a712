package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/** The authentication plugin of a MySQL user ({@code mysql_settings.auth_plugin}). */
public enum MysqlAuthPlugin {
  /** SHA-256 based, the MySQL 8 default and Seawall's default. */
  @Json(name = "caching_sha2_password")
  CACHING_SHA2_PASSWORD,
  /**
   * The legacy SHA-1 based plugin, kept for old clients; needs an opt-out (see {@link
   * DatabaseUserSpec.Builder#allowMysqlNativePassword}).
   */
  @Json(name = "mysql_native_password")
  MYSQL_NATIVE_PASSWORD,
  /** A plugin this version of Seawall does not know; never sent. */
  UNKNOWN
}
