package dev.seawall.core;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * A DigitalOcean action: an asynchronous operation such as creating a droplet or attaching a
 * volume, as returned by <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/actions_get">actions_get</a>.
 *
 * @param id the action id
 * @param status {@code in-progress}, {@code completed} or {@code errored}
 * @param type what the action does, e.g. {@code create}, {@code attach_volume}
 * @param startedAt when the action started, if reported
 * @param completedAt when it finished, if it has
 * @param resourceId the id of the resource the action works on (0 when not numeric or absent)
 * @param resourceType the kind of resource, e.g. {@code droplet}, {@code volume}
 * @param regionSlug the region slug, e.g. {@code nyc3}; empty when not reported
 */
public record Action(
    @Json(name = "id") long id,
    @Json(name = "status") Status status,
    @Json(name = "type") String type,
    @Json(name = "started_at") Optional<Instant> startedAt,
    @Json(name = "completed_at") Optional<Instant> completedAt,
    @Json(name = "resource_id") long resourceId,
    @Json(name = "resource_type") String resourceType,
    @Json(name = "region_slug") String regionSlug) {

  /** The status of an action. */
  public enum Status {
    /** Still running. */
    @Json(name = "in-progress")
    IN_PROGRESS,
    /** Finished successfully. */
    @Json(name = "completed")
    COMPLETED,
    /** Failed. */
    @Json(name = "errored")
    ERRORED,
    /** A status this version of Seawall does not know. */
    UNKNOWN
  }

  /** A short description for messages, e.g. {@code action 7 (attach_volume on volume 12)}. */
  public String describe() {
    StringBuilder text = new StringBuilder("action ").append(id);
    if (!type.isEmpty()) {
      text.append(" (").append(type);
      if (!resourceType.isEmpty()) {
        text.append(" on ").append(resourceType).append(' ').append(resourceId);
      }
      if (!regionSlug.isEmpty()) {
        text.append(" in ").append(regionSlug);
      }
      text.append(')');
    }
    return text.toString();
  }
}
