package dev.seawall.core.audit;

import dev.seawall.core.policy.Location;
import java.util.Objects;

/**
 * One resource an audit read: its kind, name and id. Findings name it by {@link #label()} ({@code
 * firewall/web}, as the auditors do) and locate it by {@link #location()} ({@code
 * digitalocean://firewall/<id>}), so two resources of one name stay apart.
 *
 * @param kind the kind as in finding resources, e.g. {@code firewall}, {@code droplet}, {@code
 *     bucket}
 * @param name the resource's name
 * @param id the id DigitalOcean gave it (a bucket's is {@code <region>/<name>})
 */
public record AuditedResource(String kind, String name, String id) {
  /** Validates the components. */
  public AuditedResource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  /** {@code <kind>/<name>}, the resource as findings name it. */
  public String label() {
    return kind + "/" + name;
  }

  /** {@code digitalocean://<kind>/<id>}. */
  public Location location() {
    return Location.resource(kind, id);
  }
}
