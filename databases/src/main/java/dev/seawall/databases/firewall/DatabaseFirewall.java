package dev.seawall.databases.firewall;

import java.util.List;
import java.util.Objects;

/**
 * The trusted sources of one database cluster, as read from the API ({@code GET
 * /v2/databases/{id}/firewall}).
 *
 * @param clusterUuid the database cluster's id
 * @param rules every trusted source, in the API's order
 */
public record DatabaseFirewall(String clusterUuid, List<TrustedSource> rules) {
  /** Validates and copies the components. */
  public DatabaseFirewall {
    Objects.requireNonNull(clusterUuid, "clusterUuid");
    rules = List.copyOf(rules);
  }
}
