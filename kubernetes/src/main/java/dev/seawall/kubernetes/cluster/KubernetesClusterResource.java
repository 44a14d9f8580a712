package dev.seawall.kubernetes.cluster;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.kubernetes.KubernetesOperations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A DOKS cluster as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}, optionally
 * placed in a VPC of the stack ({@link Builder#vpc(StackResource)}) and writing a short-lived
 * kubeconfig after apply ({@link Builder#writeKubeconfig(Path, Duration)}).
 *
 * <pre>{@code
 * KubernetesClusterResource cluster = KubernetesClusterResource.builder(client, "prod",
 *         KubernetesClusterSpec.builder().region("fra1")
 *             .addNodePool(NodePoolSpec.builder("workers").size("s-2vcpu-4gb").build())
 *             .controlPlaneAllowedAddresses("203.0.113.0/24"))
 *     .vpc(vpc)
 *     .build();
 * }</pre>
 *
 * <p>Planning diffs the spec with the cluster of the same name (see {@link
 * KubernetesClusterService#diff}): a new cluster shows the version {@code latest} resolves to.
 * {@link #tags()} are the tags its node droplets carry, so a firewall coverage rule can see whether
 * a Cloud Firewall covers them. Outputs: {@code urn} ({@code do:kubernetes:<id>}, for projects),
 * {@code endpoint}, {@code region}, {@code version}, {@code cluster_tag} ({@code k8s:<id>}, carried
 * by every node); never credentials.
 */
public final class KubernetesClusterResource
    extends SpecResource<KubernetesClusterSpec, KubernetesCluster> {
  /** The resource kind: {@value}. */
  public static final String KIND = "kubernetes_cluster";

  /** The tags DigitalOcean puts on every node of every cluster. */
  static final List<String> NODE_TAGS = List.of("k8s", "k8s:worker");

  /** The kind a cluster is placed in. */
  static final String VPC_KIND = "vpc";

  private final KubernetesClusterService service;
  private final @Nullable ResourceKey vpc;
  private final @Nullable Path kubeconfigPath;
  private final Duration kubeconfigExpiry;

  private KubernetesClusterResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.planned().validate()),
        dependencies(builder));
    this.service = new KubernetesClusterService(builder.client);
    this.vpc = builder.vpc;
    this.kubeconfigPath = builder.kubeconfigPath;
    this.kubeconfigExpiry = builder.kubeconfigExpiry;
  }

  private static Set<ResourceKey> dependencies(Builder builder) {
    Set<ResourceKey> all = new LinkedHashSet<>(builder.dependencies());
    if (builder.vpc != null) {
      all.add(builder.vpc);
    }
    return all;
  }

  /**
   * A cluster resource for a built spec.
   *
   * @param client the client the cluster is applied with
   * @param spec the cluster; its name is the resource name
   */
  public static KubernetesClusterResource of(DigitalOcean client, KubernetesClusterSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a cluster resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} with every other problem of the stack.
   *
   * @param client the client the cluster is applied with
   * @param name the cluster name, also the resource name; set on {@code spec}
   * @param spec the cluster without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(
      DigitalOcean client, String name, KubernetesClusterSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /** The VPC of the stack the cluster is placed in, if any. */
  public Optional<ResourceKey> vpc() {
    return Optional.ofNullable(vpc);
  }

  /**
   * The tags every node droplet of the cluster carries, so that a firewall coverage rule
   * (SW-DR-003) treats the cluster like a droplet: {@code k8s} and {@code k8s:worker}, which
   * DigitalOcean puts on every node, and the tags all node pools share. A tag only some pools carry
   * is left out (a firewall for it leaves the other pools uncovered), as are the cluster's own tags
   * and {@code k8s:<id>} (unknown before the cluster exists), the same tags the audit of existing
   * clusters counts ({@link KubernetesClusterAuditor}).
   */
  @Override
  public Set<String> tags() {
    Set<String> tags = new LinkedHashSet<>(NODE_TAGS);
    spec()
        .ifPresent(
            s -> {
              @Nullable Set<String> shared = null;
              for (NodePoolSpec pool : s.nodePools()) {
                if (shared == null) {
                  shared = new LinkedHashSet<>(pool.tags());
                } else {
                  shared.retainAll(pool.tags());
                }
              }
              if (shared != null) {
                tags.addAll(shared);
              }
            });
    return Set.copyOf(tags);
  }

  /**
   * Its nodes are droplets, which a Cloud Firewall must cover (SW-DR-003) through a tag they all
   * carry: {@code the nodes of this Kubernetes cluster}.
   */
  @Override
  public Optional<String> dropletsToCover() {
    return Optional.of("the nodes of this Kubernetes cluster");
  }

  @Override
  protected KubernetesClusterSpec resolve(KubernetesClusterSpec planned, StackContext context) {
    return vpc == null ? planned : planned.withVpcUuid(context.id(vpc));
  }

  @Override
  protected ResourceService<KubernetesClusterSpec, KubernetesCluster> service() {
    return service;
  }

  @Override
  protected String id(KubernetesCluster cluster) {
    return cluster.id();
  }

  @Override
  protected String status(KubernetesCluster cluster) {
    return cluster.state().isEmpty() ? "ready" : cluster.state();
  }

  @Override
  protected Map<String, String> outputs(KubernetesCluster cluster) {
    return Map.of(
        "endpoint", cluster.endpoint().orElse(""),
        "region", cluster.region(),
        "version", cluster.version(),
        "cluster_tag", cluster.clusterTag(),
        "urn", "do:kubernetes:" + cluster.id());
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(KubernetesClusterSpec spec) {
    return spec.acknowledgedRisks();
  }

  /**
   * The cluster list, the options ({@code latest}) and, when a kubeconfig is asked for, the
   * credentials: scope {@code kubernetes:access_cluster} appears in the plan only then.
   */
  @Override
  protected List<Operation> readOperations() {
    List<Operation> reads = new ArrayList<>();
    reads.add(KubernetesOperations.KUBERNETES_LIST_CLUSTERS);
    reads.add(KubernetesOperations.KUBERNETES_LIST_OPTIONS);
    reads.add(KubernetesOperations.KUBERNETES_GET_AVAILABLE_UPGRADES);
    if (kubeconfigPath != null) {
      reads.add(KubernetesOperations.KUBERNETES_GET_CLUSTER);
      reads.add(KubernetesOperations.KUBERNETES_GET_CREDENTIALS);
    }
    return List.copyOf(reads);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(
        KubernetesOperations.KUBERNETES_CREATE_CLUSTER,
        KubernetesOperations.KUBERNETES_GET_CLUSTER,
        KubernetesOperations.KUBERNETES_ADD_REGISTRY);
  }

  @Override
  protected List<Operation> updateOperations() {
    List<Operation> all = new ArrayList<>();
    all.add(KubernetesOperations.KUBERNETES_UPDATE_CLUSTER);
    all.add(KubernetesOperations.KUBERNETES_GET_CLUSTER);
    all.addAll(KubernetesClusterService.UPGRADE_OPERATIONS);
    all.addAll(KubernetesClusterService.NODE_POOL_OPERATIONS);
    all.add(KubernetesOperations.KUBERNETES_ADD_REGISTRY);
    all.add(KubernetesOperations.KUBERNETES_REMOVE_REGISTRY);
    return List.copyOf(all);
  }

  /** Applies the cluster, then writes the kubeconfig when one was asked for. */
  @Override
  public AppliedResource apply(StackContext context) {
    AppliedResource applied = super.apply(context);
    if (kubeconfigPath != null) {
      service.kubeconfig(applied.id(), kubeconfigExpiry).writeTo(kubeconfigPath);
    }
    return applied;
  }

  /** Builder for {@link KubernetesClusterResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final KubernetesClusterSpec.Builder spec;
    private @Nullable ResourceKey vpc;
    private @Nullable Path kubeconfigPath;
    private Duration kubeconfigExpiry = KubernetesClusterService.DEFAULT_KUBECONFIG_EXPIRY;

    private Builder(DigitalOcean client, String name, KubernetesClusterSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * Places the cluster in a VPC of the stack, which is applied first; its id is resolved when the
     * stack is planned and applied ({@code (known after apply)} before). Default: the spec's {@code
     * vpcUuid}.
     *
     * @param vpc the VPC's stack resource (kind {@code vpc})
     * @throws IllegalArgumentException if {@code vpc} is not of kind {@code vpc}
     */
    public Builder vpc(StackResource vpc) {
      this.vpc =
          referenceTo(
              vpc,
              VPC_KIND,
              key -> "a Kubernetes cluster is placed in a VPC, not in " + key + "; pass the VPC");
      return this;
    }

    /**
     * Writes a kubeconfig valid for {@code expiry} to {@code path} (owner-only) after every apply,
     * which needs scope {@code kubernetes:access_cluster} (named in the plan). Default: none.
     */
    public Builder writeKubeconfig(Path path, Duration expiry) {
      this.kubeconfigPath = Objects.requireNonNull(path, "path");
      this.kubeconfigExpiry = Objects.requireNonNull(expiry, "expiry");
      return this;
    }

    private KubernetesClusterSpec.Builder planned() {
      spec.name(name);
      if (vpc != null) {
        spec.vpcUuid(vpc.placeholderUuid());
      }
      return spec;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public KubernetesClusterResource build() {
      return new KubernetesClusterResource(this);
    }
  }
}
