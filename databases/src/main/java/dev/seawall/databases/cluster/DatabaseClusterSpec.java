package dev.seawall.databases.cluster;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.RegionSlug;
import dev.seawall.core.value.TagName;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.internal.TrustedSourceChecks;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A managed database cluster to create ({@code POST /v2/databases}, operation {@code
 * databases_create_cluster}), hardened by construction:
 *
 * <ul>
 *   <li>at least one trusted source, sent <em>in the create request</em> so the cluster is never
 *       reachable from everywhere, not even for a moment (SW-DB-001, no opt-out);
 *   <li>no internet-wide trusted range ({@link dev.seawall.core.net.Cidr#isInternetWide()};
 *       SW-DB-002, opt-out {@link Builder#allowWideRange(String, Justification)});
 *   <li>an explicit VPC ({@code privateNetworkUuid}) (SW-DB-003, opt-out {@link
 *       Builder#inDefaultVpc(Justification)}).
 * </ul>
 *
 * <pre>{@code
 * DatabaseClusterSpec spec = DatabaseClusterSpec.builder()
 *     .name("orders-db")
 *     .engine(DatabaseEngine.PG)
 *     .version("17")
 *     .size("db-s-1vcpu-2gb")
 *     .region("fra1")
 *     .privateNetworkUuid(vpc.id())
 *     .addTrustedSource(TrustedSourceSpec.tag("orders-api"))
 *     .maintenanceWindow(DayOfWeek.SUNDAY, LocalTime.of(3, 0))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; {@link #toBuilder()} returns a builder holding the same values.
 */
public final class DatabaseClusterSpec {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
  private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z.]*");

  private final String name;
  private final DatabaseEngine engine;
  private final String version;
  private final String size;
  private final String region;
  private final int numNodes;
  private final long storageSizeMib;
  private final List<String> tags;
  private final String projectId;
  private final String privateNetworkUuid;
  private final List<TrustedSourceSpec> trustedSources;
  private final @Nullable MaintenanceSchedule maintenanceWindow;
  private final List<AcknowledgedRisk> ownRisks;

  private DatabaseClusterSpec(Builder builder) {
    this.name = builder.name;
    this.engine = builder.engine;
    this.version = builder.version;
    this.size = builder.size;
    this.region = builder.region;
    this.numNodes = builder.numNodes;
    this.storageSizeMib = builder.storageSizeMib;
    this.tags = List.copyOf(builder.tags);
    this.projectId = builder.projectId;
    this.privateNetworkUuid = builder.privateNetworkUuid;
    this.trustedSources = List.copyOf(builder.trustedSources);
    this.maintenanceWindow = builder.maintenanceWindow;
    this.ownRisks = List.copyOf(builder.ownRisks);
  }

  /** Starts an empty builder (secure defaults: no VPC opt-out, no trusted source yet, 1 node). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.engine = engine;
    builder.version = version;
    builder.size = size;
    builder.region = region;
    builder.numNodes = numNodes;
    builder.storageSizeMib = storageSizeMib;
    builder.tags.addAll(tags);
    builder.projectId = projectId;
    builder.privateNetworkUuid = privateNetworkUuid;
    builder.trustedSources.addAll(trustedSources);
    builder.maintenanceWindow = maintenanceWindow;
    builder.ownRisks.addAll(ownRisks);
    return builder;
  }

  /** The cluster name. */
  public String name() {
    return name;
  }

  /** The engine. */
  public DatabaseEngine engine() {
    return engine;
  }

  /** The engine version, e.g. {@code 17}; empty means DigitalOcean's default version. */
  public String version() {
    return version;
  }

  /** The node size slug, e.g. {@code db-s-1vcpu-2gb}. */
  public String size() {
    return size;
  }

  /** The region slug, e.g. {@code fra1}. */
  public String region() {
    return region;
  }

  /** The number of nodes (primary plus standbys). */
  public int numNodes() {
    return numNodes;
  }

  /** Additional storage in MiB, if set. */
  public OptionalLong storageSizeMib() {
    return storageSizeMib > 0 ? OptionalLong.of(storageSizeMib) : OptionalLong.empty();
  }

  /** The tags. */
  public List<String> tags() {
    return tags;
  }

  /** The project id; empty means the default project. */
  public String projectId() {
    return projectId;
  }

  /** The VPC id; empty only with the {@link Builder#inDefaultVpc} opt-out. */
  public String privateNetworkUuid() {
    return privateNetworkUuid;
  }

  /** The trusted sources sent in the create request; never empty. */
  public List<TrustedSourceSpec> trustedSources() {
    return trustedSources;
  }

  /** The maintenance window applied after creation, if set. */
  public Optional<MaintenanceSchedule> maintenanceWindow() {
    return Optional.ofNullable(maintenanceWindow);
  }

  /** Every risk accepted through an opt-out, those of the trusted sources included. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    List<AcknowledgedRisk> all = new ArrayList<>(ownRisks);
    trustedSources.forEach(source -> all.addAll(source.acknowledgedRisks()));
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "DatabaseClusterSpec[name="
        + name
        + ", engine="
        + engine.slug()
        + (version.isEmpty() ? "" : " " + version)
        + ", size="
        + size
        + ", region="
        + region
        + ", numNodes="
        + numNodes
        + ", privateNetworkUuid="
        + privateNetworkUuid
        + ", trustedSources="
        + trustedSources
        + "]";
  }

  /**
   * Builder of {@link DatabaseClusterSpec}. Setters copy their input; plural setters replace,
   * {@code addX} appends. Nothing is checked before {@link #validate()} / {@link #build()}.
   */
  public static final class Builder {
    private String name = "";
    private DatabaseEngine engine = DatabaseEngine.UNKNOWN;
    private String version = "";
    private String size = "";
    private String region = "";
    private int numNodes = 1;
    private long storageSizeMib;
    private final List<String> tags = new ArrayList<>();
    private String projectId = "";
    private String privateNetworkUuid = "";
    private final List<TrustedSourceSpec> trustedSources = new ArrayList<>();
    private @Nullable MaintenanceSchedule maintenanceWindow;
    private final List<AcknowledgedRisk> ownRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the name: 3-63 lower-case letters, digits and hyphens, starting with a letter and not
     * ending with a hyphen (it becomes part of the cluster's host name). Required.
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").strip();
      return this;
    }

    /** Sets the engine. Required; Redis (Caching) clusters can no longer be created. */
    public Builder engine(DatabaseEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * Sets the engine version, e.g. {@code 17} for PostgreSQL or {@code 8} for MySQL. Default:
     * DigitalOcean's default version for the engine ({@code GET /v2/databases/options}).
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version").strip();
      return this;
    }

    /** Sets the node size slug, e.g. {@code db-s-1vcpu-2gb}. Required. */
    public Builder size(String size) {
      this.size = Objects.requireNonNull(size, "size").strip();
      return this;
    }

    /** Sets the region slug, e.g. {@code fra1}. Required. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region").strip();
      return this;
    }

    /** Sets the number of nodes (primary plus standbys), at least 1. Default 1. */
    public Builder numNodes(int numNodes) {
      this.numNodes = numNodes;
      return this;
    }

    /** Sets additional storage in MiB, positive. Default: none beyond what the size includes. */
    public Builder storageSizeMib(long storageSizeMib) {
      if (storageSizeMib <= 0) {
        this.storageSizeMib = -1;
      } else {
        this.storageSizeMib = storageSizeMib;
      }
      return this;
    }

    /** Replaces the tags (needs the {@code tag:create} token scope). Default none. */
    public Builder tags(Collection<String> tags) {
      this.tags.clear();
      tags.forEach(this::addTag);
      return this;
    }

    /** Appends a tag: 1-255 letters, digits, {@code _}, {@code -} or {@code :}. */
    public Builder addTag(String tag) {
      this.tags.add(Objects.requireNonNull(tag, "tag").strip());
      return this;
    }

    /** Sets the project (a UUID). Default: the account's default project. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId").strip();
      return this;
    }

    /**
     * Sets the VPC the cluster is placed in (a UUID; needs the {@code vpc:read} token scope).
     * Required, unless {@link #inDefaultVpc(Justification)} is used.
     */
    public Builder privateNetworkUuid(String privateNetworkUuid) {
      this.privateNetworkUuid =
          Objects.requireNonNull(privateNetworkUuid, "privateNetworkUuid").strip();
      return this;
    }

    /**
     * Opt-out of SW-DB-003: leaves {@code private_network_uuid} out so DigitalOcean places the
     * cluster in the region's default VPC. Risk: the default VPC is shared with every other
     * resource of the account in that region. Cannot be combined with {@link
     * #privateNetworkUuid(String)}.
     *
     * @param justification why this is acceptable
     * @return this builder
     */
    public Builder inDefaultVpc(Justification justification) {
      ownRisks.add(
          AcknowledgedRisk.of(
              DatabasesRules.SW_DB_003,
              Objects.requireNonNull(justification, "justification"),
              "default VPC"));
      return this;
    }

    /** Replaces the trusted sources (at least one is required, at most 100). */
    public Builder trustedSources(Collection<TrustedSourceSpec> trustedSources) {
      this.trustedSources.clear();
      trustedSources.forEach(this::addTrustedSource);
      return this;
    }

    /** Appends a trusted source. */
    public Builder addTrustedSource(TrustedSourceSpec trustedSource) {
      this.trustedSources.add(Objects.requireNonNull(trustedSource, "trustedSource"));
      return this;
    }

    /**
     * Opt-out of SW-DB-002: appends an internet-wide address range (such as {@code 0.0.0.0/0}) as a
     * trusted source, recording an acknowledged risk for exactly this range. Risk: the database
     * firewall no longer limits who can connect. Same as {@code
     * addTrustedSource(TrustedSourceSpec.wideRange(cidr, justification))}.
     *
     * @param cidr the range
     * @param justification why this is acceptable
     * @return this builder
     */
    public Builder allowWideRange(String cidr, Justification justification) {
      return addTrustedSource(TrustedSourceSpec.wideRange(cidr, justification));
    }

    /**
     * Sets the weekly maintenance window, applied right after creation ({@code PUT
     * /v2/databases/{id}/maintenance}). Default: the window DigitalOcean picks.
     *
     * @param day the day of the week
     * @param hourUtc the time of day in UTC, whole minutes
     * @return this builder
     * @throws IllegalArgumentException if {@code hourUtc} has seconds
     */
    public Builder maintenanceWindow(DayOfWeek day, LocalTime hourUtc) {
      this.maintenanceWindow = new MaintenanceSchedule(day, hourUtc);
      return this;
    }

    /**
     * Checks every field and rule at once.
     *
     * @return the spec, or every violation found (SW-DB-001..003 and SW-INPUT-001 for malformed
     *     values)
     */
    public Validation<Seq<Violation>, DatabaseClusterSpec> validate() {
      Checks checks = Checks.on("database/" + (name.isEmpty() ? "<unnamed>" : name));
      checkFields(checks);
      checkNetwork(checks);
      checkTrustedSources(checks);
      return checks.result(() -> new DatabaseClusterSpec(this));
    }

    /**
     * Validates and builds the spec.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public DatabaseClusterSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private void checkFields(Checks checks) {
      NameRule.DATABASE_CLUSTER.check(checks, "name", name);
      if (engine == DatabaseEngine.UNKNOWN) {
        checks.invalid("engine", "an engine is required, e.g. DatabaseEngine.PG");
      } else if (!engine.isCreatable()) {
        checks.invalid(
            "engine", engine.slug() + " clusters can no longer be created; use valkey instead");
      }
      if (!version.isEmpty() && !VERSION.matcher(version).matches()) {
        checks.invalid("version", "must be a version such as 17 or 8.4, got '" + version + "'");
      }
      if (!SLUG.matcher(size).matches()) {
        checks.invalid("size", "a size slug is required, e.g. db-s-1vcpu-2gb");
      }
      RegionSlug.check(checks, "region", region);
      if (numNodes < 1) {
        checks.invalid("numNodes", "must be at least 1, got " + numNodes);
      }
      if (storageSizeMib < 0) {
        checks.invalid("storageSizeMib", "must be positive");
      }
      for (int i = 0; i < tags.size(); i++) {
        TagName.check(checks, "tags[" + i + "]", tags.get(i));
      }
      if (!projectId.isEmpty() && !TrustedSourceChecks.UUID.matcher(projectId).matches()) {
        checks.invalid("projectId", "must be a lower-case UUID");
      }
    }

    private void checkNetwork(Checks checks) {
      boolean defaultVpc = Checks.isAcknowledged(DatabasesRules.SW_DB_003, ownRisks);
      if (!privateNetworkUuid.isEmpty()) {
        if (!TrustedSourceChecks.UUID.matcher(privateNetworkUuid).matches()) {
          checks.invalid("privateNetworkUuid", "must be a VPC id (a lower-case UUID)");
        }
        if (defaultVpc) {
          checks.invalid(
              "privateNetworkUuid",
              "set either privateNetworkUuid or inDefaultVpc(Justification), not both");
        }
      }
      checks.refuseUnlessAcknowledged(
          DatabasesRules.SW_DB_003,
          privateNetworkUuid.isEmpty(),
          ownRisks,
          "no privateNetworkUuid: the cluster would be placed in the region's shared default VPC;"
              + " set privateNetworkUuid to the workload's VPC",
          "inDefaultVpc(Justification)");
    }

    private void checkTrustedSources(Checks checks) {
      checks.require(
          !trustedSources.isEmpty(),
          DatabasesRules.SW_DB_001,
          "no trusted source: the cluster would accept connections from any address; add at least"
              + " one with addTrustedSource(TrustedSourceSpec.tag(...)) (droplet, k8s, tag, app or"
              + " a narrow ipAddr) — there is no opt-out");
      if (trustedSources.size() > TrustedSourceChecks.MAX_RULES) {
        checks.invalid(
            "trustedSources",
            "at most "
                + TrustedSourceChecks.MAX_RULES
                + " trusted sources are allowed, got "
                + trustedSources.size());
      }
      for (int i = 0; i < trustedSources.size(); i++) {
        TrustedSourceSpec source = trustedSources.get(i);
        Checks at = checks.at("trustedSources[" + i + "]");
        TrustedSourceChecks.check(at, source);
        for (int j = 0; j < i; j++) {
          if (trustedSources.get(j).sameSourceAs(source)) {
            at.invalid("", "duplicates trustedSources[" + j + "]");
            break;
          }
        }
      }
    }
  }
}
