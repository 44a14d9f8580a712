package dev.seawall.databases.user;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A database user to create ({@code POST /v2/databases/{id}/users}, operation {@code
 * databases_add_user}) with the least privilege the engine supports:
 *
 * <ul>
 *   <li>PostgreSQL: no replication rights ({@code pg_allow_replication=false}); opt-out {@link
 *       Builder#allowReplication(Justification)};
 *   <li>MySQL: {@code caching_sha2_password}; the legacy {@code mysql_native_password} needs {@link
 *       Builder#allowMysqlNativePassword(Justification)};
 *   <li>MongoDB: role {@code readOnly} on the databases named with {@link
 *       Builder#addMongoDatabase(String)} (at least one); {@code readWrite} by {@link
 *       Builder#mongoRole(MongoRole)}; {@code dbAdmin} needs {@link
 *       Builder#allowAdminPermissions(Justification)};
 *   <li>Kafka: at least one topic ACL; {@code admin} ACLs need {@link
 *       Builder#allowAdminPermissions(Justification)};
 *   <li>OpenSearch: at least one index ACL; {@code admin} ACLs need {@link
 *       Builder#allowAdminPermissions(Justification)};
 *   <li>Valkey and Redis have no users managed through the API.
 * </ul>
 *
 * <p>PostgreSQL and MySQL users get their table privileges by {@code GRANT} statements run by the
 * application's migration, which the API does not manage. Rule of the opt-outs: SW-DB-005.
 */
public final class DatabaseUserSpec {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,62}");

  private final DatabaseEngine engine;
  private final String name;
  private final MysqlAuthPlugin mysqlAuthPlugin;
  private final boolean pgAllowReplication;
  private final List<KafkaAcl> kafkaAcls;
  private final List<OpenSearchAcl> openSearchAcls;
  private final MongoRole mongoRole;
  private final List<String> mongoDatabases;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private DatabaseUserSpec(Builder builder) {
    this.engine = builder.engine;
    this.name = builder.name;
    this.mysqlAuthPlugin = builder.mysqlAuthPlugin;
    this.pgAllowReplication = builder.pgAllowReplication;
    this.kafkaAcls = List.copyOf(builder.kafkaAcls);
    this.openSearchAcls = List.copyOf(builder.openSearchAcls);
    this.mongoRole = builder.mongoRole;
    this.mongoDatabases = List.copyOf(builder.mongoDatabases);
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
  }

  /**
   * Starts a builder.
   *
   * @param engine the engine of the cluster the user is created in
   * @param name the user name: 1-63 letters, digits, {@code _} or {@code -} (MySQL: at most 32),
   *     starting with a letter or {@code _}; not {@code doadmin}
   * @return the builder
   */
  public static Builder builder(DatabaseEngine engine, String name) {
    return new Builder(engine, name);
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(engine, name);
    builder.mysqlAuthPlugin = mysqlAuthPlugin;
    builder.pgAllowReplication = pgAllowReplication;
    builder.kafkaAcls.addAll(kafkaAcls);
    builder.openSearchAcls.addAll(openSearchAcls);
    builder.mongoRole = mongoRole;
    builder.mongoDatabases.addAll(mongoDatabases);
    builder.acknowledgedRisks.addAll(acknowledgedRisks);
    return builder;
  }

  /** The engine of the cluster the user is for. */
  public DatabaseEngine engine() {
    return engine;
  }

  /** The user name. */
  public String name() {
    return name;
  }

  /** MySQL: the authentication plugin; default {@code caching_sha2_password}. */
  public MysqlAuthPlugin mysqlAuthPlugin() {
    return mysqlAuthPlugin;
  }

  /** PostgreSQL: whether the user gets replication rights; default false. */
  public boolean pgAllowReplication() {
    return pgAllowReplication;
  }

  /** Kafka: the topic ACLs. */
  public List<KafkaAcl> kafkaAcls() {
    return kafkaAcls;
  }

  /** OpenSearch: the index ACLs. */
  public List<OpenSearchAcl> openSearchAcls() {
    return openSearchAcls;
  }

  /** MongoDB: the role; default {@code readOnly}. */
  public MongoRole mongoRole() {
    return mongoRole;
  }

  /** MongoDB: the databases the role applies to. */
  public List<String> mongoDatabases() {
    return mongoDatabases;
  }

  /** Every risk accepted through an opt-out. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public String toString() {
    return "DatabaseUserSpec[engine=" + engine.slug() + ", name=" + name + "]";
  }

  /** Builder of {@link DatabaseUserSpec}; setters copy, plural setters replace, addX appends. */
  public static final class Builder {
    private final DatabaseEngine engine;
    private final String name;
    private MysqlAuthPlugin mysqlAuthPlugin = MysqlAuthPlugin.CACHING_SHA2_PASSWORD;
    private boolean pgAllowReplication;
    private final List<KafkaAcl> kafkaAcls = new ArrayList<>();
    private final List<OpenSearchAcl> openSearchAcls = new ArrayList<>();
    private MongoRole mongoRole = MongoRole.READ_ONLY;
    private final List<String> mongoDatabases = new ArrayList<>();
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder(DatabaseEngine engine, String name) {
      this.engine = Objects.requireNonNull(engine, "engine");
      this.name = Objects.requireNonNull(name, "name").strip();
    }

    /**
     * Opt-out of SW-DB-005 (MySQL): uses the legacy SHA-1 based {@code mysql_native_password}
     * plugin for clients that cannot do {@code caching_sha2_password}. Risk: weaker password
     * hashing.
     *
     * @param justification why this is acceptable
     * @return this builder
     */
    public Builder allowMysqlNativePassword(Justification justification) {
      acknowledge(justification, "mysql_native_password");
      mysqlAuthPlugin = MysqlAuthPlugin.MYSQL_NATIVE_PASSWORD;
      return this;
    }

    /**
     * Opt-out of SW-DB-005 (PostgreSQL): grants replication rights ({@code pg_allow_replication}).
     * Risk: the user can stream every change of every database.
     *
     * @param justification why this is acceptable, e.g. a change-data-capture pipeline
     * @return this builder
     */
    public Builder allowReplication(Justification justification) {
      acknowledge(justification, "pg_allow_replication");
      pgAllowReplication = true;
      return this;
    }

    /**
     * Opt-out of SW-DB-005 (Kafka, OpenSearch, MongoDB): permits {@code admin} ACLs and the MongoDB
     * {@code dbAdmin} role. Risk: the user can delete or reconfigure topics, indexes or
     * collections.
     *
     * @param justification why this is acceptable
     * @return this builder
     */
    public Builder allowAdminPermissions(Justification justification) {
      acknowledge(justification, "admin permissions");
      return this;
    }

    /** Kafka: replaces the topic ACLs (at least one is required for Kafka users). */
    public Builder kafkaAcls(Collection<KafkaAcl> acls) {
      kafkaAcls.clear();
      acls.forEach(acl -> kafkaAcls.add(Objects.requireNonNull(acl, "acl")));
      return this;
    }

    /**
     * Kafka: appends a topic ACL.
     *
     * @param topic a regular expression matching topic names, e.g. {@code orders}
     * @param permission what the user may do; {@code admin} needs {@link #allowAdminPermissions}
     * @return this builder
     */
    public Builder addKafkaAcl(String topic, KafkaPermission permission) {
      kafkaAcls.add(KafkaAcl.of(Objects.requireNonNull(topic, "topic").strip(), permission));
      return this;
    }

    /** OpenSearch: replaces the index ACLs (at least one is required for OpenSearch users). */
    public Builder openSearchAcls(Collection<OpenSearchAcl> acls) {
      openSearchAcls.clear();
      acls.forEach(acl -> openSearchAcls.add(Objects.requireNonNull(acl, "acl")));
      return this;
    }

    /**
     * OpenSearch: appends an index ACL.
     *
     * @param index a regular expression matching index names, e.g. {@code logs-.*}
     * @param permission what the user may do; {@code admin} needs {@link #allowAdminPermissions}
     * @return this builder
     */
    public Builder addOpenSearchAcl(String index, OpenSearchPermission permission) {
      openSearchAcls.add(
          new OpenSearchAcl(Objects.requireNonNull(index, "index").strip(), permission));
      return this;
    }

    /**
     * MongoDB: sets the role. Default {@code readOnly}; {@code dbAdmin} needs {@link
     * #allowAdminPermissions}.
     */
    public Builder mongoRole(MongoRole role) {
      this.mongoRole = Objects.requireNonNull(role, "role");
      return this;
    }

    /** MongoDB: replaces the databases the role applies to (at least one is required). */
    public Builder mongoDatabases(Collection<String> databases) {
      mongoDatabases.clear();
      databases.forEach(this::addMongoDatabase);
      return this;
    }

    /**
     * MongoDB: appends a database the role applies to; {@code admin} means every database.
     *
     * @param database the database name
     * @return this builder
     */
    public Builder addMongoDatabase(String database) {
      mongoDatabases.add(Objects.requireNonNull(database, "database").strip());
      return this;
    }

    private void acknowledge(Justification justification, String detail) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              DatabasesRules.SW_DB_005,
              Objects.requireNonNull(justification, "justification"),
              detail));
    }

    private boolean acknowledged(String detail) {
      return acknowledgedRisks.stream()
          .anyMatch(
              r -> r.ruleId().equals(DatabasesRules.SW_DB_005.id()) && r.detail().equals(detail));
    }

    /**
     * Checks every field and rule at once.
     *
     * @return the spec, or every violation (SW-DB-005, SW-INPUT-001)
     */
    public Validation<Seq<Violation>, DatabaseUserSpec> validate() {
      Checks checks = Checks.on("databaseUser/" + (name.isEmpty() ? "<unnamed>" : name));
      if (!NAME.matcher(name).matches()) {
        checks.invalid(
            "name", "must be 1-63 letters, digits, '_' or '-', starting with a letter or '_'");
      } else if (engine.isMysql() && name.length() > 32) {
        checks.invalid("name", "MySQL user names are at most 32 characters");
      }
      if (name.equals("doadmin")) {
        checks.invalid("name", "doadmin is the cluster's administrative user");
      }
      if (!engine.hasUsers()) {
        checks.invalid(
            "engine",
            (engine == DatabaseEngine.UNKNOWN ? "an unknown engine" : engine.slug())
                + " has no users managed through the API");
      }
      checkEngineSpecific(checks);
      return checks.result(() -> new DatabaseUserSpec(this));
    }

    /**
     * Validates and builds the spec.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public DatabaseUserSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private void checkEngineSpecific(Checks checks) {
      notFor(checks, !kafkaAcls.isEmpty() && engine != DatabaseEngine.KAFKA, "kafkaAcls", "Kafka");
      notFor(
          checks,
          !openSearchAcls.isEmpty() && engine != DatabaseEngine.OPENSEARCH,
          "openSearchAcls",
          "OpenSearch");
      notFor(
          checks,
          (!mongoDatabases.isEmpty() || mongoRole != MongoRole.READ_ONLY)
              && engine != DatabaseEngine.MONGODB,
          "mongoRole",
          "MongoDB");
      notFor(
          checks, pgAllowReplication && !engine.isPostgresql(), "pgAllowReplication", "PostgreSQL");
      notFor(
          checks,
          mysqlAuthPlugin != MysqlAuthPlugin.CACHING_SHA2_PASSWORD && !engine.isMysql(),
          "mysqlAuthPlugin",
          "MySQL");
      if (engine == DatabaseEngine.KAFKA) {
        if (kafkaAcls.isEmpty()) {
          checks.invalid(
              "kafkaAcls",
              "a Kafka user needs at least one topic ACL, e.g. addKafkaAcl(\"orders\","
                  + " KafkaPermission.CONSUME)");
        }
        for (int i = 0; i < kafkaAcls.size(); i++) {
          KafkaAcl acl = kafkaAcls.get(i);
          checkAcl(checks.at("kafkaAcls[" + i + "]"), acl.topic(), "topic");
          if (acl.permission() == KafkaPermission.UNKNOWN) {
            checks.at("kafkaAcls[" + i + "]").invalid("permission", "is unknown");
          }
          refuseAdmin(checks.at("kafkaAcls[" + i + "]"), acl.permission() == KafkaPermission.ADMIN);
        }
      }
      if (engine == DatabaseEngine.OPENSEARCH) {
        if (openSearchAcls.isEmpty()) {
          checks.invalid(
              "openSearchAcls",
              "an OpenSearch user needs at least one index ACL, e.g. addOpenSearchAcl(\"logs-.*\","
                  + " OpenSearchPermission.READ)");
        }
        for (int i = 0; i < openSearchAcls.size(); i++) {
          OpenSearchAcl acl = openSearchAcls.get(i);
          checkAcl(checks.at("openSearchAcls[" + i + "]"), acl.index(), "index");
          if (acl.permission() == OpenSearchPermission.UNKNOWN) {
            checks.at("openSearchAcls[" + i + "]").invalid("permission", "is unknown");
          }
          refuseAdmin(
              checks.at("openSearchAcls[" + i + "]"),
              acl.permission() == OpenSearchPermission.ADMIN);
        }
      }
      if (engine == DatabaseEngine.MONGODB) {
        if (mongoDatabases.isEmpty()) {
          checks.invalid(
              "mongoDatabases",
              "a MongoDB user needs at least one database, e.g. addMongoDatabase(\"orders\")");
        }
        for (int i = 0; i < mongoDatabases.size(); i++) {
          if (mongoDatabases.get(i).isEmpty()) {
            checks.invalid("mongoDatabases[" + i + "]", "must not be blank");
          }
        }
        if (mongoRole == MongoRole.UNKNOWN) {
          checks.invalid("mongoRole", "is unknown");
        }
        refuseAdmin(checks.at("mongoRole"), mongoRole == MongoRole.DB_ADMIN);
      }
    }

    private static void notFor(Checks checks, boolean set, String field, String engineName) {
      if (set) {
        checks.invalid(field, "applies to " + engineName + " users only");
      }
    }

    private static void checkAcl(Checks checks, String pattern, String field) {
      if (pattern.isEmpty()) {
        checks.invalid(field, "must not be blank");
        return;
      }
      try {
        Pattern.compile(pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        checks.invalid(field, "is not a regular expression: " + e.getDescription());
      }
    }

    private void refuseAdmin(Checks checks, boolean admin) {
      if (admin && !acknowledged("admin permissions")) {
        checks.refuse(
            DatabasesRules.SW_DB_005,
            "administrative permission; grant the narrowest permission the application needs; to"
                + " accept this risk use allowAdminPermissions(Justification)");
      }
    }
  }
}
