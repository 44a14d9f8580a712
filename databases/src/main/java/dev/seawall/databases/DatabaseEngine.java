package dev.seawall.databases;

import com.squareup.moshi.Json;
import java.util.Optional;

/**
 * A DigitalOcean managed database engine, by its API slug ({@code engine} of a database cluster).
 * {@link #UNKNOWN} stands for an engine slug this version of Seawall does not know.
 */
public enum DatabaseEngine {
  /** PostgreSQL, slug {@code pg}. */
  @Json(name = "pg")
  PG("pg", Family.POSTGRESQL),
  /** MySQL, slug {@code mysql}. */
  @Json(name = "mysql")
  MYSQL("mysql", Family.MYSQL),
  /**
   * Caching (Redis), slug {@code redis}: DigitalOcean no longer creates such clusters (since
   * 2025-04-30); only existing ones are read.
   */
  @Json(name = "redis")
  REDIS("redis", Family.OTHER),
  /** Valkey, slug {@code valkey}. */
  @Json(name = "valkey")
  VALKEY("valkey", Family.OTHER),
  /** MongoDB, slug {@code mongodb}. */
  @Json(name = "mongodb")
  MONGODB("mongodb", Family.OTHER),
  /** Kafka, slug {@code kafka}. */
  @Json(name = "kafka")
  KAFKA("kafka", Family.OTHER),
  /** OpenSearch, slug {@code opensearch}. */
  @Json(name = "opensearch")
  OPENSEARCH("opensearch", Family.OTHER),
  /** PostgreSQL Advanced Edition (public preview), slug {@code advanced_pg}. */
  @Json(name = "advanced_pg")
  ADVANCED_PG("advanced_pg", Family.POSTGRESQL),
  /** MySQL Advanced Edition (public preview), slug {@code advanced_mysql}. */
  @Json(name = "advanced_mysql")
  ADVANCED_MYSQL("advanced_mysql", Family.MYSQL),
  /** An engine slug this version of Seawall does not know; never sent. */
  UNKNOWN("", Family.OTHER);

  private enum Family {
    POSTGRESQL,
    MYSQL,
    OTHER
  }

  private final String slug;
  private final Family family;

  DatabaseEngine(String slug, Family family) {
    this.slug = slug;
    this.family = family;
  }

  /** The API slug, e.g. {@code pg}; empty for {@link #UNKNOWN}. */
  public String slug() {
    return slug;
  }

  /** Whether this is PostgreSQL (standard or Advanced Edition). */
  public boolean isPostgresql() {
    return family == Family.POSTGRESQL;
  }

  /** Whether this is MySQL (standard or Advanced Edition). */
  public boolean isMysql() {
    return family == Family.MYSQL;
  }

  /** Whether DigitalOcean still creates clusters of this engine (not Redis, not unknown). */
  public boolean isCreatable() {
    return this != REDIS && this != UNKNOWN;
  }

  /** Whether clusters of this engine have database users managed through the API. */
  public boolean hasUsers() {
    return this != REDIS && this != VALKEY && this != UNKNOWN;
  }

  /**
   * The engine with an API slug.
   *
   * @param slug e.g. {@code pg}
   * @return the engine, or empty if the slug is unknown
   */
  public static Optional<DatabaseEngine> fromSlug(String slug) {
    for (DatabaseEngine engine : values()) {
      if (engine != UNKNOWN && engine.slug.equals(slug)) {
        return Optional.of(engine);
      }
    }
    return Optional.empty();
  }
}
