package dev.seawall.apps.functions.internal;

import com.squareup.moshi.Json;
import dev.seawall.apps.functions.FunctionNamespace;

/**
 * {@code namespace_info} as the API writes it, without its {@code key} (a credential, never read).
 *
 * @param namespace the id, {@code fn-...}
 * @param uuid the UUID
 * @param label the unique name
 * @param region the region slug
 * @param apiHost the functions' host
 * @param createdAt the creation time
 */
public record NamespaceWire(
    String namespace,
    String uuid,
    String label,
    String region,
    @Json(name = "api_host") String apiHost,
    @Json(name = "created_at") String createdAt) {

  /** The read model. */
  public FunctionNamespace toModel() {
    return new FunctionNamespace(namespace, uuid, label, region, apiHost, createdAt);
  }
}
