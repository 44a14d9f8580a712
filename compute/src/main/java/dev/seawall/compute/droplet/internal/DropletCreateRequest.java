package dev.seawall.compute.droplet.internal;

import com.squareup.moshi.Json;
import dev.seawall.compute.droplet.BackupPolicy;
import dev.seawall.compute.droplet.DropletSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Body of {@code droplets_create} (single droplet). {@code null} components are omitted.
 *
 * @param name the name
 * @param region the region slug
 * @param size the size slug
 * @param image a slug (String) or an id (Long)
 * @param sshKeys ids (Long) and fingerprints (String)
 * @param backups whether backups are on
 * @param backupPolicy the backup schedule, if any
 * @param ipv6 whether IPv6 is on
 * @param monitoring whether the monitoring agent is installed
 * @param tags the tags
 * @param userData user data, if any
 * @param vpcUuid the VPC, absent for the default VPC
 * @param withDropletAgent whether the droplet agent is installed
 * @param publicNetworking {@code false} for a private-only droplet, absent for the API default
 */
public record DropletCreateRequest(
    String name,
    String region,
    String size,
    Object image,
    @Json(name = "ssh_keys") List<Object> sshKeys,
    boolean backups,
    @Json(name = "backup_policy") @Nullable BackupPolicyBody backupPolicy,
    boolean ipv6,
    boolean monitoring,
    List<String> tags,
    @Json(name = "user_data") @Nullable String userData,
    @Json(name = "vpc_uuid") @Nullable String vpcUuid,
    @Json(name = "with_droplet_agent") boolean withDropletAgent,
    @Json(name = "public_networking") @Nullable Boolean publicNetworking) {

  /**
   * The request for a validated spec.
   *
   * @param spec the spec
   * @return the body
   */
  public static DropletCreateRequest of(DropletSpec spec) {
    return of(spec, List.of());
  }

  /**
   * The request for a validated spec, with extra tags (a creation mark).
   *
   * @param spec the spec
   * @param extraTags tags added to the spec's
   * @return the body
   */
  public static DropletCreateRequest of(DropletSpec spec, List<String> extraTags) {
    List<String> tags = new ArrayList<>(spec.tags());
    tags.addAll(extraTags);
    List<Object> keys = new ArrayList<>();
    for (String key : spec.sshKeys()) {
      keys.add(key.indexOf(':') >= 0 ? key : (Object) Long.valueOf(key));
    }
    return new DropletCreateRequest(
        spec.name(),
        spec.region(),
        spec.size(),
        spec.imageIsId() ? (Object) Long.valueOf(spec.image()) : spec.image(),
        keys,
        spec.backups(),
        spec.backupPolicy().map(BackupPolicyBody::of).orElse(null),
        spec.ipv6(),
        spec.monitoring(),
        tags,
        spec.userData().isEmpty() ? null : spec.userData(),
        spec.vpcUuid().orElse(null),
        spec.withDropletAgent(),
        spec.publicNetworking() ? null : Boolean.FALSE);
  }

  /**
   * {@code backup_policy}.
   *
   * @param plan {@code daily} or {@code weekly}
   * @param weekday {@code SUN}..{@code SAT} for a weekly plan
   * @param hour the window start hour, UTC
   */
  public record BackupPolicyBody(String plan, @Nullable String weekday, int hour) {
    static BackupPolicyBody of(BackupPolicy policy) {
      return new BackupPolicyBody(
          policy.plan().name().toLowerCase(Locale.ROOT),
          policy.weekday().map(day -> day.name().substring(0, 3)).orElse(null),
          policy.hour());
    }
  }

  /** Never prints the user data. */
  @Override
  public String toString() {
    return "DropletCreateRequest[" + name + "]";
  }
}
