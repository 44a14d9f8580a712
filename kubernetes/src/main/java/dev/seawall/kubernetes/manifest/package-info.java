/**
 * Kubernetes manifests: {@link dev.seawall.kubernetes.manifest.ServiceManifestAuditor} checks the
 * DigitalOcean load balancers that Service manifests ask for (SW-K8S-009).
 */
@NullMarked
package dev.seawall.kubernetes.manifest;

import org.jspecify.annotations.NullMarked;
