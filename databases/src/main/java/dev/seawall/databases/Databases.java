package dev.seawall.databases;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.firewall.TrustedSourceService;
import dev.seawall.databases.user.DatabaseUserService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the databases module: the services of one {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   DatabaseCluster cluster = Databases.clusters(client).apply(spec).resource();
 *   DatabaseUser app = Databases.users(client, cluster.id())
 *       .apply(DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_app").build())
 *       .resource();
 *   ConnectionSettings settings = Databases.clusters(client)
 *       .connectionSettings(cluster, ClusterNetwork.PRIVATE).user(app).build();
 * }
 * }</pre>
 *
 * <p>Services of the same client share the credentials kept from create and reset responses.
 */
public final class Databases {
  private Databases() {}

  /** The cluster service of a client. */
  public static DatabaseClusterService clusters(DigitalOcean client) {
    return new DatabaseClusterService(client);
  }

  /** The trusted-source (database firewall) service of a client. */
  public static TrustedSourceService trustedSources(DigitalOcean client) {
    return new TrustedSourceService(client);
  }

  /**
   * The service of the users of one cluster. Users exist only inside their cluster and are named
   * (identified) within it, so the service is bound to the cluster: its {@code get}, {@code
   * create}, {@code apply} and {@code delete} then take exactly what they take for every other
   * kind.
   *
   * @param client the client
   * @param clusterId the cluster's id (a UUID)
   */
  public static DatabaseUserService users(DigitalOcean client, String clusterId) {
    return new DatabaseUserService(client, clusterId);
  }

  /**
   * Every API operation the databases module may call, for {@code Scopes.required(...)} (the
   * minimal token scopes: {@code database:create}, {@code database:read}, {@code database:update},
   * {@code database:delete}; add {@code database:view_credentials} to see passwords on reads), each
   * once.
   */
  public static List<Operation> operations() {
    Set<Operation> all = new LinkedHashSet<>();
    all.addAll(DatabaseClusterService.operations());
    all.addAll(TrustedSourceService.operations());
    all.addAll(DatabaseUserService.operations());
    return List.copyOf(all);
  }
}
