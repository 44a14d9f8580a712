package dev.seawall.compute.droplet;

import dev.seawall.compute.ComputeRules;
import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.TagName;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a droplet should look like: the body of {@code droplets_create} (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_create">API
 * reference</a>), hardened by construction.
 *
 * <p>Rules enforced by {@link Builder#validate()}:
 *
 * <ul>
 *   <li><b>SW-DR-001</b> at least one SSH key (id or MD5 fingerprint). There is no opt-out: without
 *       a key DigitalOcean e-mails a root password.
 *   <li><b>SW-DR-002</b> an explicit {@link Builder#vpcUuid(String) vpcUuid}; the opt-out {@link
 *       Builder#inDefaultVpc(Justification)} places the droplet in the region's default VPC and
 *       records the acknowledged risk.
 *   <li><b>SW-DR-004</b> user data is scanned with {@link UserDataScanner} and refused if it holds
 *       a secret (DigitalOcean token, private key, password assignment, ...). There is no opt-out;
 *       the violation names the kind and line of each finding, never the secret.
 * </ul>
 *
 * <p>Malformed values are reported under SW-INPUT-001: a name that is not a host name ({@link
 * NameRule#DROPLET}), a blank region, size or image, a VPC UUID that is not a UUID, an SSH key that
 * is neither a positive id nor an MD5 fingerprint, a tag that is not a {@link TagName}, user data
 * over 64 KiB, IPv6 without public networking.
 *
 * <p>Defaults: monitoring on ({@code monitoring: true}), droplet agent on ({@code
 * with_droplet_agent: true}, which also makes an agent installation failure fail the create),
 * public networking on (DigitalOcean's default; {@code public_networking} is sent only when turned
 * off), IPv6 off, backups off, no tags, no user data.
 *
 * <p>Immutable. {@link #toString()} never prints the user data, only its size.
 */
public final class DropletSpec {
  /** Largest user data DigitalOcean accepts, in bytes (64 KiB, UTF-8). */
  public static final int MAX_USER_DATA_BYTES = 64 * 1024;

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern MD5_FINGERPRINT = Pattern.compile("([0-9a-f]{2}:){15}[0-9a-f]{2}");
  private static final Pattern KEY_ID = Pattern.compile("[1-9][0-9]{0,18}");

  private final String name;
  private final String region;
  private final String size;
  private final String image;
  private final boolean imageIsId;
  private final List<String> sshKeys;
  private final String vpcUuid;
  private final boolean monitoring;
  private final boolean dropletAgent;
  private final List<String> tags;
  private final boolean publicNetworking;
  private final boolean ipv6;
  private final String userData;
  private final boolean backups;
  private final @Nullable BackupPolicy backupPolicy;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private DropletSpec(Builder b) {
    this.name = b.name;
    this.region = b.region;
    this.size = b.size;
    this.image = b.image;
    this.imageIsId = b.imageIsId;
    this.sshKeys = List.copyOf(b.sshKeys);
    this.vpcUuid = b.vpcUuid;
    this.monitoring = b.monitoring;
    this.dropletAgent = b.dropletAgent;
    this.tags = List.copyOf(b.tags);
    this.publicNetworking = b.publicNetworking;
    this.ipv6 = b.ipv6;
    this.userData = b.userData;
    this.backups = b.backups;
    this.backupPolicy = b.backupPolicy;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** Starts a spec with the secure defaults listed in the class description. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.region = region;
    b.size = size;
    b.image = image;
    b.imageIsId = imageIsId;
    b.sshKeys.addAll(sshKeys);
    b.vpcUuid = vpcUuid;
    b.monitoring = monitoring;
    b.dropletAgent = dropletAgent;
    b.tags.addAll(tags);
    b.publicNetworking = publicNetworking;
    b.ipv6 = ipv6;
    b.userData = userData;
    b.backups = backups;
    b.backupPolicy = backupPolicy;
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The droplet name, which is also its hostname. */
  public String name() {
    return name;
  }

  /** The region slug, e.g. {@code fra1}. */
  public String region() {
    return region;
  }

  /** The size slug, e.g. {@code s-1vcpu-1gb}. */
  public String size() {
    return size;
  }

  /** The image slug (e.g. {@code ubuntu-24-04-x64}) or, if {@link #imageIsId()}, its numeric id. */
  public String image() {
    return image;
  }

  /** Whether {@link #image()} is a numeric image id rather than a slug. */
  public boolean imageIsId() {
    return imageIsId;
  }

  /** The SSH keys embedded in root's {@code authorized_keys}: numeric ids or MD5 fingerprints. */
  public List<String> sshKeys() {
    return sshKeys;
  }

  /**
   * The VPC UUID; empty if the droplet goes into the default VPC ({@link Builder#inDefaultVpc}).
   */
  public Optional<String> vpcUuid() {
    return vpcUuid.isEmpty() ? Optional.empty() : Optional.of(vpcUuid);
  }

  /** Whether the monitoring agent is installed (default true). */
  public boolean monitoring() {
    return monitoring;
  }

  /** Whether the droplet agent (web console) is installed (default true). */
  public boolean withDropletAgent() {
    return dropletAgent;
  }

  /** The tags, in the order given. */
  public List<String> tags() {
    return tags;
  }

  /** Whether the droplet gets public IP addresses (default true). */
  public boolean publicNetworking() {
    return publicNetworking;
  }

  /** Whether IPv6 is enabled (default false). */
  public boolean ipv6() {
    return ipv6;
  }

  /** The user data; empty when none. Checked for secrets by {@link Builder#validate()}. */
  public String userData() {
    return userData;
  }

  /** Whether automated backups are enabled (default false). */
  public boolean backups() {
    return backups;
  }

  /** The backup policy, when backups are enabled with one. */
  public Optional<BackupPolicy> backupPolicy() {
    return Optional.ofNullable(backupPolicy);
  }

  /** Risks accepted through opt-outs, each with its justification. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /** The resource name used in violations, {@code droplet/<name>}. */
  public String resource() {
    return "droplet/" + name;
  }

  /** Never prints the user data, only its size in bytes. */
  @Override
  public String toString() {
    return "DropletSpec[name="
        + name
        + ", region="
        + region
        + ", size="
        + size
        + ", image="
        + image
        + ", sshKeys="
        + sshKeys
        + ", vpcUuid="
        + (vpcUuid.isEmpty() ? "<default VPC>" : vpcUuid)
        + ", monitoring="
        + monitoring
        + ", withDropletAgent="
        + dropletAgent
        + ", tags="
        + tags
        + ", publicNetworking="
        + publicNetworking
        + ", ipv6="
        + ipv6
        + ", userData="
        + userData.getBytes(StandardCharsets.UTF_8).length
        + " bytes, backups="
        + backups
        + ", acknowledgedRisks="
        + acknowledgedRisks.stream().map(AcknowledgedRisk::ruleId).collect(Collectors.toList())
        + "]";
  }

  /** Builder for {@link DropletSpec}. Not thread-safe. */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private String size = "";
    private String image = "";
    private boolean imageIsId;
    private final List<String> sshKeys = new ArrayList<>();
    private String vpcUuid = "";
    private boolean monitoring = true;
    private boolean dropletAgent = true;
    private final List<String> tags = new ArrayList<>();
    private boolean publicNetworking = true;
    private boolean ipv6;
    private String userData = "";
    private boolean backups;
    private @Nullable BackupPolicy backupPolicy;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the droplet name; it becomes the hostname, so it follows hostname rules (labels of
     * letters, digits and hyphens separated by dots). Required.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
      return this;
    }

    /** Sets the region slug, e.g. {@code fra1}. Required; must be the region of the VPC. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip();
      return this;
    }

    /** Sets the size slug, e.g. {@code s-1vcpu-1gb}. Required. */
    public Builder size(String size) {
      this.size = Objects.requireNonNull(size, "size").strip();
      return this;
    }

    /** Sets a public image by slug, e.g. {@code ubuntu-24-04-x64}. Required (or an image id). */
    public Builder image(String slug) {
      this.image = Objects.requireNonNull(slug, "slug").strip();
      this.imageIsId = false;
      return this;
    }

    /** Sets an image (public, custom or snapshot) by numeric id. */
    public Builder image(long id) {
      this.image = Long.toString(id);
      this.imageIsId = true;
      return this;
    }

    /**
     * Replaces the SSH keys with these ids or MD5 fingerprints (as {@code sshKeys} of the API shows
     * them, e.g. {@code "512189"} or {@code "3b:16:bf:...:45:fa"}). At least one is required
     * (SW-DR-001, no opt-out).
     */
    public Builder sshKeys(String... idsOrFingerprints) {
      return sshKeys(List.of(idsOrFingerprints));
    }

    /**
     * Replaces the SSH keys with these ids or MD5 fingerprints; see {@link #sshKeys(String...)}.
     */
    public Builder sshKeys(Collection<String> idsOrFingerprints) {
      List<String> copy = new ArrayList<>();
      for (String key : idsOrFingerprints) {
        copy.add(Objects.requireNonNull(key, "ssh key").strip());
      }
      sshKeys.clear();
      sshKeys.addAll(copy);
      return this;
    }

    /** Adds an SSH key by id or MD5 fingerprint. */
    public Builder addSshKey(String idOrFingerprint) {
      sshKeys.add(Objects.requireNonNull(idOrFingerprint, "idOrFingerprint").strip());
      return this;
    }

    /** Adds an SSH key by its numeric id. */
    public Builder addSshKey(long id) {
      sshKeys.add(Long.toString(id));
      return this;
    }

    /** Adds an uploaded SSH key (by its id). */
    public Builder addSshKey(SshKey key) {
      return addSshKey(key.id());
    }

    /**
     * Adds a public key by its MD5 fingerprint. The key must be uploaded to the account before the
     * droplet is created (e.g. with {@code SshKeyService.apply}).
     */
    public Builder addSshKey(SshPublicKey key) {
      sshKeys.add(key.md5Fingerprint());
      return this;
    }

    /**
     * Places the droplet in this VPC (SW-DR-002). The VPC must be in the droplet's region.
     *
     * @param vpcUuid the VPC's id, a UUID
     */
    public Builder vpcUuid(String vpcUuid) {
      this.vpcUuid = Objects.requireNonNull(vpcUuid, "vpcUuid").strip();
      return this;
    }

    /**
     * Opt-out of SW-DR-002: creates the droplet without {@code vpc_uuid}, so DigitalOcean places it
     * in the region's default VPC, whose private network it shares with every other resource of the
     * account in that region. Records an {@link AcknowledgedRisk} for SW-DR-002. Cannot be combined
     * with {@link #vpcUuid(String)}.
     *
     * @param justification why the default VPC is acceptable
     */
    public Builder inDefaultVpc(Justification justification) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              ComputeRules.SW_DR_002, Objects.requireNonNull(justification), "default VPC"));
      return this;
    }

    /** Installs the monitoring agent ({@code monitoring}); default true. */
    public Builder monitoring(boolean monitoring) {
      this.monitoring = monitoring;
      return this;
    }

    /**
     * Installs the droplet agent that powers the control panel's web console ({@code
     * with_droplet_agent}); default true. When true the value is sent explicitly, so an image that
     * cannot run the agent fails the create instead of silently running without it.
     */
    public Builder withDropletAgent(boolean withDropletAgent) {
      this.dropletAgent = withDropletAgent;
      return this;
    }

    /** Replaces the tags. Tags may name existing or new tags; {@code [A-Za-z0-9_:-]{1,255}}. */
    public Builder tags(String... tags) {
      return tags(List.of(tags));
    }

    /** Replaces the tags. */
    public Builder tags(Collection<String> tags) {
      List<String> copy = new ArrayList<>();
      for (String tag : tags) {
        copy.add(Objects.requireNonNull(tag, "tag").strip());
      }
      this.tags.clear();
      this.tags.addAll(copy);
      return this;
    }

    /** Adds a tag. */
    public Builder addTag(String tag) {
      tags.add(Objects.requireNonNull(tag, "tag").strip());
      return this;
    }

    /**
     * Whether the droplet has public networking ({@code public_networking}); default true, as in
     * the API. When false the droplet has no public IPv4 or IPv6 address and none can be assigned
     * later; it is reachable only inside its VPC and needs a NAT gateway for outbound traffic.
     * {@code false} requires {@link #ipv6(boolean) ipv6(false)}.
     */
    public Builder publicNetworking(boolean publicNetworking) {
      this.publicNetworking = publicNetworking;
      return this;
    }

    /** Enables a public IPv6 address ({@code ipv6}); default false. */
    public Builder ipv6(boolean ipv6) {
      this.ipv6 = ipv6;
      return this;
    }

    /**
     * Sets the user data (cloud-config or a script, plain text, at most 64 KiB UTF-8). It is
     * scanned for secrets by {@link #validate()} and refused if it holds one (SW-DR-004, no
     * opt-out): deliver secrets at runtime instead. An empty string means no user data.
     */
    public Builder userData(String userData) {
      this.userData = Objects.requireNonNull(userData, "userData");
      return this;
    }

    /** Enables or disables automated backups ({@code backups}); default false. */
    public Builder backups(boolean backups) {
      this.backups = backups;
      if (!backups) {
        this.backupPolicy = null;
      }
      return this;
    }

    /** Enables automated backups with this schedule ({@code backups} + {@code backup_policy}). */
    public Builder backups(BackupPolicy policy) {
      this.backups = true;
      this.backupPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Checks the spec against the rules and input constraints.
     *
     * @return the spec, or every violation found (rule violations and SW-INPUT-001)
     */
    public Validation<Seq<Violation>, DropletSpec> validate() {
      Checks checks = Checks.on("droplet/" + (name.isEmpty() ? "<unnamed>" : name));
      validateInput(checks);
      checks
          .at("sshKeys")
          .require(
              !sshKeys.isEmpty(),
              ComputeRules.SW_DR_001,
              "the droplet has no SSH key; add one with sshKeys(...) or addSshKey(...)"
                  + " (there is no opt-out: root passwords by e-mail are never acceptable)");
      boolean defaultVpcAcknowledged =
          Checks.isAcknowledged(ComputeRules.SW_DR_002, acknowledgedRisks);
      if (!vpcUuid.isEmpty() && defaultVpcAcknowledged) {
        checks.invalid(
            "vpcUuid", "vpcUuid(...) and inDefaultVpc(Justification) exclude each other; use one");
      }
      checks
          .at("vpcUuid")
          .refuseUnlessAcknowledged(
              ComputeRules.SW_DR_002,
              vpcUuid.isEmpty(),
              acknowledgedRisks,
              "the droplet has no vpcUuid and would be placed in the region's default VPC;"
                  + " set vpcUuid(...) to a VPC created for this workload",
              "inDefaultVpc(Justification)");
      List<SecretFinding> findings = UserDataScanner.scan(userData);
      if (!findings.isEmpty()) {
        checks
            .at("userData")
            .refuse(
                ComputeRules.SW_DR_004,
                "user data contains "
                    + findings.stream()
                        .map(SecretFinding::toString)
                        .collect(Collectors.joining(", "))
                    + "; remove it and deliver secrets at runtime (secrets manager, scp, a key file)"
                    + " (there is no opt-out)");
      }
      return checks.result(() -> new DropletSpec(this));
    }

    private void validateInput(Checks checks) {
      if (name.isEmpty()) {
        checks.invalid("name", "must not be blank");
      } else {
        NameRule.DROPLET.check(checks, "name", name);
      }
      if (region.isEmpty()) {
        checks.invalid("region", "must not be blank; set the region slug, e.g. fra1");
      }
      if (size.isEmpty()) {
        checks.invalid("size", "must not be blank; set the size slug, e.g. s-1vcpu-1gb");
      }
      if (image.isEmpty()) {
        checks.invalid("image", "must not be blank; set an image slug or id");
      } else if (imageIsId && Long.parseLong(image) <= 0) {
        checks.invalid("image", "an image id must be positive");
      }
      for (int i = 0; i < sshKeys.size(); i++) {
        String key = sshKeys.get(i);
        if (!isKeyId(key) && !MD5_FINGERPRINT.matcher(key).matches()) {
          checks.invalid(
              "sshKeys[" + i + "]",
              key.startsWith("SHA256:")
                  ? "DigitalOcean identifies keys by MD5 fingerprint; use"
                      + " SshPublicKey.parse(line).md5Fingerprint() or the key id"
                  : "must be a positive key id or an MD5 fingerprint (16 lowercase hex pairs"
                      + " separated by colons)");
        }
      }
      if (!vpcUuid.isEmpty() && !UUID.matcher(vpcUuid).matches()) {
        checks.invalid("vpcUuid", "must be a UUID such as 760e09ef-dc84-11e8-981e-3cfdfeaae000");
      }
      for (int i = 0; i < tags.size(); i++) {
        TagName.check(checks, "tags[" + i + "]", tags.get(i));
      }
      int userDataBytes = userData.getBytes(StandardCharsets.UTF_8).length;
      if (userDataBytes > MAX_USER_DATA_BYTES) {
        checks.invalid(
            "userData",
            "is " + userDataBytes + " bytes; DigitalOcean accepts at most " + MAX_USER_DATA_BYTES);
      }
      if (ipv6 && !publicNetworking) {
        checks.invalid("ipv6", "IPv6 needs public networking; set ipv6(false)");
      }
    }

    /**
     * Validates and builds the spec.
     *
     * @throws InvalidSpecException listing every violation; nothing is sent to the API
     */
    public DropletSpec build() {
      Validation<Seq<Violation>, DropletSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }

  /** A positive number that fits a {@code long} (the API's key ids are 64-bit integers). */
  private static boolean isKeyId(String key) {
    if (!KEY_ID.matcher(key).matches()) {
      return false;
    }
    try {
      Long.parseLong(key);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
