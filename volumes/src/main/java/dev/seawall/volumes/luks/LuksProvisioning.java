package dev.seawall.volumes.luks;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.volumes.VolumesRules;
import dev.seawall.volumes.luks.internal.CloudConfigRenderer;
import dev.seawall.volumes.luks.internal.DropletPaths;
import dev.seawall.volumes.luks.internal.LuksScriptRenderer;
import dev.seawall.volumes.luks.internal.ScriptConfig;
import dev.seawall.volumes.volume.FilesystemType;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts a DigitalOcean block-storage volume with LUKS on the droplet: renders an idempotent
 * POSIX {@code sh} script ({@link #shellScript()}) and an equivalent {@code #cloud-config} document
 * ({@link #cloudConfig()}) that installs and, for unattended key sources, runs it on first boot.
 *
 * <p>The script, run as root on the droplet:
 *
 * <ol>
 *   <li>waits for {@code /dev/disk/by-id/scsi-0DO_Volume_<name>} (and for the key or bearer token
 *       file) for at most {@link Builder#waitTimeout(Duration) waitTimeout};
 *   <li>obtains the key from the {@link KeySource}; keys that arrive over stdin or HTTPS live in a
 *       root-only directory under {@code /run} (tmpfs) and are removed on exit;
 *   <li>runs {@code cryptsetup luksFormat} (LUKS2, argon2id, aes-xts-plain64, 512-bit key) only
 *       when {@code cryptsetup isLuks} says the device is not LUKS yet <em>and</em> {@code blkid}
 *       finds no other signature on it: re-running never destroys data, and a volume pre-formatted
 *       by the API is refused rather than wiped;
 *   <li>opens it as {@code /dev/mapper/<mapperName>} unless it is open;
 *   <li>creates the filesystem (ext4 or xfs) only when the mapping holds no signature at all;
 *   <li>appends {@code /etc/crypttab} and {@code /etc/fstab} lines (with {@code nofail}) unless an
 *       entry for the mapping / mount point exists; existing lines are never changed;
 *   <li>mounts with {@code nodev,nosuid} (and {@code noexec} if asked) unless already mounted.
 * </ol>
 *
 * <p>When the key is not available at boot (standard input, HTTPS, embedded), the crypttab and
 * fstab lines also carry {@code noauto}: after a reboot, run the installed script ({@link
 * #scriptPath()}) again. With a key file, systemd unlocks the volume at boot if the file is there.
 *
 * <pre>{@code
 * LuksProvisioning luks = LuksProvisioning.builder()
 *     .volumeName("pgdata")
 *     .mountPoint("/var/lib/postgresql")
 *     .filesystem(FilesystemType.XFS)
 *     .keySource(KeySource.keyFile("/run/keys/pgdata.key"))
 *     .build();
 * String userData = luks.cloudConfig();
 * }</pre>
 *
 * <p>Policy: SW-VOL-002 refuses {@link KeySource#embedded(LuksKey)} unless {@link
 * Builder#embedKeyInUserData(Justification)} accepts it; SW-VOL-003 refuses mount options {@code
 * dev} or {@code suid} unless {@link Builder#allowDevAndSuid(Justification)} accepts them.
 * Immutable; {@link #toString()} never shows key material, but {@link #shellScript()} and {@link
 * #cloudConfig()} contain an embedded key.
 */
public final class LuksProvisioning {
  /** Default time the script waits for the device and key files: 5 minutes. */
  public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(5);

  /** Where the cloud-config installs the script: this prefix followed by the volume name. */
  public static final String SCRIPT_PATH_PREFIX = "/usr/local/sbin/seawall-luks-";

  private static final Duration MAX_WAIT_TIMEOUT = Duration.ofHours(1);
  private static final Set<String> MANAGED_OPTIONS = Set.of("nofail", "nodev", "nosuid", "noexec");
  private static final Set<String> DEV_AND_SUID = Set.of("dev", "suid");

  private final String volumeName;
  private final String mapperName;
  private final String mountPoint;
  private final FilesystemType filesystem;
  private final KeySource keySource;
  private final boolean noexec;
  private final List<String> extraMountOptions;
  private final Duration waitTimeout;
  private final boolean fastPbkdfForTestsOnly;
  private final List<AcknowledgedRisk> acknowledgedRisks;
  private final String shellScript;
  private final String cloudConfig;

  private LuksProvisioning(Builder builder, KeySource keySource) {
    this.volumeName = builder.volumeName;
    this.mapperName = builder.effectiveMapperName();
    this.mountPoint = builder.mountPoint;
    this.filesystem = builder.filesystem;
    this.keySource = keySource;
    this.noexec = builder.noexec;
    this.extraMountOptions = List.copyOf(builder.extraMountOptions);
    this.waitTimeout = builder.waitTimeout;
    this.fastPbkdfForTestsOnly = builder.fastPbkdfForTestsOnly;
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
    this.shellScript = LuksScriptRenderer.render(scriptConfig());
    this.cloudConfig =
        CloudConfigRenderer.render(
            shellScript, scriptPath(), packages(), keySource.isUnattended(), cloudConfigComments());
  }

  /** Starts a builder; volume name, mount point and key source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this provisioning's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.volumeName = volumeName;
    builder.mapperName = mapperName.equals(volumeName) ? null : mapperName;
    builder.mountPoint = mountPoint;
    builder.filesystem = filesystem;
    builder.keySource = keySource;
    builder.noexec = noexec;
    builder.extraMountOptions.addAll(extraMountOptions);
    builder.waitTimeout = waitTimeout;
    builder.fastPbkdfForTestsOnly = fastPbkdfForTestsOnly;
    builder.acknowledgedRisks.addAll(acknowledgedRisks);
    return builder;
  }

  /** The DigitalOcean volume name. */
  public String volumeName() {
    return volumeName;
  }

  /** The device the droplet sees: {@code /dev/disk/by-id/scsi-0DO_Volume_<volumeName>}. */
  public String devicePath() {
    return "/dev/disk/by-id/scsi-0DO_Volume_" + volumeName;
  }

  /** The device-mapper name; defaults to the volume name. */
  public String mapperName() {
    return mapperName;
  }

  /** The opened LUKS device, {@code /dev/mapper/<mapperName>}. */
  public String mapperDevicePath() {
    return "/dev/mapper/" + mapperName;
  }

  /** The mount point, an absolute path. */
  public String mountPoint() {
    return mountPoint;
  }

  /** The filesystem created inside LUKS; default ext4. */
  public FilesystemType filesystem() {
    return filesystem;
  }

  /** Where the droplet obtains the key. */
  public KeySource keySource() {
    return keySource;
  }

  /** How long the script waits for the device and key files. */
  public Duration waitTimeout() {
    return waitTimeout;
  }

  /** Whether the script uses the cheap, test-only PBKDF parameters. */
  public boolean isFastPbkdfForTestsOnly() {
    return fastPbkdfForTestsOnly;
  }

  /**
   * The options passed to {@code mount -o}: the extra options first, then {@code nodev,nosuid}
   * (unless SW-VOL-003 was accepted) and {@code noexec} if asked, so that Seawall's options win.
   */
  public List<String> mountOptions() {
    List<String> options = new ArrayList<>(extraMountOptions);
    if (!Checks.isAcknowledged(VolumesRules.SW_VOL_003, acknowledgedRisks)) {
      options.add("nodev");
      options.add("nosuid");
    }
    if (noexec) {
      options.add("noexec");
    }
    if (options.isEmpty()) {
      options.add("defaults");
    }
    return List.copyOf(options);
  }

  /** The options of the fstab line: the mount options plus {@code nofail} (and {@code noauto}). */
  public List<String> fstabOptions() {
    List<String> options = new ArrayList<>(mountOptions());
    options.add("nofail");
    if (!unlocksAtBoot()) {
      options.add("noauto");
    }
    return List.copyOf(options);
  }

  /** Where the cloud-config installs the script: {@code /usr/local/sbin/seawall-luks-<name>}. */
  public String scriptPath() {
    return SCRIPT_PATH_PREFIX + volumeName;
  }

  /**
   * The packages the script needs, installed by the cloud-config: {@code cryptsetup}, plus {@code
   * xfsprogs} for xfs and {@code curl} for an HTTPS key source.
   */
  public List<String> packages() {
    List<String> packages = new ArrayList<>(List.of("cryptsetup"));
    if (filesystem == FilesystemType.XFS) {
      packages.add("xfsprogs");
    }
    if (keySource instanceof KeySource.HttpsUrl) {
      packages.add("curl");
    }
    return List.copyOf(packages);
  }

  /** The risks accepted through opt-outs (SW-VOL-002, SW-VOL-003); empty by default. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /**
   * The provisioning script (POSIX {@code sh}, run as root). It contains the key only for an
   * embedded key source. Setting {@code SEAWALL_LUKS_FUNCTIONS_ONLY=1} while sourcing it defines
   * the stage functions without running anything.
   */
  public String shellScript() {
    return shellScript;
  }

  /**
   * The {@code #cloud-config} user data: installs {@link #packages()}, writes the {@link
   * #shellScript()} to {@link #scriptPath()} (mode 0700) and, unless the key source is {@link
   * KeySource#standardInput()}, runs it on first boot. It contains the key only for an embedded key
   * source (SW-VOL-002 opt-out).
   */
  public String cloudConfig() {
    return cloudConfig;
  }

  /** Never shows key material. */
  @Override
  public String toString() {
    return "LuksProvisioning[volumeName="
        + volumeName
        + ", mountPoint="
        + mountPoint
        + ", filesystem="
        + filesystem.slug()
        + ", keySource="
        + keySource
        + ", mountOptions="
        + String.join(",", mountOptions())
        + (fastPbkdfForTestsOnly ? ", fastPbkdfForTestsOnly" : "")
        + "]";
  }

  private boolean unlocksAtBoot() {
    return keySource instanceof KeySource.KeyFile;
  }

  private ScriptConfig scriptConfig() {
    String keyFile = "";
    String keyUrl = "";
    String bearerTokenFile = "";
    String embedded = "";
    String source;
    if (keySource instanceof KeySource.KeyFile file) {
      source = "file";
      keyFile = file.path();
    } else if (keySource instanceof KeySource.HttpsUrl url) {
      source = "https";
      keyUrl = url.url().toASCIIString();
      bearerTokenFile = url.bearerTokenFile();
    } else if (keySource instanceof KeySource.Embedded key) {
      source = "embedded";
      embedded = key.key().base64();
    } else {
      source = "stdin";
    }
    List<String> options = new ArrayList<>(List.of("luks", "nofail"));
    if (!unlocksAtBoot()) {
      options.add("noauto");
    }
    return new ScriptConfig(
        volumeName,
        devicePath(),
        mapperName,
        mountPoint,
        filesystem.slug(),
        String.join(",", mountOptions()),
        String.join(",", fstabOptions()),
        unlocksAtBoot() ? keyFile : "none",
        String.join(",", options),
        source,
        keyFile,
        keyUrl,
        bearerTokenFile,
        embedded,
        waitTimeout.toSeconds(),
        fastPbkdfForTestsOnly,
        scriptComments());
  }

  private List<String> scriptComments() {
    List<String> comments = new ArrayList<>();
    comments.add("Seawall LUKS provisioning for DigitalOcean volume " + volumeName + ".");
    comments.add("Generated by dev.seawall.volumes.luks.LuksProvisioning; run as root.");
    comments.add("Safe to re-run: never formats a device that holds LUKS or any other signature,");
    comments.add("never creates a filesystem where one exists, never changes existing lines.");
    comments.add("");
    comments.addAll(usage());
    addRiskComments(comments);
    return comments;
  }

  private List<String> cloudConfigComments() {
    List<String> comments = new ArrayList<>();
    comments.add("Seawall LUKS provisioning for DigitalOcean volume " + volumeName + ".");
    comments.addAll(usage());
    addRiskComments(comments);
    return comments;
  }

  private void addRiskComments(List<String> comments) {
    for (AcknowledgedRisk risk : acknowledgedRisks) {
      comments.add("Accepted risk " + risk.ruleId() + ": " + risk.justification().text());
    }
    if (fastPbkdfForTestsOnly) {
      comments.add("TEST ONLY: cheap PBKDF parameters; never use this script in production.");
    }
  }

  private List<String> usage() {
    if (keySource instanceof KeySource.KeyFile file) {
      return List.of(
          "Key: place the key file at "
              + file.path()
              + " (chmod 600, ideally on tmpfs); the script waits "
              + waitTimeout.toSeconds()
              + " s for it.");
    } else if (keySource instanceof KeySource.HttpsUrl url) {
      return List.of(
          "Key: downloaded over HTTPS with the bearer token in "
              + url.bearerTokenFile()
              + " (chmod 600); re-run "
              + scriptPath()
              + " after a reboot.");
    } else if (keySource instanceof KeySource.Embedded) {
      return List.of(
          "Key: EMBEDDED in this file (SW-VOL-002); anyone who can read it can decrypt.");
    }
    return List.of(
        "Key: on standard input, e.g. ssh root@DROPLET "
            + scriptPath()
            + " < "
            + volumeName
            + ".key (also after a reboot).");
  }

  /** Builder for {@link LuksProvisioning}. Not thread-safe. */
  public static final class Builder {
    private String volumeName = "";
    private @Nullable String mapperName;
    private String mountPoint = "";
    private FilesystemType filesystem = FilesystemType.EXT4;
    private @Nullable KeySource keySource;
    private boolean noexec;
    private final List<String> extraMountOptions = new ArrayList<>();
    private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;
    private boolean fastPbkdfForTestsOnly;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /** Sets the DigitalOcean volume name (required); DigitalOcean naming rules apply. */
    public Builder volumeName(String volumeName) {
      this.volumeName = Objects.requireNonNull(volumeName, "volumeName").strip();
      return this;
    }

    /**
     * Sets the device-mapper name ({@code /dev/mapper/<name>}): letters, digits, {@code _ . -}, at
     * most 64 characters. Default: the volume name.
     */
    public Builder mapperName(String mapperName) {
      this.mapperName = Objects.requireNonNull(mapperName, "mapperName").strip();
      return this;
    }

    /**
     * Sets the mount point (required): an absolute, normalized path of letters, digits and {@code .
     * _ @ + -}, not {@code /} or a system directory such as {@code /etc}.
     */
    public Builder mountPoint(String mountPoint) {
      this.mountPoint = Objects.requireNonNull(mountPoint, "mountPoint").strip();
      return this;
    }

    /** Sets the filesystem created inside LUKS; default {@link FilesystemType#EXT4}. */
    public Builder filesystem(FilesystemType filesystem) {
      this.filesystem = Objects.requireNonNull(filesystem, "filesystem");
      return this;
    }

    /** Sets where the droplet obtains the key (required); see {@link KeySource}. */
    public Builder keySource(KeySource keySource) {
      this.keySource = Objects.requireNonNull(keySource, "keySource");
      return this;
    }

    /** Also mounts with {@code noexec} (no programs run from the volume); default false. */
    public Builder noexec(boolean noexec) {
      this.noexec = noexec;
      return this;
    }

    /**
     * Replaces the extra mount options (e.g. {@code noatime}, {@code discard}); default none.
     * {@code nodev}, {@code nosuid}, {@code noexec} and {@code nofail} are managed by Seawall;
     * {@code dev} and {@code suid} need {@link #allowDevAndSuid(Justification)}.
     */
    public Builder mountOptions(Collection<String> options) {
      List<String> copy = List.copyOf(options);
      extraMountOptions.clear();
      extraMountOptions.addAll(copy);
      return this;
    }

    /** Appends an extra mount option; see {@link #mountOptions(Collection)}. */
    public Builder addMountOption(String option) {
      extraMountOptions.add(Objects.requireNonNull(option, "option").strip());
      return this;
    }

    /**
     * Sets how long the script waits for the device (and a key or token file) to appear; 1 second
     * to 1 hour, default 5 minutes, whole seconds.
     */
    public Builder waitTimeout(Duration waitTimeout) {
      this.waitTimeout = Objects.requireNonNull(waitTimeout, "waitTimeout");
      return this;
    }

    /**
     * Opt-out of SW-VOL-003: mounts without {@code nodev,nosuid}, so device files and set-uid
     * programs on the volume take effect, which allows privilege escalation by anyone who can write
     * to it. Also permits the {@code dev} and {@code suid} options.
     *
     * @param justification why the volume needs device files or set-uid programs
     * @return this builder
     */
    public Builder allowDevAndSuid(Justification justification) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              VolumesRules.SW_VOL_003,
              Objects.requireNonNull(justification, "justification"),
              "mounted without nodev,nosuid"));
      return this;
    }

    /**
     * Opt-out of SW-VOL-002: accepts {@link KeySource#embedded(LuksKey)}, which places the key in
     * the script and cloud-config. User data is stored by DigitalOcean in clear text and readable
     * from the metadata service by every process on the droplet, so the encryption then protects
     * little. The generated user data will also trip secret scanners (SW-DR-004).
     *
     * @param justification why the key may live in user data
     * @return this builder
     */
    public Builder embedKeyInUserData(Justification justification) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              VolumesRules.SW_VOL_002,
              Objects.requireNonNull(justification, "justification"),
              "LUKS key embedded in user data"));
      return this;
    }

    /**
     * FOR TESTS ONLY: makes {@code luksFormat} use cheap argon2id parameters (32 KiB memory, 4
     * iterations, 1 thread) so that tests format images in milliseconds. A passphrase protected
     * this way is cheap to brute-force; never use it for real volumes. Default off.
     */
    public Builder fastPbkdfForTestsOnly() {
      this.fastPbkdfForTestsOnly = true;
      return this;
    }

    /**
     * Validates the values and the policy, reporting every problem at once.
     *
     * @return the provisioning, or every violation (SW-INPUT-001 for malformed values, SW-VOL-002,
     *     SW-VOL-003)
     */
    public Validation<Seq<Violation>, LuksProvisioning> validate() {
      Checks checks = Checks.on("luks/" + (volumeName.isEmpty() ? "?" : volumeName));
      NameRule.VOLUME.check(checks, "volumeName", volumeName);
      if (!DropletPaths.isMapperName(effectiveMapperName())) {
        checks.invalid(
            "mapperName", "must be 1 to 64 letters, digits or _ . -, starting with a letter/digit");
      }
      DropletPaths.mountPointProblem(mountPoint).ifPresent(p -> checks.invalid("mountPoint", p));
      KeySource source = keySource;
      if (source == null) {
        checks.invalid(
            "keySource",
            "must be set: KeySource.keyFile(path), KeySource.standardInput() or"
                + " KeySource.httpsUrl(url, bearerTokenFile)");
      } else if (source instanceof KeySource.KeyFile file) {
        DropletPaths.pathProblem(file.path()).ifPresent(p -> checks.invalid("keySource.path", p));
      } else if (source instanceof KeySource.HttpsUrl url) {
        DropletPaths.httpsUrlProblem(url.url()).ifPresent(p -> checks.invalid("keySource.url", p));
        DropletPaths.pathProblem(url.bearerTokenFile())
            .ifPresent(p -> checks.invalid("keySource.bearerTokenFile", p));
      }
      checks.refuseUnlessAcknowledged(
          VolumesRules.SW_VOL_002,
          source instanceof KeySource.Embedded,
          acknowledgedRisks,
          "the LUKS key would be embedded in the script and cloud-config (user data); use"
              + " KeySource.keyFile, standardInput or httpsUrl",
          "embedKeyInUserData(Justification)");
      for (int i = 0; i < extraMountOptions.size(); i++) {
        String option = extraMountOptions.get(i);
        Checks at = checks.at("mountOptions[" + i + "]");
        if (!DropletPaths.isMountOption(option)) {
          at.invalid("", "must be one mount option word such as noatime (no commas or spaces)");
        } else if (MANAGED_OPTIONS.contains(option)) {
          at.invalid("", option + " is managed by Seawall; use noexec(true) for noexec");
        } else if (option.equals("exec") && noexec) {
          at.invalid("", "exec contradicts noexec(true)");
        } else {
          at.refuseUnlessAcknowledged(
              VolumesRules.SW_VOL_003,
              DEV_AND_SUID.contains(option),
              acknowledgedRisks,
              "mount option " + option + " re-enables device files or set-uid programs",
              "allowDevAndSuid(Justification)");
        }
      }
      if (waitTimeout.compareTo(Duration.ofSeconds(1)) < 0
          || waitTimeout.compareTo(MAX_WAIT_TIMEOUT) > 0) {
        checks.invalid("waitTimeout", "must be between 1 second and 1 hour");
      }
      return checks.result(() -> new LuksProvisioning(this, Objects.requireNonNull(source)));
    }

    /**
     * Builds the provisioning and renders its script and cloud-config.
     *
     * @throws InvalidSpecException listing every violation when {@link #validate()} fails
     */
    public LuksProvisioning build() {
      Validation<Seq<Violation>, LuksProvisioning> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private String effectiveMapperName() {
      return mapperName == null ? volumeName : mapperName;
    }
  }
}
