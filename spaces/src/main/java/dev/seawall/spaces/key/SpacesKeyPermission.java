package dev.seawall.spaces.key;

import com.squareup.moshi.Json;

/** What a Spaces access key may do on a bucket ({@code permission} of a grant). */
public enum SpacesKeyPermission {
  /** List and download objects of the bucket. */
  @Json(name = "read")
  READ,
  /** Also upload, copy and delete objects of the bucket. */
  @Json(name = "readwrite")
  READ_WRITE,
  /** Everything on every bucket of the account, including creating and deleting buckets. */
  @Json(name = "fullaccess")
  FULL_ACCESS,
  /** No permission (an empty string in the API). */
  @Json(name = "")
  NONE,
  /** A permission this version of Seawall does not know. */
  UNKNOWN
}
