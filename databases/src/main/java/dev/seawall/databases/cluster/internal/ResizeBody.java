package dev.seawall.databases.cluster.internal;

import com.squareup.moshi.Json;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /v2/databases/{id}/resize}: size and node count are always sent (the API
 * requires both), additional storage only when the spec sets it.
 *
 * @param size the node size slug
 * @param numNodes the number of nodes
 * @param storageSizeMib additional storage in MiB; omitted when null
 */
public record ResizeBody(
    String size,
    @Json(name = "num_nodes") int numNodes,
    @Json(name = "storage_size_mib") @Nullable Long storageSizeMib) {

  /** The body that resizes a cluster to a validated spec. */
  public static ResizeBody of(DatabaseClusterSpec spec) {
    return new ResizeBody(
        spec.size(),
        spec.numNodes(),
        spec.storageSizeMib().isPresent() ? spec.storageSizeMib().getAsLong() : null);
  }
}
