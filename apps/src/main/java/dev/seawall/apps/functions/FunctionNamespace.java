package dev.seawall.apps.functions;

import java.util.Objects;

/**
 * A Functions namespace as the API reports it (read model). The namespace's access {@code key},
 * which the API answers beside it (the credential {@code doctl serverless connect} uses), is never
 * read into this model.
 *
 * <p>The items of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_namespaces">functions_list_namespaces</a>.
 *
 * @param id the namespace id, {@code fn-} and a UUID: the {@code namespace_id} of every path
 * @param uuid the namespace's UUID
 * @param label the unique name
 * @param region the datacenter region, e.g. {@code fra1}
 * @param apiHost the host of the functions' endpoints, e.g. {@code https://faas-fra1-...}
 * @param createdAt when it was created, as the API writes it; empty when not reported
 */
public record FunctionNamespace(
    String id, String uuid, String label, String region, String apiHost, String createdAt) {
  /** Validates the components. */
  public FunctionNamespace {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(apiHost, "apiHost");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
