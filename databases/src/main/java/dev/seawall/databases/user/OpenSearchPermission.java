package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/** What an OpenSearch ACL allows on the matching indexes. */
public enum OpenSearchPermission {
  /** No operation (OpenSearch's default for unmatched indexes). */
  @Json(name = "deny")
  DENY,
  /** Read. */
  @Json(name = "read")
  READ,
  /** Write. */
  @Json(name = "write")
  WRITE,
  /** Read and write. */
  @Json(name = "readwrite")
  READWRITE,
  /** Read, write and administer the index; needs an opt-out. */
  @Json(name = "admin")
  ADMIN,
  /** A permission this version of Seawall does not know; never sent. */
  UNKNOWN
}
