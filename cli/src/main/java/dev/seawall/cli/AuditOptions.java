package dev.seawall.cli;

import dev.seawall.core.audit.Audit;
import dev.seawall.spaces.SpacesAudit;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit options {@code seawall audit} takes from the environment and its Spaces options: the
 * Spaces keys ({@value SpacesCredentials#ACCESS_KEY_ID_VARIABLE}, {@value
 * SpacesCredentials#SECRET_ACCESS_KEY_VARIABLE}), without which buckets are skipped.
 */
final class AuditOptions {
  private AuditOptions() {}

  static Audit.Builder apply(
      Audit.Builder audit,
      Map<String, String> environment,
      List<String> spacesRegions,
      @Nullable String spacesEndpoint) {
    String id = environment.getOrDefault(SpacesCredentials.ACCESS_KEY_ID_VARIABLE, "");
    String secret = environment.getOrDefault(SpacesCredentials.SECRET_ACCESS_KEY_VARIABLE, "");
    if (!id.isBlank() && !secret.isBlank()) {
      audit.option(SpacesAudit.CREDENTIALS, SpacesCredentials.fromEnvironment(environment));
    }
    if (!spacesRegions.isEmpty()) {
      audit.option(SpacesAudit.REGIONS, List.copyOf(spacesRegions));
    }
    if (spacesEndpoint != null) {
      audit.option(SpacesAudit.ENDPOINT, SpacesEndpoint.of(spacesEndpoint));
    }
    return audit;
  }
}
