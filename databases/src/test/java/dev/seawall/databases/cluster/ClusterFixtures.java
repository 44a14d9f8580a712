package dev.seawall.databases.cluster;

import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserRole;
import java.util.List;
import java.util.Optional;

/** Read models for tests. */
final class ClusterFixtures {
  static final String ID = "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30";

  private ClusterFixtures() {}

  static DatabaseConnection connection(String host, String user, String password) {
    String uri =
        password.isEmpty()
            ? ""
            : "postgresql://"
                + user
                + ":"
                + password
                + "@"
                + host
                + ":25060/defaultdb?sslmode=require";
    return new DatabaseConnection(uri, "defaultdb", host, 25060, user, password, true);
  }

  static DatabaseUser user(String name, String password) {
    return new DatabaseUser(
        name, DatabaseUserRole.NORMAL, password, "", "", Optional.empty(), Optional.empty());
  }

  static DatabaseCluster cluster(
      String vpc, String password, DatabaseClusterStatus status, List<DatabaseUser> users) {
    return new DatabaseCluster(
        ID,
        "orders-db",
        DatabaseEngine.PG,
        "17",
        "17.2",
        1,
        "db-s-1vcpu-2gb",
        "fra1",
        status,
        Optional.empty(),
        vpc,
        Optional.of(List.of()),
        List.of("defaultdb"),
        Optional.of(connection("orders-db.example", password.isEmpty() ? "" : "doadmin", password)),
        Optional.of(
            connection("private-orders-db.example", password.isEmpty() ? "" : "doadmin", password)),
        Optional.empty(),
        Optional.empty(),
        users,
        Optional.empty(),
        "",
        0,
        Optional.empty());
  }
}
