/**
 * DigitalOcean Kubernetes (DOKS) clusters: {@link
 * dev.seawall.kubernetes.cluster.KubernetesClusterSpec} (hardened by default, rules SW-K8S-001 to
 * SW-K8S-008), the {@link dev.seawall.kubernetes.cluster.KubernetesCluster} read model, {@link
 * dev.seawall.kubernetes.cluster.KubernetesClusterService}, {@link
 * dev.seawall.kubernetes.cluster.KubernetesClusterResource}, {@link
 * dev.seawall.kubernetes.cluster.KubernetesClusterAuditor} and short-lived {@link
 * dev.seawall.kubernetes.cluster.Kubeconfig} credentials.
 */
@NullMarked
package dev.seawall.kubernetes.cluster;

import org.jspecify.annotations.NullMarked;
