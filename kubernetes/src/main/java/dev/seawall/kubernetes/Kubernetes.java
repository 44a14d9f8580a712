package dev.seawall.kubernetes;

import dev.seawall.core.DigitalOcean;
import dev.seawall.kubernetes.cluster.KubernetesClusterService;

/**
 * Entry point to the DigitalOcean Kubernetes (DOKS) clusters of a {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   KubernetesClusterService clusters = Kubernetes.clusters(client);
 *   KubernetesCluster prod = clusters.apply(spec).resource();
 *   clusters.kubeconfig(prod.id(), Duration.ofMinutes(30)).writeTo(Path.of("prod.kubeconfig"));
 * }
 * }</pre>
 *
 * Services are cheap views of the client: create them whenever needed.
 */
public final class Kubernetes {
  private Kubernetes() {}

  /** The Kubernetes clusters of the client's account. */
  public static KubernetesClusterService clusters(DigitalOcean client) {
    return new KubernetesClusterService(client);
  }
}
