package dev.seawall.databases.user;

import java.util.Objects;

/**
 * A Kafka topic ACL of a user ({@code settings.acl[]}).
 *
 * @param id the ACL's id, computed by the API; empty in specs (never sent)
 * @param topic a regular expression matching the topics, e.g. {@code orders} or {@code orders\..*}
 * @param permission what the user may do on the matching topics
 */
public record KafkaAcl(String id, String topic, KafkaPermission permission) {
  /** Validates the components. */
  public KafkaAcl {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(permission, "permission");
  }

  /**
   * An ACL to send.
   *
   * @param topic the topic regular expression
   * @param permission the permission
   * @return the ACL, without id
   */
  public static KafkaAcl of(String topic, KafkaPermission permission) {
    return new KafkaAcl("", topic, permission);
  }
}
