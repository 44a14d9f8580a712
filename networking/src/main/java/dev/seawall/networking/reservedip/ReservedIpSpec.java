package dev.seawall.networking.reservedip;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.net.IpFamily;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.RegionSlug;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a reserved IP: the region it is reserved to and the droplet it is assigned
 * to (or none).
 *
 * <p>A reserved IP has no name: DigitalOcean picks its address, which is also its id. A spec finds
 * its reserved IP by the address when {@link Builder#ip(String)} names one (adopting an existing
 * reserved IP), otherwise by the droplet it is assigned to (a droplet has at most one reserved IP).
 * A spec with neither describes no particular reserved IP: {@link ReservedIpService#create}
 * reserves a new address, and {@link ReservedIpService#apply} does so on every call.
 *
 * <pre>{@code
 * ReservedIpSpec web = ReservedIpSpec.builder().region("fra1").dropletId(web1Id).build();
 * ReservedIpSpec spare = ReservedIpSpec.builder().region("fra1").ip("203.0.113.7").build();
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPs_create">reservedIPs_create</a>
 * ({@code droplet_id} when assigned, otherwise {@code region}).
 */
public final class ReservedIpSpec {
  private final String region;
  private final @Nullable String ip;
  private final @Nullable Long dropletId;

  private ReservedIpSpec(Builder builder) {
    this.region = builder.region;
    this.ip = builder.ip;
    this.dropletId = builder.dropletId;
  }

  /** Starts a spec; the region is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder builder = new Builder().region(region);
    builder.ip = ip;
    builder.dropletId = dropletId;
    return builder;
  }

  /** The region slug, e.g. {@code fra1}. */
  public String region() {
    return region;
  }

  /** The address of the existing reserved IP this spec describes; empty for a new one. */
  public Optional<String> ip() {
    return Optional.ofNullable(ip);
  }

  /** The droplet the reserved IP is assigned to; empty for an unassigned reserved IP. */
  public Optional<Long> dropletId() {
    return Optional.ofNullable(dropletId);
  }

  /** What names the reserved IP in messages: its address, or {@code new in <region>}. */
  public String describe() {
    if (ip != null) {
      return ip;
    }
    return dropletId == null ? "(new in " + region + ")" : "(of droplet " + dropletId + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReservedIpSpec other
        && region.equals(other.region)
        && Objects.equals(ip, other.ip)
        && Objects.equals(dropletId, other.dropletId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, ip, dropletId);
  }

  @Override
  public String toString() {
    return "ReservedIpSpec[region="
        + region
        + ", ip="
        + (ip == null ? "(chosen by DigitalOcean)" : ip)
        + ", dropletId="
        + (dropletId == null ? "(unassigned)" : dropletId)
        + "]";
  }

  /** Builder for {@link ReservedIpSpec}; {@link #validate()} reports every problem at once. */
  public static final class Builder {
    private String region = "";
    private @Nullable String ip;
    private @Nullable Long dropletId;

    private Builder() {}

    /** Sets the region slug, e.g. {@code fra1}. Required; a droplet must be in this region. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Names an existing reserved IP by its address (IPv4), so that {@code apply} adopts and
     * converges it. Default: none (a new address, chosen by DigitalOcean).
     */
    public Builder ip(String ip) {
      this.ip = Objects.requireNonNull(ip, "ip").trim();
      return this;
    }

    /** Assigns the reserved IP to this droplet (in the same region). Default: unassigned. */
    public Builder dropletId(long dropletId) {
      this.dropletId = dropletId;
      return this;
    }

    /** Leaves the reserved IP unassigned (the default); {@code apply} unassigns it. */
    public Builder unassigned() {
      this.dropletId = null;
      return this;
    }

    /** Checks the spec and returns it, or every problem at once (SW-INPUT-001). */
    public Validation<Seq<Violation>, ReservedIpSpec> validate() {
      Checks checks = Checks.on("reserved_ip/" + (ip == null ? "(new)" : ip));
      if (region.isBlank()) {
        checks.invalid("region", "a reserved IP needs a region slug, e.g. region(\"fra1\")");
      } else {
        RegionSlug.check(checks, "region", region);
      }
      if (ip != null) {
        String address = ip;
        boolean ipv4Host;
        try {
          Cidr parsed = Cidr.parseAddressOrCidr(address);
          ipv4Host = parsed.family() == IpFamily.IPV4 && parsed.isHost() && !address.contains("/");
        } catch (IllegalArgumentException e) {
          ipv4Host = false;
        }
        if (!ipv4Host) {
          checks.invalid("ip", "'" + address + "' is not an IPv4 address, e.g. 203.0.113.7");
        }
      }
      if (dropletId != null && dropletId <= 0) {
        checks.invalid("dropletId", "a droplet id is a positive number, got " + dropletId);
      }
      return checks.result(() -> new ReservedIpSpec(this));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public ReservedIpSpec build() {
      Validation<Seq<Violation>, ReservedIpSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
