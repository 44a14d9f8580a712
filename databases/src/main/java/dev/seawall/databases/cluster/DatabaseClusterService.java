package dev.seawall.databases.cluster;

import com.squareup.moshi.Types;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.WaitState;
import dev.seawall.core.Waiter;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.databases.cluster.internal.CaBody;
import dev.seawall.databases.cluster.internal.CreateClusterBody;
import dev.seawall.databases.cluster.internal.MaintenanceWindowBody;
import dev.seawall.databases.internal.CredentialVault;
import dev.seawall.databases.tls.CaCertificate;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.tls.ConnectionSettings;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates, reads and deletes managed database clusters, and fetches their CA. Obtain it with {@code
 * Databases.clusters(client)}. Thread-safe.
 *
 * <p>Credentials: DigitalOcean returns passwords only to tokens with the {@code
 * database:view_credentials} scope. The credentials returned when a cluster is created are kept in
 * memory for the lifetime of the client, and a later read that returns them blank never erases them
 * (see {@link DatabaseCluster#withCredentialsFrom(DatabaseCluster)}); asking for credentials that
 * were never visible throws {@link dev.seawall.databases.CredentialsUnavailableException} naming
 * that scope.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses
 * (e.g. {@link dev.seawall.core.NotFoundException}, {@link dev.seawall.core.ForbiddenException}
 * naming the scope) and {@link dev.seawall.core.TransportException} for I/O failures.
 */
public final class DatabaseClusterService {
  /** How long {@link #create(DatabaseClusterSpec)} waits for the cluster to come online. */
  public static final Duration DEFAULT_CREATE_TIMEOUT = Duration.ofMinutes(30);

  private static final Type CLUSTERS =
      Types.newParameterizedType(List.class, DatabaseCluster.class);

  private final Api api;
  private final Waiter waiter;
  private final CredentialVault vault;

  /**
   * Creates the service for a client (same as {@code Databases.clusters(client)}).
   *
   * @param client the client
   */
  public DatabaseClusterService(DigitalOcean client) {
    this.api = client.api();
    this.waiter = client.waiter();
    this.vault = CredentialVault.of(client);
  }

  /** Every operation this service may call (for {@code Scopes.required}). */
  public static List<Operation> operations() {
    return List.of(
        DatabasesOperations.DATABASES_CREATE_CLUSTER,
        DatabasesOperations.DATABASES_GET_CLUSTER,
        DatabasesOperations.DATABASES_LIST_CLUSTERS,
        DatabasesOperations.DATABASES_DESTROY_CLUSTER,
        DatabasesOperations.DATABASES_GET_CA,
        DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW);
  }

  /**
   * Creates a cluster with its trusted sources in the same request and waits until it is online (at
   * most {@link #DEFAULT_CREATE_TIMEOUT}); see {@link #create(DatabaseClusterSpec, Duration)}.
   */
  public DatabaseCluster create(DatabaseClusterSpec spec) {
    return create(spec, DEFAULT_CREATE_TIMEOUT);
  }

  /**
   * Creates a cluster ({@code POST /v2/databases}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_create_cluster">databases_create_cluster</a>,
   * scope {@code database:create}; {@code vpc:read} and {@code tag:create} as applicable) with its
   * trusted sources in the create body, waits until its status is {@code online}, then applies the
   * maintenance window if the spec has one ({@code databases_update_maintenanceWindow}, scope
   * {@code database:update}). The POST is never blindly re-sent: after a lost response the cluster
   * is looked up by name first.
   *
   * @param spec a validated spec
   * @param timeout how long to wait for {@code online}
   * @return the online cluster, with the credentials the create response returned
   * @throws dev.seawall.core.WaitTimeoutException if the cluster is not online in time (it keeps
   *     being created; {@link #awaitOnline} can wait again)
   */
  public DatabaseCluster create(DatabaseClusterSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(timeout, "timeout");
    ApiRequest request =
        ApiRequest.of(DatabasesOperations.DATABASES_CREATE_CLUSTER)
            .body(CreateClusterBody.of(spec))
            .build();
    DatabaseCluster created =
        api.create(request, "database", DatabaseCluster.class, () -> findByName(spec.name()));
    vault.merge(created);
    DatabaseCluster online = awaitOnline(created.id(), timeout);
    if (spec.maintenanceWindow().isPresent()) {
      updateMaintenanceWindow(online.id(), spec.maintenanceWindow().get());
      return get(online.id());
    }
    return online;
  }

  /**
   * Polls the cluster until its status is {@code online}.
   *
   * @param clusterId the cluster's id
   * @param timeout how long to wait at most
   * @return the online cluster
   * @throws dev.seawall.core.WaitTimeoutException if it is not online in time
   */
  public DatabaseCluster awaitOnline(String clusterId, Duration timeout) {
    return waiter.until(
        "database cluster " + clusterId + " to be online",
        () -> get(clusterId),
        cluster -> cluster.isOnline() ? WaitState.DONE : WaitState.PENDING,
        cluster -> "status " + cluster.status(),
        timeout);
  }

  /**
   * Reads a cluster ({@code GET /v2/databases/{id}}, operation {@code databases_get_cluster}, scope
   * {@code database:read}; credentials need {@code database:view_credentials}). Blank credentials
   * are filled from those kept since creation.
   *
   * @param clusterId the cluster's id
   * @return the cluster
   * @throws dev.seawall.core.NotFoundException if there is no such cluster
   */
  public DatabaseCluster get(String clusterId) {
    ApiRequest request =
        ApiRequest.of(DatabasesOperations.DATABASES_GET_CLUSTER)
            .pathParam("database_cluster_uuid", clusterId)
            .build();
    return vault.merge(api.call(request, "database", DatabaseCluster.class));
  }

  /**
   * Lists every cluster ({@code GET /v2/databases}, operation {@code databases_list_clusters},
   * scope {@code database:read}).
   *
   * @return the clusters, credentials merged as in {@link #get}
   */
  public List<DatabaseCluster> list() {
    return list(ApiRequest.of(DatabasesOperations.DATABASES_LIST_CLUSTERS).build());
  }

  /**
   * Lists the clusters carrying a tag ({@code GET /v2/databases?tag_name=...}).
   *
   * @param tagName the tag
   * @return the clusters
   */
  public List<DatabaseCluster> listByTag(String tagName) {
    return list(
        ApiRequest.of(DatabasesOperations.DATABASES_LIST_CLUSTERS)
            .query("tag_name", tagName)
            .build());
  }

  /**
   * Finds a cluster by name (names are unique per account).
   *
   * @param name the name
   * @return the cluster, if one has that name
   */
  public Optional<DatabaseCluster> findByName(String name) {
    return list().stream().filter(cluster -> cluster.name().equals(name)).findFirst();
  }

  private List<DatabaseCluster> list(ApiRequest request) {
    List<DatabaseCluster> clusters = api.call(request, "databases", CLUSTERS);
    return clusters.stream().map(vault::merge).toList();
  }

  /**
   * Destroys a cluster and its data ({@code DELETE /v2/databases/{id}}, operation {@code
   * databases_destroy_cluster}, scope {@code database:delete}). Kept credentials are forgotten.
   *
   * @param clusterId the cluster's id
   * @throws dev.seawall.core.NotFoundException if there is no such cluster
   */
  public void delete(String clusterId) {
    api.send(
        ApiRequest.of(DatabasesOperations.DATABASES_DESTROY_CLUSTER)
            .pathParam("database_cluster_uuid", clusterId)
            .build());
    vault.forgetCluster(clusterId);
  }

  /**
   * Sets the weekly maintenance window ({@code PUT /v2/databases/{id}/maintenance}, operation
   * {@code databases_update_maintenanceWindow}, scope {@code database:update}).
   *
   * @param clusterId the cluster's id
   * @param schedule day and UTC time
   */
  public void updateMaintenanceWindow(String clusterId, MaintenanceSchedule schedule) {
    api.send(
        ApiRequest.of(DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW)
            .pathParam("database_cluster_uuid", clusterId)
            .body(MaintenanceWindowBody.of(schedule))
            .build());
  }

  /**
   * Fetches the cluster's CA certificate ({@code GET /v2/databases/{id}/ca}, operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/databases_get_ca">databases_get_ca</a>,
   * scope {@code database:read}), validated as X.509.
   *
   * @param clusterId the cluster's id
   * @return the CA
   * @throws IllegalStateException if the API returned something that is not a certificate
   */
  public CaCertificate caCertificate(String clusterId) {
    CaBody body =
        api.call(
            ApiRequest.of(DatabasesOperations.DATABASES_GET_CA)
                .pathParam("database_cluster_uuid", clusterId)
                .build(),
            "ca",
            CaBody.class);
    try {
      return CaCertificate.fromBase64Pem(body.certificate());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "DigitalOcean returned a CA for database cluster "
              + clusterId
              + " that is not usable: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Starts verified connection settings for a cluster: its VPC connection (or the public one), its
   * kept credentials and its CA, fetched now. Add {@code .user(...)} to connect as a
   * least-privilege user, then {@code build()}.
   *
   * @param cluster the cluster
   * @param network which connection to use
   * @return the builder
   */
  public ConnectionSettings.Builder connectionSettings(
      DatabaseCluster cluster, ClusterNetwork network) {
    DatabaseCluster withCredentials = vault.merge(cluster);
    return ConnectionSettings.builder()
        .cluster(withCredentials, network)
        .caCertificate(caCertificate(cluster.id()));
  }
}
