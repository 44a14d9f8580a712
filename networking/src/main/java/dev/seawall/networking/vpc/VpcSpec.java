package dev.seawall.networking.vpc;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.core.value.RegionSlug;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a VPC network. The address range must be a private RFC 1918 range between
 * {@code /16} and {@code /28} (SW-VPC-001, no opt-out); when no range is given, DigitalOcean picks
 * a {@code /20} that overlaps no other VPC of the account. Use {@link VpcOverlaps} to check that
 * the VPCs of a plan do not overlap each other.
 *
 * <p>A workload VPC never becomes its region's default (SW-VPC-002): DigitalOcean makes the first
 * VPC created in a region its default, where every resource created without a VPC then lands, so
 * {@link VpcService#create} first creates the region's default ({@code default-<region>}) when the
 * region has none. {@link Builder#allowRegionDefault(Justification)} lets this VPC become the
 * default instead.
 *
 * <pre>{@code
 * VpcSpec prod = VpcSpec.builder()
 *     .name("prod-nyc1")
 *     .region("nyc1")
 *     .ipRange("10.10.0.0/20")
 *     .description("production workloads")
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_create">vpcs_create</a>.
 */
public final class VpcSpec {
  /** The longest description the API accepts: 255 characters. */
  public static final int MAX_DESCRIPTION_LENGTH = 255;

  private final String name;
  private final String region;
  private final @Nullable Cidr ipRange;
  private final String description;
  private final @Nullable Justification regionDefault;

  private VpcSpec(Builder builder, @Nullable Cidr ipRange) {
    this.name = builder.name;
    this.region = builder.region;
    this.ipRange = ipRange;
    this.description = builder.description;
    this.regionDefault = builder.regionDefault;
  }

  /** Starts a spec; name and region are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder builder = new Builder().name(name).region(region).description(description);
    if (ipRange != null) {
      builder.ipRange(ipRange);
    }
    if (regionDefault != null) {
      builder.allowRegionDefault(regionDefault);
    }
    return builder;
  }

  /**
   * Whether this VPC may become its region's default when the region has none ({@link
   * Builder#allowRegionDefault(Justification)}); otherwise {@link VpcService#create} creates the
   * region's default first.
   */
  public boolean mayBecomeRegionDefault() {
    return regionDefault != null;
  }

  /** The risks this spec accepted: SW-VPC-002 when it may become the region's default. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return regionDefault == null
        ? List.of()
        : List.of(
            AcknowledgedRisk.of(
                dev.seawall.networking.NetworkingRules.SW_VPC_002,
                regionDefault,
                "may become the default VPC of " + region));
  }

  /** The name, unique in the account: letters, digits, dashes and dots. */
  public String name() {
    return name;
  }

  /** The region slug, e.g. {@code nyc1}. */
  public String region() {
    return region;
  }

  /** The address range; empty when DigitalOcean should pick a free {@code /20}. */
  public Optional<Cidr> ipRange() {
    return Optional.ofNullable(ipRange);
  }

  /** The description; empty if none. */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VpcSpec other
        && name.equals(other.name)
        && region.equals(other.region)
        && Objects.equals(ipRange, other.ipRange)
        && description.equals(other.description)
        && Objects.equals(regionDefault, other.regionDefault);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, region, ipRange, description, regionDefault);
  }

  @Override
  public String toString() {
    return "VpcSpec[name="
        + name
        + ", region="
        + region
        + ", ipRange="
        + (ipRange == null ? "(chosen by DigitalOcean)" : ipRange)
        + "]";
  }

  /**
   * Builder for {@link VpcSpec}. Setters never throw for bad values: {@link #validate()} reports
   * every problem at once.
   */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private @Nullable String ipRangeText;
    private @Nullable Cidr ipRange;
    private String description = "";
    private @Nullable Justification regionDefault;

    private Builder() {}

    /**
     * Opt-out of SW-VPC-002: lets this VPC become its region's default when the region has none
     * yet, so that resources created there without a VPC join it. Default: Seawall creates the
     * region's default ({@code default-<region>}) first.
     *
     * @param justification why, e.g. {@code Justification.of("NET-12: single-VPC region")}
     * @return this builder
     */
    public Builder allowRegionDefault(Justification justification) {
      this.regionDefault = Objects.requireNonNull(justification, "justification");
      return this;
    }

    /** Sets the name: letters, digits, dashes and dots; unique in the account. Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the region slug, e.g. {@code nyc1} or {@code fra1}. Required. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Sets the address range in CIDR notation, e.g. {@code 10.10.0.0/20}: a private RFC 1918 range
     * between {@code /16} and {@code /28}. Default: chosen by DigitalOcean (a free {@code /20}). A
     * malformed value is reported by {@link #validate()} with a hint (a bare address gets "did you
     * mean 10.0.0.5/32?").
     */
    public Builder ipRange(String ipRange) {
      this.ipRangeText = Objects.requireNonNull(ipRange, "ipRange");
      this.ipRange = null;
      return this;
    }

    /** Sets the address range; see {@link #ipRange(String)}. */
    public Builder ipRange(Cidr ipRange) {
      this.ipRange = Objects.requireNonNull(ipRange, "ipRange");
      this.ipRangeText = null;
      return this;
    }

    /** Sets a description of at most 255 characters. Default: empty. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001) and
     * SW-VPC-001 (not RFC 1918, or outside {@code /16../28}).
     */
    public Validation<Seq<Violation>, VpcSpec> validate() {
      Checks checks = Checks.on("vpc/" + (name.isBlank() ? "(unnamed)" : name));
      if (name.isBlank()) {
        checks.invalid("name", "a VPC needs a name, e.g. name(\"prod-nyc1\")");
      } else {
        NameRule.VPC.check(checks, "name", name);
      }
      if (region.isBlank()) {
        checks.invalid("region", "a VPC needs a region slug, e.g. region(\"nyc1\")");
      } else {
        RegionSlug.check(checks, "region", region);
      }
      if (description.length() > MAX_DESCRIPTION_LENGTH) {
        checks.invalid(
            "description",
            "is "
                + description.length()
                + " characters long, at most "
                + MAX_DESCRIPTION_LENGTH
                + " are allowed");
      }
      Cidr range = ipRange;
      if (ipRangeText != null) {
        try {
          range = Cidr.parse(ipRangeText);
        } catch (IllegalArgumentException e) {
          checks.invalid("ipRange", e.getMessage());
        }
      }
      if (range != null) {
        VpcPolicy.checkRange(checks.at("ipRange"), range);
      }
      Cidr validRange = range;
      return checks.result(() -> new VpcSpec(this, validRange));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public VpcSpec build() {
      Validation<Seq<Violation>, VpcSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
