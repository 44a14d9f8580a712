package dev.seawall.databases.internal;

import dev.seawall.core.DigitalOcean;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.user.DatabaseUser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the database credentials DigitalOcean returned (on create and credential reset) for the
 * lifetime of one {@link DigitalOcean} client, so that a later read with a token lacking {@code
 * database:view_credentials} never erases them. Held in memory only; never logged. Thread-safe.
 */
public final class CredentialVault {
  private static final Map<DigitalOcean, CredentialVault> VAULTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<String, DatabaseCluster> clusters = new ConcurrentHashMap<>();
  private final Map<String, DatabaseUser> users = new ConcurrentHashMap<>();

  private CredentialVault() {}

  /**
   * The vault of a client; all database services of that client share it.
   *
   * @param client the client
   * @return its vault
   */
  public static CredentialVault of(DigitalOcean client) {
    return VAULTS.computeIfAbsent(client, c -> new CredentialVault());
  }

  /**
   * Merges kept credentials into a cluster read from the API and keeps the result.
   *
   * @param read the cluster as read
   * @return the cluster with every credential known so far
   */
  public DatabaseCluster merge(DatabaseCluster read) {
    DatabaseCluster kept = clusters.get(read.id());
    DatabaseCluster merged = kept == null ? read : read.withCredentialsFrom(kept);
    List<DatabaseUser> users = merged.users().stream().map(u -> merge(read.id(), u)).toList();
    DatabaseCluster result = withUsers(merged, users);
    clusters.put(read.id(), result);
    return result;
  }

  /**
   * Merges kept credentials into a user read from the API and keeps the result.
   *
   * @param clusterId the cluster the user belongs to
   * @param read the user as read
   * @return the user with every credential known so far
   */
  public DatabaseUser merge(String clusterId, DatabaseUser read) {
    String key = key(clusterId, read.name());
    DatabaseUser kept = users.get(key);
    DatabaseUser merged = kept == null ? read : read.withCredentialsFrom(kept);
    users.put(key, merged);
    return merged;
  }

  /** Forgets a deleted cluster and its users. */
  public void forgetCluster(String clusterId) {
    clusters.remove(clusterId);
    users.keySet().removeIf(key -> key.startsWith(clusterId + "/"));
  }

  /** Forgets a deleted user. */
  public void forgetUser(String clusterId, String userName) {
    users.remove(key(clusterId, userName));
  }

  private static DatabaseCluster withUsers(DatabaseCluster cluster, List<DatabaseUser> users) {
    return new DatabaseCluster(
        cluster.id(),
        cluster.name(),
        cluster.engine(),
        cluster.version(),
        cluster.semanticVersion(),
        cluster.numNodes(),
        cluster.size(),
        cluster.region(),
        cluster.status(),
        cluster.createdAt(),
        cluster.privateNetworkUuid(),
        cluster.tags(),
        cluster.dbNames(),
        cluster.connection(),
        cluster.privateConnection(),
        cluster.standbyConnection(),
        cluster.standbyPrivateConnection(),
        users,
        cluster.maintenanceWindow(),
        cluster.projectId(),
        cluster.storageSizeMib(),
        cluster.trustedSources());
  }

  private static String key(String clusterId, String userName) {
    return clusterId + "/" + userName;
  }
}
