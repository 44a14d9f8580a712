package dev.seawall.databases.user.internal;

import com.squareup.moshi.Json;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.databases.user.KafkaPermission;
import dev.seawall.databases.user.MongoRole;
import dev.seawall.databases.user.MysqlAuthPlugin;
import dev.seawall.databases.user.OpenSearchPermission;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v2/databases/{id}/users}; null components are omitted.
 *
 * @param name the user name
 * @param mysqlSettings MySQL only
 * @param settings engine-specific settings, if any
 */
public record AddUserBody(
    String name,
    @Json(name = "mysql_settings") @Nullable MysqlSettingsBody mysqlSettings,
    @Nullable SettingsBody settings) {

  /** The body of a validated spec. */
  public static AddUserBody of(DatabaseUserSpec spec) {
    DatabaseEngine engine = spec.engine();
    MysqlSettingsBody mysql =
        engine.isMysql() ? new MysqlSettingsBody(spec.mysqlAuthPlugin()) : null;
    SettingsBody settings = null;
    if (engine.isPostgresql()) {
      settings = new SettingsBody(spec.pgAllowReplication(), null, null, null);
    } else if (engine == DatabaseEngine.KAFKA) {
      settings =
          new SettingsBody(
              null,
              spec.kafkaAcls().stream()
                  .map(acl -> new KafkaAclBody(acl.topic(), acl.permission()))
                  .toList(),
              null,
              null);
    } else if (engine == DatabaseEngine.OPENSEARCH) {
      settings =
          new SettingsBody(
              null,
              null,
              spec.openSearchAcls().stream()
                  .map(acl -> new OpenSearchAclBody(acl.index(), acl.permission()))
                  .toList(),
              null);
    } else if (engine == DatabaseEngine.MONGODB) {
      settings =
          new SettingsBody(
              null, null, null, new MongoSettingsBody(spec.mongoDatabases(), spec.mongoRole()));
    }
    return new AddUserBody(spec.name(), mysql, settings);
  }

  /**
   * {@code mysql_settings}.
   *
   * @param authPlugin the plugin
   */
  public record MysqlSettingsBody(@Json(name = "auth_plugin") MysqlAuthPlugin authPlugin) {}

  /**
   * {@code settings}.
   *
   * @param pgAllowReplication PostgreSQL replication rights
   * @param acl Kafka ACLs
   * @param opensearchAcl OpenSearch ACLs
   * @param mongoUserSettings MongoDB role and databases
   */
  public record SettingsBody(
      @Json(name = "pg_allow_replication") @Nullable Boolean pgAllowReplication,
      @Nullable List<KafkaAclBody> acl,
      @Json(name = "opensearch_acl") @Nullable List<OpenSearchAclBody> opensearchAcl,
      @Json(name = "mongo_user_settings") @Nullable MongoSettingsBody mongoUserSettings) {}

  /**
   * A Kafka ACL without the computed id.
   *
   * @param topic the topic regex
   * @param permission the permission
   */
  public record KafkaAclBody(String topic, KafkaPermission permission) {}

  /**
   * An OpenSearch ACL.
   *
   * @param index the index regex
   * @param permission the permission
   */
  public record OpenSearchAclBody(String index, OpenSearchPermission permission) {}

  /**
   * MongoDB settings.
   *
   * @param databases the databases
   * @param role the role
   */
  public record MongoSettingsBody(List<String> databases, MongoRole role) {}
}
