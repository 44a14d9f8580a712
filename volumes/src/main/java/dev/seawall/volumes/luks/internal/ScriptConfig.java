package dev.seawall.volumes.luks.internal;

import java.util.List;
import java.util.Objects;

/**
 * The validated values the provisioning script is generated from. Every string is already
 * validated; the renderer still shell-quotes each one.
 *
 * @param volumeName the DigitalOcean volume name
 * @param device the device path, {@code /dev/disk/by-id/scsi-0DO_Volume_<name>}
 * @param mapperName the device-mapper name
 * @param mountPoint the mount point
 * @param filesystem {@code ext4} or {@code xfs}
 * @param mountOptions the options passed to {@code mount -o}
 * @param fstabOptions the options written to fstab
 * @param crypttabKey the key field of the crypttab line (a path or {@code none})
 * @param crypttabOptions the options of the crypttab line
 * @param keySource {@code file}, {@code stdin}, {@code https} or {@code embedded}
 * @param keyFile the key file path for {@code file}, else empty
 * @param keyUrl the key URL for {@code https}, else empty
 * @param bearerTokenFile the bearer token file for {@code https}, else empty
 * @param embeddedKeyBase64 the embedded key for {@code embedded}, else empty; a secret
 * @param waitSeconds how long to wait for the device and key files
 * @param fastPbkdfForTests whether luksFormat uses the cheap test-only PBKDF parameters
 * @param headerComments comment lines (without {@code #}) describing usage and accepted risks
 */
public record ScriptConfig(
    String volumeName,
    String device,
    String mapperName,
    String mountPoint,
    String filesystem,
    String mountOptions,
    String fstabOptions,
    String crypttabKey,
    String crypttabOptions,
    String keySource,
    String keyFile,
    String keyUrl,
    String bearerTokenFile,
    String embeddedKeyBase64,
    long waitSeconds,
    boolean fastPbkdfForTests,
    List<String> headerComments) {

  /** Copies the list and checks for nulls. */
  public ScriptConfig {
    Objects.requireNonNull(volumeName, "volumeName");
    Objects.requireNonNull(embeddedKeyBase64, "embeddedKeyBase64");
    headerComments = List.copyOf(headerComments);
  }

  /** Never shows the embedded key. */
  @Override
  public String toString() {
    return "ScriptConfig[volumeName=" + volumeName + ", keySource=" + keySource + "]";
  }
}
