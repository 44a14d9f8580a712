package dev.seawall.volumes.volume;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.volumes.VolumesRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Audits existing volumes against the volume rules that can be seen from the API.
 *
 * <ul>
 *   <li>SW-VOL-001: the volume was pre-formatted by DigitalOcean ({@code filesystem_type} is set),
 *       so its raw device holds a filesystem rather than LUKS.
 * </ul>
 *
 * <p>SW-VOL-002 (key material in user data) and SW-VOL-003 (mount options) concern the droplet's
 * configuration and are enforced by {@link dev.seawall.volumes.luks.LuksProvisioning}; the API does
 * not expose them. Stateless and thread-safe.
 */
public final class VolumeAuditor implements Auditor<Volume> {

  /** Creates an auditor. */
  public VolumeAuditor() {}

  /**
   * Audits one volume.
   *
   * @param volume the volume as fetched from the API
   * @return the violations found, resources named {@code volume/<name>}; empty if none
   */
  @Override
  public List<Violation> audit(Volume volume) {
    List<Violation> violations = new ArrayList<>();
    if (volume.isPreformatted()) {
      violations.add(
          VolumesRules.SW_VOL_001.violation(
              "volume/" + volume.name(),
              "DigitalOcean pre-formatted the volume with "
                  + volume.filesystemType()
                  + ", so its data is not inside LUKS; move the data to a LUKS-ready volume"
                  + " (created without filesystemType) provisioned with LuksProvisioning"));
    }
    return List.copyOf(violations);
  }
}
