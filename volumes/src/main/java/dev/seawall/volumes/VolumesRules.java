package dev.seawall.volumes;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the volumes module (block-storage volumes and LUKS provisioning). The spec
 * builders of this module refuse what they describe (opt-outs take a {@code Justification}) and its
 * auditors flag it on read models. Ids are stable. {@link VolumesCatalog} registers them in the
 * {@link dev.seawall.core.policy.Catalog}.
 */
public final class VolumesRules {
  private VolumesRules() {}

  /** SW-VOL-001: Volume pre-formatted by the API while LUKS is wanted. */
  public static final Rule SW_VOL_001 =
      new Rule(
              "SW-VOL-001",
              "VolumeFormattedBeforeLuks",
              Severity.ERROR,
              "Volume pre-formatted by the API while LUKS is wanted",
              "filesystem_type formats the raw device, which a later luksFormat would have to destroy.",
              "Leave filesystemType unset and let LuksProvisioning create the filesystem inside LUKS.",
              List.of())
          .withAuditRemediation(
              "A pre-formatted volume cannot be made LUKS-ready in place: create a replacement under another name without filesystemType through Volumes.volumes(client).apply(spec), provision it with LuksProvisioning, copy the data over, then detach and delete the old volume with Volumes.volumes(client).delete(id).");

  /** SW-VOL-002: LUKS key material in user_data or metadata. */
  public static final Rule SW_VOL_002 =
      new Rule(
          "SW-VOL-002",
          "LuksKeyInUserData",
          Severity.ERROR,
          "LUKS key material in user_data or metadata",
          "User data is readable through the metadata service and stored in clear text; a key there protects nothing.",
          "Use a key file placed by the operator, standard input over SSH, or an HTTPS key URL; if needed use embedKeyInUserData(Justification).",
          List.of());

  /** SW-VOL-003: Mount without nodev,nosuid. */
  public static final Rule SW_VOL_003 =
      new Rule(
          "SW-VOL-003",
          "MountWithoutNodevNosuid",
          Severity.ERROR,
          "Mount without nodev,nosuid",
          "Device files and set-uid binaries on a data volume allow privilege escalation.",
          "Keep the default mount options nodev,nosuid; if needed use allowDevAndSuid(Justification).",
          List.of());
}
