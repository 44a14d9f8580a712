package dev.seawall.databases.cluster;

import com.squareup.moshi.Json;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.user.DatabaseUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A managed database cluster as read from the API. Secrets in {@link #connection()}, {@link
 * #privateConnection()} and {@link #users()} never appear in {@link #toString()}; they are empty
 * when the token lacks {@code database:view_credentials} (see {@link
 * #withCredentialsFrom(DatabaseCluster)}).
 *
 * @param id the cluster's id (a UUID)
 * @param name the cluster's name
 * @param engine the engine
 * @param version the engine's major version, e.g. {@code 16}
 * @param semanticVersion the full engine version, e.g. {@code 16.4}; empty if not reported
 * @param numNodes the number of nodes, standbys included
 * @param size the node size slug, e.g. {@code db-s-2vcpu-4gb}
 * @param region the region slug, e.g. {@code fra1}
 * @param status the status; {@link DatabaseClusterStatus#ONLINE} when it accepts connections
 * @param createdAt when the cluster was created, if reported
 * @param privateNetworkUuid the VPC the cluster is in; empty if not reported
 * @param tags the tags; empty when the API did not report them (a token without {@code tag:read}),
 *     so that "not reported" is never mistaken for "no tags"
 * @param dbNames the databases in the cluster
 * @param connection the public-network connection of the primary node, if reported
 * @param privateConnection the VPC connection of the primary node, if reported
 * @param standbyConnection the public-network connection of the standby nodes, if any
 * @param standbyPrivateConnection the VPC connection of the standby nodes, if any
 * @param users the users, if reported
 * @param maintenanceWindow the maintenance window, if reported
 * @param projectId the project the cluster belongs to; empty if not reported
 * @param storageSizeMib additional storage in MiB; 0 if none or not reported
 * @param trustedSources the trusted sources (API field {@code rules}); present on clusters read by
 *     {@link DatabaseClusterService#get}, {@link DatabaseClusterService#find} and {@link
 *     DatabaseClusterService#apply}, which read the cluster's firewall too; empty on clusters from
 *     {@code list} and {@code listAll}
 */
public record DatabaseCluster(
    String id,
    String name,
    DatabaseEngine engine,
    String version,
    @Json(name = "semantic_version") String semanticVersion,
    @Json(name = "num_nodes") int numNodes,
    String size,
    String region,
    DatabaseClusterStatus status,
    @Json(name = "created_at") Optional<Instant> createdAt,
    @Json(name = "private_network_uuid") String privateNetworkUuid,
    Optional<List<String>> tags,
    @Json(name = "db_names") List<String> dbNames,
    Optional<DatabaseConnection> connection,
    @Json(name = "private_connection") Optional<DatabaseConnection> privateConnection,
    @Json(name = "standby_connection") Optional<DatabaseConnection> standbyConnection,
    @Json(name = "standby_private_connection")
        Optional<DatabaseConnection> standbyPrivateConnection,
    List<DatabaseUser> users,
    @Json(name = "maintenance_window") Optional<MaintenanceWindow> maintenanceWindow,
    @Json(name = "project_id") String projectId,
    @Json(name = "storage_size_mib") long storageSizeMib,
    @Json(name = "rules") Optional<List<TrustedSource>> trustedSources) {

  /** Validates and copies the components. */
  public DatabaseCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(status, "status");
    tags = tags.map(List::copyOf);
    trustedSources = trustedSources.map(List::copyOf);
    dbNames = List.copyOf(dbNames);
    users = List.copyOf(users);
  }

  /** Whether the cluster is online (accepts connections). */
  public boolean isOnline() {
    return status == DatabaseClusterStatus.ONLINE;
  }

  /**
   * A user of the cluster by name.
   *
   * @param userName the user's name, e.g. {@code doadmin}
   * @return the user, if the cluster lists it
   */
  public Optional<DatabaseUser> user(String userName) {
    return users.stream().filter(u -> u.name().equals(userName)).findFirst();
  }

  /**
   * This cluster with the credentials of {@code earlier} wherever this copy has them blank
   * (connections and users), so that a read with a token lacking {@code database:view_credentials}
   * never erases credentials kept from the create response.
   *
   * @param earlier an earlier copy of the same cluster (same id)
   * @return the merged cluster
   * @throws IllegalArgumentException if {@code earlier} is another cluster
   */
  public DatabaseCluster withCredentialsFrom(DatabaseCluster earlier) {
    if (!earlier.id.equals(id)) {
      throw new IllegalArgumentException(
          "cannot merge credentials of cluster " + earlier.id + " into cluster " + id);
    }
    List<DatabaseUser> mergedUsers = new ArrayList<>(users.size());
    for (DatabaseUser user : users) {
      mergedUsers.add(earlier.user(user.name()).map(user::withCredentialsFrom).orElse(user));
    }
    return copy(
        merge(connection, earlier.connection),
        merge(privateConnection, earlier.privateConnection),
        merge(standbyConnection, earlier.standbyConnection),
        merge(standbyPrivateConnection, earlier.standbyPrivateConnection),
        mergedUsers,
        trustedSources);
  }

  /** This cluster with the trusted sources read from its firewall. */
  DatabaseCluster withTrustedSources(List<TrustedSource> rules) {
    return copy(
        connection,
        privateConnection,
        standbyConnection,
        standbyPrivateConnection,
        users,
        Optional.of(rules));
  }

  private DatabaseCluster copy(
      Optional<DatabaseConnection> connection,
      Optional<DatabaseConnection> privateConnection,
      Optional<DatabaseConnection> standbyConnection,
      Optional<DatabaseConnection> standbyPrivateConnection,
      List<DatabaseUser> users,
      Optional<List<TrustedSource>> trustedSources) {
    return new DatabaseCluster(
        id,
        name,
        engine,
        version,
        semanticVersion,
        numNodes,
        size,
        region,
        status,
        createdAt,
        privateNetworkUuid,
        tags,
        dbNames,
        connection,
        privateConnection,
        standbyConnection,
        standbyPrivateConnection,
        users,
        maintenanceWindow,
        projectId,
        storageSizeMib,
        trustedSources);
  }

  private static Optional<DatabaseConnection> merge(
      Optional<DatabaseConnection> now, Optional<DatabaseConnection> earlier) {
    if (now.isEmpty() || earlier.isEmpty()) {
      return now;
    }
    return Optional.of(now.get().withCredentialsFrom(earlier.get()));
  }
}
