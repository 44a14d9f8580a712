/** Wire records and mapping for Kubernetes clusters. Not part of the public API. */
@NullMarked
package dev.seawall.kubernetes.cluster.internal;

import org.jspecify.annotations.NullMarked;
