package dev.seawall.databases.cluster.internal;

import com.squareup.moshi.Json;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.internal.FirewallRuleBody;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v2/databases}; null components are omitted.
 *
 * @param name the name
 * @param engine the engine slug
 * @param version the version; omitted for the default
 * @param numNodes the number of nodes
 * @param size the size slug
 * @param region the region slug
 * @param privateNetworkUuid the VPC; omitted only with the default-VPC opt-out
 * @param tags the tags; omitted when none
 * @param projectId the project; omitted for the default project
 * @param storageSizeMib additional storage; omitted when none
 * @param rules the trusted sources, set at creation
 */
public record CreateClusterBody(
    String name,
    DatabaseEngine engine,
    @Nullable String version,
    @Json(name = "num_nodes") int numNodes,
    String size,
    String region,
    @Json(name = "private_network_uuid") @Nullable String privateNetworkUuid,
    @Nullable List<String> tags,
    @Json(name = "project_id") @Nullable String projectId,
    @Json(name = "storage_size_mib") @Nullable Long storageSizeMib,
    List<FirewallRuleBody> rules) {

  /** The body of a validated spec. */
  public static CreateClusterBody of(DatabaseClusterSpec spec) {
    return new CreateClusterBody(
        spec.name(),
        spec.engine(),
        blankToNull(spec.version()),
        spec.numNodes(),
        spec.size(),
        spec.region(),
        blankToNull(spec.privateNetworkUuid()),
        spec.tags().isEmpty() ? null : spec.tags(),
        blankToNull(spec.projectId()),
        spec.storageSizeMib().isPresent() ? spec.storageSizeMib().getAsLong() : null,
        spec.trustedSources().stream().map(FirewallRuleBody::of).toList());
  }

  private static @Nullable String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
