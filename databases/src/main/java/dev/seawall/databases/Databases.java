package dev.seawall.databases;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.firewall.TrustedSourceService;
import dev.seawall.databases.user.DatabaseUserService;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the databases module: the services of one {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   DatabaseCluster cluster = Databases.clusters(client).create(spec);
 *   DatabaseUser app = Databases.users(client).create(cluster.id(),
 *       DatabaseUserSpec.builder(DatabaseEngine.PG, "orders_app").build());
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

  /** The database user service of a client. */
  public static DatabaseUserService users(DigitalOcean client) {
    return new DatabaseUserService(client);
  }

  /**
   * Every API operation the databases module may call, for {@code Scopes.required(...)} (the
   * minimal token scopes: {@code database:create}, {@code database:read}, {@code database:update},
   * {@code database:delete}; add {@code database:view_credentials} to see passwords on reads).
   */
  public static List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    all.addAll(DatabaseClusterService.operations());
    all.addAll(TrustedSourceService.operations());
    all.addAll(DatabaseUserService.operations());
    return List.copyOf(all);
  }
}
