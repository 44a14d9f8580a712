package dev.seawall.databases.firewall;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * A trusted source (database firewall rule) as read from the API. {@code uuid}, {@code clusterUuid}
 * and {@code createdAt} are read-only: Seawall never sends them back.
 *
 * @param uuid the rule's id
 * @param clusterUuid the id of the database cluster the rule belongs to
 * @param type the kind of source
 * @param value the droplet id, Kubernetes cluster or app UUID, tag name, or IP address/CIDR
 * @param description the human-readable description; empty if none
 * @param createdAt when the rule was created, if the API said
 */
public record TrustedSource(
    String uuid,
    @Json(name = "cluster_uuid") String clusterUuid,
    TrustedSourceType type,
    String value,
    String description,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /**
   * This source as a spec that can be sent again (type, value and description only).
   *
   * @return the spec
   */
  public TrustedSourceSpec toSpec() {
    return TrustedSourceSpec.of(type, value).withDescription(description);
  }

  /**
   * Whether this rule admits the same source as a spec: same type and the same value (IP values
   * compared as ranges, so {@code 192.0.2.1} equals {@code 192.0.2.1/32}).
   *
   * @param spec the spec to compare with
   * @return true if type and value match
   */
  public boolean sameSourceAs(TrustedSourceSpec spec) {
    return toSpec().sameSourceAs(spec);
  }
}
