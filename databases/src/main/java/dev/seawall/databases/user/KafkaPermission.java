package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/** What a Kafka ACL allows on the matching topics. */
public enum KafkaPermission {
  /** Consume messages. */
  @Json(name = "consume")
  CONSUME,
  /** Publish messages. */
  @Json(name = "produce")
  PRODUCE,
  /** Consume and publish. */
  @Json(name = "produceconsume")
  PRODUCECONSUME,
  /** Consume, publish and administer (delete, update) topics; needs an opt-out. */
  @Json(name = "admin")
  ADMIN,
  /** A permission this version of Seawall does not know; never sent. */
  UNKNOWN
}
