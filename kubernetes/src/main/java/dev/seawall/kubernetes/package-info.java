/**
 * Seawall kubernetes: DigitalOcean Kubernetes (DOKS) clusters hardened by default, their audit, and
 * an audit of the load balancers Kubernetes Service manifests ask for. Start at {@link
 * dev.seawall.kubernetes.Kubernetes}.
 *
 * <p>The module's catalog: the operations it calls ({@link
 * dev.seawall.kubernetes.KubernetesOperations}) and the rules it enforces ({@link
 * dev.seawall.kubernetes.KubernetesRules}), registered with core by {@link
 * dev.seawall.kubernetes.KubernetesCatalog}.
 */
@NullMarked
package dev.seawall.kubernetes;

import org.jspecify.annotations.NullMarked;
