package dev.seawall.spaces.key;

import com.squareup.moshi.Json;

/** What a Spaces access key may do on a bucket ({@code permission} of a grant). */
public enum SpacesKeyPermission {
  /** List and download objects of the bucket. */
  @Json(name = "read")
  READ("read"),
  /** Also upload, copy and delete objects of the bucket. */
  @Json(name = "readwrite")
  READ_WRITE("readwrite"),
  /** Everything on every bucket of the account, including creating and deleting buckets. */
  @Json(name = "fullaccess")
  FULL_ACCESS("fullaccess"),
  /** No permission (an empty string in the API). */
  @Json(name = "")
  NONE(""),
  /** A permission this version of Seawall does not know. */
  UNKNOWN("unknown");

  private final String value;

  SpacesKeyPermission(String value) {
    this.value = value;
  }

  /** The value as the API writes it, e.g. {@code readwrite}. */
  public String value() {
    return value;
  }
}
