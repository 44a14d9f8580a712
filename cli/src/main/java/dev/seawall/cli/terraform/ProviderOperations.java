package dev.seawall.cli.terraform;

import dev.seawall.cli.CliOperations;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.Operation;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.kubernetes.KubernetesOperations;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.volumes.VolumesOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The DigitalOcean API operations Terraform's DigitalOcean provider sends for each resource type,
 * per kind of change: it reads every resource it manages (refresh), and creates, updates or deletes
 * as the plan says. Spaces buckets and their ACL, policy and CORS resources go through the S3 API
 * with a Spaces access key, so they need no token scope.
 *
 * @param read the reads of a refresh (and of a data source)
 * @param create the calls of a create, with what the provider polls afterwards
 * @param update the calls of an in-place update
 * @param delete the calls of a delete
 */
public record ProviderOperations(
    List<Operation> read, List<Operation> create, List<Operation> update, List<Operation> delete) {

  /** Resource types served by the S3 API (a Spaces access key, not the API token). */
  public static final List<String> SPACES_S3_TYPES =
      List.of(
          "digitalocean_spaces_bucket",
          "digitalocean_spaces_bucket_object",
          "digitalocean_spaces_bucket_policy",
          "digitalocean_spaces_bucket_cors_configuration");

  private static final Map<String, ProviderOperations> BY_TYPE =
      Map.ofEntries(
          Map.entry(
              "digitalocean_droplet",
              new ProviderOperations(
                  List.of(ComputeOperations.DROPLETS_GET),
                  List.of(ComputeOperations.DROPLETS_CREATE, CoreOperations.ACTIONS_GET),
                  List.of(
                      CliOperations.DROPLET_ACTIONS_POST,
                      CoreOperations.ACTIONS_GET,
                      ComputeOperations.TAGS_CREATE,
                      ComputeOperations.TAGS_ASSIGN_RESOURCES,
                      ComputeOperations.TAGS_UNASSIGN_RESOURCES),
                  List.of(ComputeOperations.DROPLETS_DESTROY))),
          Map.entry(
              "digitalocean_ssh_key",
              crud(
                  ComputeOperations.SSH_KEYS_GET,
                  ComputeOperations.SSH_KEYS_CREATE,
                  ComputeOperations.SSH_KEYS_UPDATE,
                  ComputeOperations.SSH_KEYS_DELETE)),
          Map.entry(
              "digitalocean_firewall",
              crud(
                  NetworkingOperations.FIREWALLS_GET,
                  NetworkingOperations.FIREWALLS_CREATE,
                  NetworkingOperations.FIREWALLS_UPDATE,
                  NetworkingOperations.FIREWALLS_DELETE)),
          Map.entry(
              "digitalocean_vpc",
              crud(
                  NetworkingOperations.VPCS_GET,
                  NetworkingOperations.VPCS_CREATE,
                  NetworkingOperations.VPCS_UPDATE,
                  NetworkingOperations.VPCS_DELETE)),
          Map.entry(
              "digitalocean_loadbalancer",
              crud(
                  NetworkingOperations.LOAD_BALANCERS_GET,
                  NetworkingOperations.LOAD_BALANCERS_CREATE,
                  NetworkingOperations.LOAD_BALANCERS_UPDATE,
                  NetworkingOperations.LOAD_BALANCERS_DELETE)),
          Map.entry(
              "digitalocean_certificate",
              crud(
                  NetworkingOperations.CERTIFICATES_GET,
                  NetworkingOperations.CERTIFICATES_CREATE,
                  null,
                  NetworkingOperations.CERTIFICATES_DELETE)),
          Map.entry(
              "digitalocean_tag",
              crud(
                  NetworkingOperations.TAGS_GET,
                  NetworkingOperations.TAGS_CREATE,
                  null,
                  NetworkingOperations.TAGS_DELETE)),
          Map.entry(
              "digitalocean_volume",
              new ProviderOperations(
                  List.of(VolumesOperations.VOLUMES_GET),
                  List.of(VolumesOperations.VOLUMES_CREATE),
                  List.of(
                      VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
                      VolumesOperations.VOLUME_ACTIONS_GET),
                  List.of(VolumesOperations.VOLUMES_DELETE))),
          Map.entry(
              "digitalocean_volume_attachment",
              new ProviderOperations(
                  List.of(VolumesOperations.VOLUMES_GET),
                  List.of(
                      VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
                      VolumesOperations.VOLUME_ACTIONS_GET),
                  List.of(),
                  List.of(
                      VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
                      VolumesOperations.VOLUME_ACTIONS_GET))),
          Map.entry(
              "digitalocean_database_cluster",
              new ProviderOperations(
                  List.of(DatabasesOperations.DATABASES_GET_CLUSTER),
                  List.of(DatabasesOperations.DATABASES_CREATE_CLUSTER),
                  List.of(
                      DatabasesOperations.DATABASES_UPDATE_CLUSTER_SIZE,
                      DatabasesOperations.DATABASES_UPDATE_MAINTENANCE_WINDOW,
                      DatabasesOperations.DATABASES_UPDATE_MAJOR_VERSION),
                  List.of(DatabasesOperations.DATABASES_DESTROY_CLUSTER))),
          Map.entry(
              "digitalocean_database_firewall",
              crud(
                  DatabasesOperations.DATABASES_LIST_FIREWALL_RULES,
                  DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES,
                  DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES,
                  DatabasesOperations.DATABASES_UPDATE_FIREWALL_RULES)),
          Map.entry(
              "digitalocean_database_user",
              crud(
                  DatabasesOperations.DATABASES_GET_USER,
                  DatabasesOperations.DATABASES_ADD_USER,
                  DatabasesOperations.DATABASES_UPDATE_USER,
                  DatabasesOperations.DATABASES_DELETE_USER)),
          Map.entry(
              "digitalocean_kubernetes_cluster",
              new ProviderOperations(
                  // a refresh also fetches credentials when the kube_config it holds has expired
                  List.of(
                      KubernetesOperations.KUBERNETES_GET_CLUSTER,
                      KubernetesOperations.KUBERNETES_GET_CREDENTIALS),
                  List.of(
                      KubernetesOperations.KUBERNETES_CREATE_CLUSTER,
                      KubernetesOperations.KUBERNETES_GET_CLUSTER,
                      KubernetesOperations.KUBERNETES_ADD_REGISTRY),
                  List.of(
                      KubernetesOperations.KUBERNETES_UPDATE_CLUSTER,
                      KubernetesOperations.KUBERNETES_UPGRADE_CLUSTER,
                      KubernetesOperations.KUBERNETES_UPDATE_NODE_POOL,
                      KubernetesOperations.KUBERNETES_ADD_REGISTRY,
                      KubernetesOperations.KUBERNETES_REMOVE_REGISTRY,
                      KubernetesOperations.KUBERNETES_GET_CLUSTER),
                  List.of(KubernetesOperations.KUBERNETES_DELETE_CLUSTER))),
          Map.entry(
              "digitalocean_kubernetes_node_pool",
              new ProviderOperations(
                  List.of(KubernetesOperations.KUBERNETES_GET_NODE_POOL),
                  List.of(
                      KubernetesOperations.KUBERNETES_ADD_NODE_POOL,
                      KubernetesOperations.KUBERNETES_GET_NODE_POOL),
                  List.of(
                      KubernetesOperations.KUBERNETES_UPDATE_NODE_POOL,
                      KubernetesOperations.KUBERNETES_GET_NODE_POOL),
                  List.of(KubernetesOperations.KUBERNETES_DELETE_NODE_POOL))),
          Map.entry(
              "digitalocean_spaces_key",
              crud(
                  SpacesOperations.SPACES_KEY_GET,
                  SpacesOperations.SPACES_KEY_CREATE,
                  SpacesOperations.SPACES_KEY_UPDATE,
                  SpacesOperations.SPACES_KEY_DELETE)));

  /** A type with one operation per kind of change; {@code update} null when changes replace it. */
  private static ProviderOperations crud(
      Operation read, Operation create, @Nullable Operation update, Operation delete) {
    return new ProviderOperations(
        List.of(read),
        List.of(create),
        update == null ? List.of() : List.of(update),
        List.of(delete));
  }

  /** Copies the lists. */
  public ProviderOperations {
    read = List.copyOf(read);
    create = List.copyOf(create);
    update = List.copyOf(update);
    delete = List.copyOf(delete);
  }

  /** The operations of a resource type, if Seawall knows it. */
  public static Optional<ProviderOperations> of(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** Every resource type Seawall knows, for messages and tests. */
  public static SortedSet<String> knownTypes() {
    return new TreeSet<>(BY_TYPE.keySet());
  }

  /**
   * The operations of one change.
   *
   * @param actions Terraform's actions, e.g. {@code ["delete","create"]}
   * @param managed false for a data source, which is only read
   */
  public List<Operation> forActions(List<String> actions, boolean managed) {
    List<Operation> operations = new ArrayList<>(read);
    if (!managed) {
      return operations;
    }
    for (String action : actions) {
      switch (action) {
        case "create" -> operations.addAll(create);
        case "update" -> operations.addAll(update);
        case "delete" -> operations.addAll(delete);
        default -> {
          // no-op and read: the refresh's reads only
        }
      }
    }
    return operations;
  }
}
