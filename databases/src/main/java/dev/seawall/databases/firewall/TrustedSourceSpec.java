package dev.seawall.databases.firewall;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.firewall.internal.TrustedSourceChecks;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One trusted source to send to the API: a typed database firewall rule. Create it with a factory
 * per type; values are checked by {@link #validate()} (and by the specs and services that take it),
 * so that all problems are reported at once.
 *
 * <pre>{@code
 * TrustedSourceSpec.tag("web")                      // every droplet/node tagged "web"
 * TrustedSourceSpec.droplet(3164444)
 * TrustedSourceSpec.k8s("bd5f5959-5e1e-4205-a714-a914373942af")
 * TrustedSourceSpec.app("c2a93513-8d9b-4223-9d61-5e7272c81cf5")
 * TrustedSourceSpec.ipAddr("203.0.113.0/24").withDescription("office")
 * }</pre>
 *
 * <p>Rules checked: an {@code ip_addr} must be a literal IPv4 address or CIDR without host bits
 * (DigitalOcean does not accept IPv6 trusted sources); an internet-wide range (as defined by {@link
 * Cidr#isInternetWide()}) is refused under SW-DB-002 unless created with {@link #wideRange(String,
 * Justification)}. Droplet ids are positive integers; Kubernetes cluster and app ids are UUIDs; tag
 * names are 1-255 letters, digits, {@code _}, {@code -} or {@code :}.
 *
 * <p>Immutable; equality covers type, value, description and acknowledged risk. Compare sources
 * with {@link #sameSourceAs(TrustedSourceSpec)} to ignore the description.
 */
public final class TrustedSourceSpec {
  private final TrustedSourceType type;
  private final String value;
  private final String description;
  private final @Nullable AcknowledgedRisk acknowledgedRisk;

  private TrustedSourceSpec(
      TrustedSourceType type,
      String value,
      String description,
      @Nullable AcknowledgedRisk acknowledgedRisk) {
    this.type = type;
    this.value = value;
    this.description = description;
    this.acknowledgedRisk = acknowledgedRisk;
  }

  /**
   * A source of any type, e.g. to send back a rule read from the API. The value is checked by
   * {@link #validate()} like that of the typed factories.
   *
   * @param type the type; {@link TrustedSourceType#UNKNOWN} is refused by validation
   * @param value the droplet id, UUID, tag name or IP address/CIDR
   * @return the source, without description
   */
  public static TrustedSourceSpec of(TrustedSourceType type, String value) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    String stripped = value.strip();
    if (type == TrustedSourceType.IP_ADDR) {
      stripped = canonicalIp(stripped).orElse(stripped);
    }
    return new TrustedSourceSpec(type, stripped, "", null);
  }

  /**
   * Admits one droplet.
   *
   * @param dropletId the droplet's id, positive
   * @return the source
   */
  public static TrustedSourceSpec droplet(long dropletId) {
    return of(TrustedSourceType.DROPLET, Long.toString(dropletId));
  }

  /**
   * Admits the nodes of a DigitalOcean Kubernetes cluster.
   *
   * @param kubernetesClusterUuid the Kubernetes cluster's id (a UUID)
   * @return the source
   */
  public static TrustedSourceSpec k8s(String kubernetesClusterUuid) {
    return of(TrustedSourceType.K8S, kubernetesClusterUuid);
  }

  /**
   * Admits every droplet and Kubernetes node that carries a tag — the preferred source: it follows
   * the workload as droplets come and go.
   *
   * @param tagName the tag name, 1-255 letters, digits, {@code _}, {@code -} or {@code :}
   * @return the source
   */
  public static TrustedSourceSpec tag(String tagName) {
    return of(TrustedSourceType.TAG, tagName);
  }

  /**
   * Admits an App Platform app.
   *
   * @param appUuid the app's id (a UUID)
   * @return the source
   */
  public static TrustedSourceSpec app(String appUuid) {
    return of(TrustedSourceType.APP, appUuid);
  }

  /**
   * Admits an IPv4 address or CIDR range, e.g. {@code 203.0.113.7} or {@code 203.0.113.0/24}.
   * Internet-wide ranges are refused (SW-DB-002); see {@link #wideRange(String, Justification)}.
   *
   * @param addressOrCidr a literal IPv4 address or CIDR (no host names; host bits must be zero)
   * @return the source
   */
  public static TrustedSourceSpec ipAddr(String addressOrCidr) {
    return of(TrustedSourceType.IP_ADDR, addressOrCidr);
  }

  /**
   * Opt-out of SW-DB-002: admits an internet-wide address range (such as {@code 0.0.0.0/0}),
   * recording an acknowledged risk for exactly this range. Risk: the database firewall no longer
   * limits who can reach the cluster; only its password (and TLS) stand in the way.
   *
   * @param cidr the range, e.g. {@code 0.0.0.0/0}
   * @param justification why this is acceptable, e.g. {@code "SEC-17: vendor with rotating IPs"}
   * @return the source, carrying the acknowledged risk
   */
  public static TrustedSourceSpec wideRange(String cidr, Justification justification) {
    Objects.requireNonNull(justification, "justification");
    TrustedSourceSpec plain = ipAddr(cidr);
    return new TrustedSourceSpec(
        plain.type,
        plain.value,
        "",
        AcknowledgedRisk.of(DatabasesRules.SW_DB_002, justification, plain.value));
  }

  /**
   * A copy with a human-readable description (sent as the rule's {@code description}).
   *
   * @param description the description; stripped; blank means none
   * @return the copy
   */
  public TrustedSourceSpec withDescription(String description) {
    Objects.requireNonNull(description, "description");
    return new TrustedSourceSpec(type, value, description.strip(), acknowledgedRisk);
  }

  /** The type of source. */
  public TrustedSourceType type() {
    return type;
  }

  /**
   * The value sent: droplet id, UUID, tag name, or IP address/CIDR in canonical form (a single
   * address without {@code /32}).
   */
  public String value() {
    return value;
  }

  /** The description; empty if none. */
  public String description() {
    return description;
  }

  /** The risk acknowledged through {@link #wideRange}, if any (one at most). */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisk == null ? List.of() : List.of(acknowledgedRisk);
  }

  /**
   * Whether both admit the same source: same type and value, IP values compared as ranges.
   *
   * @param other the other source
   * @return true if type and value match
   */
  public boolean sameSourceAs(TrustedSourceSpec other) {
    return type == other.type && value.equals(other.value);
  }

  /**
   * Checks the source.
   *
   * @return the source, or every violation (SW-INPUT-001 for malformed values, SW-DB-002 for
   *     internet-wide ranges)
   */
  public Validation<Seq<Violation>, TrustedSourceSpec> validate() {
    Checks checks = Checks.on("trustedSource/" + type.apiValue() + ":" + value);
    TrustedSourceChecks.check(checks, this);
    return checks.result(() -> this);
  }

  private static Optional<String> canonicalIp(String text) {
    try {
      return Optional.of(Cidr.parseAddressOrCidr(text).toCompactString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TrustedSourceSpec spec
        && type == spec.type
        && value.equals(spec.value)
        && description.equals(spec.description)
        && Objects.equals(acknowledgedRisk, spec.acknowledgedRisk);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value, description, acknowledgedRisk);
  }

  @Override
  public String toString() {
    return "TrustedSourceSpec["
        + type.apiValue()
        + ":"
        + value
        + (description.isEmpty() ? "" : " (" + description + ")")
        + (acknowledgedRisk == null ? "" : ", acknowledged " + acknowledgedRisk.ruleId())
        + "]";
  }
}
