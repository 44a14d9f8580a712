package dev.seawall.apps.app;

import java.util.Objects;

/**
 * A managed database cluster an app is bound to ({@code app_database_spec}, production): its
 * components reach it through bindable variables such as {@code ${<name>.DATABASE_URL}} (see {@link
 * EnvVar#binding}), never a pasted password (SW-APP-002).
 *
 * @param name the name components bind by, e.g. {@code db}
 * @param clusterName the name of the existing DigitalOcean database cluster
 * @param engine {@code PG}, {@code MYSQL}, {@code REDIS}, {@code VALKEY}, {@code MONGODB}, {@code
 *     KAFKA} or {@code OPENSEARCH}
 * @param dbName the database to connect to; empty for the cluster's default
 * @param dbUser the database user to connect as; empty for the cluster's default user
 */
public record AppDatabase(
    String name, String clusterName, String engine, String dbName, String dbUser) {
  /** Validates the components. */
  public AppDatabase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(dbName, "dbName");
    Objects.requireNonNull(dbUser, "dbUser");
  }

  /** Binds the cluster {@code clusterName} as {@code name}, with its default database and user. */
  public static AppDatabase cluster(String name, String clusterName, String engine) {
    return new AppDatabase(name, clusterName, engine, "", "");
  }

  /** This binding connecting to {@code dbName} as {@code dbUser} (a least-privilege user). */
  public AppDatabase as(String dbName, String dbUser) {
    return new AppDatabase(name, clusterName, engine, dbName, dbUser);
  }

  @Override
  public String toString() {
    return name
        + " (cluster "
        + clusterName
        + ", "
        + engine
        + (dbName.isEmpty() ? "" : ", db " + dbName)
        + (dbUser.isEmpty() ? "" : ", user " + dbUser)
        + ")";
  }
}
