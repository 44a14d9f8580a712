package dev.seawall.databases.user;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Optional;

/**
 * Engine-specific settings of a user ({@code settings}) as read from the API.
 *
 * @param pgAllowReplication PostgreSQL: whether the user has replication privileges
 * @param acl Kafka: topic ACLs
 * @param opensearchAcl OpenSearch: index ACLs
 * @param mongoUserSettings MongoDB: role and databases, if set
 */
public record UserSettings(
    @Json(name = "pg_allow_replication") boolean pgAllowReplication,
    List<KafkaAcl> acl,
    @Json(name = "opensearch_acl") List<OpenSearchAcl> opensearchAcl,
    @Json(name = "mongo_user_settings") Optional<MongoUserSettings> mongoUserSettings) {
  /** Copies the components. */
  public UserSettings {
    acl = List.copyOf(acl);
    opensearchAcl = List.copyOf(opensearchAcl);
  }
}
