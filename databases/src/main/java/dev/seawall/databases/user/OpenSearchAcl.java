package dev.seawall.databases.user;

import java.util.Objects;

/**
 * An OpenSearch index ACL of a user ({@code settings.opensearch_acl[]}).
 *
 * @param index a regular expression matching the indexes, e.g. {@code logs-.*}
 * @param permission what the user may do on the matching indexes
 */
public record OpenSearchAcl(String index, OpenSearchPermission permission) {
  /** Validates the components. */
  public OpenSearchAcl {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(permission, "permission");
  }
}
