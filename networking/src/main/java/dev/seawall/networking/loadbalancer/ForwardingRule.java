package dev.seawall.networking.loadbalancer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a load balancer forwards one entry port to the droplets: a forwarding rule. Immutable; equal
 * rules are equal whatever spelling they were parsed from.
 *
 * <p>The factories only build rules Seawall accepts:
 *
 * <ul>
 *   <li>TLS termination ({@link #https(String, int)}, {@link #terminateTls}): entry {@code https},
 *       {@code http2} or {@code http3}, with a certificate referenced <em>by name</em>. The
 *       certificate's id is looked up when the request is sent, so a Let's Encrypt renewal (new id,
 *       same name) changes nothing;
 *   <li>TLS passthrough ({@link #tlsPassthrough(int, int)}): entry {@code https} or {@code http2},
 *       the droplets terminate TLS themselves (target {@code https} or {@code http2});
 *   <li>plain HTTP ({@link #httpRedirect()}, {@link #http(int, int)}): only as the entry that
 *       redirects to HTTPS (the spec's {@code redirectHttpToHttps(true)}); anything else breaks
 *       SW-LB-001.
 * </ul>
 *
 * <p>TCP and UDP entries (network load balancing) are not offered; rules read from the API or built
 * with {@link #observed} from another source (a Terraform plan) may still carry them, and a
 * certificate id instead of a name ({@link #certificateId()}). Such rules are for audits: a {@link
 * LoadBalancerSpec} refuses a rule the factories could not have built (SW-INPUT-001).
 *
 * <p>{@link #toString()} and {@link #parse(String)} use the {@code doctl} notation with the
 * certificate by name, e.g. {@code
 * entry_protocol:https,entry_port:443,target_protocol:http,target_port:8080,certificate_name:web-cert,tls_passthrough:false}.
 */
public final class ForwardingRule {
  /** The lowest port: 1. */
  public static final int MIN_PORT = 1;

  /** The highest port: 65535. */
  public static final int MAX_PORT = 65535;

  private static final int MAX_NAME_LENGTH = 255;

  private final EntryProtocol entryProtocol;
  private final int entryPort;
  private final TargetProtocol targetProtocol;
  private final int targetPort;
  private final String certificateName;
  private final String certificateId;
  private final boolean tlsPassthrough;

  private ForwardingRule(
      EntryProtocol entryProtocol,
      int entryPort,
      TargetProtocol targetProtocol,
      int targetPort,
      String certificateName,
      String certificateId,
      boolean tlsPassthrough) {
    this.entryProtocol = entryProtocol;
    this.entryPort = entryPort;
    this.targetProtocol = targetProtocol;
    this.targetPort = targetPort;
    this.certificateName = certificateName;
    this.certificateId = certificateId;
    this.tlsPassthrough = tlsPassthrough;
  }

  /**
   * HTTPS on port 443, terminated with the named certificate, forwarded as plain HTTP to {@code
   * targetPort} on the droplets (inside the VPC).
   *
   * @param certificateName the certificate's name, e.g. {@code web-cert}
   * @param targetPort the droplets' port, 1..65535
   * @throws IllegalArgumentException if the name is blank, contains a comma or control character,
   *     or the port is out of range
   */
  public static ForwardingRule https(String certificateName, int targetPort) {
    return terminateTls(EntryProtocol.HTTPS, 443, certificateName, TargetProtocol.HTTP, targetPort);
  }

  /**
   * HTTPS on {@code entryPort}, terminated with the named certificate.
   *
   * @throws IllegalArgumentException as {@link #terminateTls} does
   */
  public static ForwardingRule https(
      int entryPort, String certificateName, TargetProtocol target, int targetPort) {
    return terminateTls(EntryProtocol.HTTPS, entryPort, certificateName, target, targetPort);
  }

  /**
   * HTTP/2 on {@code entryPort}, terminated with the named certificate.
   *
   * @throws IllegalArgumentException as {@link #terminateTls} does
   */
  public static ForwardingRule http2(
      int entryPort, String certificateName, TargetProtocol target, int targetPort) {
    return terminateTls(EntryProtocol.HTTP2, entryPort, certificateName, target, targetPort);
  }

  /**
   * HTTP/3 on {@code entryPort}, terminated with the named certificate.
   *
   * @throws IllegalArgumentException as {@link #terminateTls} does
   */
  public static ForwardingRule http3(
      int entryPort, String certificateName, TargetProtocol target, int targetPort) {
    return terminateTls(EntryProtocol.HTTP3, entryPort, certificateName, target, targetPort);
  }

  /**
   * TLS terminated at the load balancer with the named certificate.
   *
   * @param entry {@code HTTPS}, {@code HTTP2} or {@code HTTP3}
   * @param entryPort the load balancer's port, 1..65535
   * @param certificateName the certificate's name (not its id): 1 to 255 characters, no commas, no
   *     control characters, no surrounding white space
   * @param target {@code HTTP}, {@code HTTPS} or {@code HTTP2}
   * @param targetPort the droplets' port, 1..65535
   * @throws IllegalArgumentException if a value is out of range or the protocols do not fit
   */
  public static ForwardingRule terminateTls(
      EntryProtocol entry,
      int entryPort,
      String certificateName,
      TargetProtocol target,
      int targetPort) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(certificateName, "certificateName");
    Objects.requireNonNull(target, "target");
    checkPorts(entryPort, targetPort);
    if (!entry.isTls()) {
      throw new IllegalArgumentException(
          "TLS termination needs entry protocol https, http2 or http3, not " + entry.wireValue());
    }
    checkTarget(target);
    checkCertificateName(certificateName);
    return new ForwardingRule(entry, entryPort, target, targetPort, certificateName, "", false);
  }

  /**
   * HTTPS on {@code entryPort} passed through to {@code targetPort} on the droplets, which
   * terminate TLS themselves (target protocol {@code https}).
   *
   * @throws IllegalArgumentException if a port is out of range
   */
  public static ForwardingRule tlsPassthrough(int entryPort, int targetPort) {
    return tlsPassthrough(EntryProtocol.HTTPS, entryPort, TargetProtocol.HTTPS, targetPort);
  }

  /**
   * TLS passed through to the droplets, which hold the certificate.
   *
   * @param entry {@code HTTPS} or {@code HTTP2}
   * @param entryPort the load balancer's port, 1..65535
   * @param target {@code HTTPS} or {@code HTTP2}
   * @param targetPort the droplets' port, 1..65535
   * @throws IllegalArgumentException if a port is out of range or a protocol does not carry TLS
   */
  public static ForwardingRule tlsPassthrough(
      EntryProtocol entry, int entryPort, TargetProtocol target, int targetPort) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(target, "target");
    checkPorts(entryPort, targetPort);
    if (entry != EntryProtocol.HTTPS && entry != EntryProtocol.HTTP2) {
      throw new IllegalArgumentException(
          "TLS passthrough needs entry protocol https or http2, not " + entry.wireValue());
    }
    if (!target.isTls()) {
      throw new IllegalArgumentException(
          "TLS passthrough needs target protocol https or http2 (the droplets terminate TLS), not "
              + target.wireValue());
    }
    return new ForwardingRule(entry, entryPort, target, targetPort, "", "", true);
  }

  /**
   * Plain HTTP on port 80 to port 80: the entry that {@code redirectHttpToHttps(true)} answers with
   * a redirect to HTTPS (nothing reaches the droplets).
   */
  public static ForwardingRule httpRedirect() {
    return http(80, 80);
  }

  /**
   * Plain HTTP on {@code entryPort} to {@code targetPort}. The spec accepts it only with {@code
   * redirectHttpToHttps(true)} on port 80, or with {@code allowPlainHttp(Justification)}
   * (SW-LB-001).
   *
   * @throws IllegalArgumentException if a port is out of range
   */
  public static ForwardingRule http(int entryPort, int targetPort) {
    checkPorts(entryPort, targetPort);
    return new ForwardingRule(
        EntryProtocol.HTTP, entryPort, TargetProtocol.HTTP, targetPort, "", "", false);
  }

  /**
   * Parses a rule in {@code doctl} notation: comma-separated {@code key:value} pairs in any order,
   * keys {@code entry_protocol}, {@code entry_port}, {@code target_protocol}, {@code target_port}
   * (required), {@code certificate_name} and {@code tls_passthrough} (optional, default {@code
   * false}). Keys and protocols ignore case; white space around pairs, keys and values is ignored;
   * an empty {@code certificate_name} means none.
   *
   * <pre>{@code
   * ForwardingRule.parse("entry_protocol:https,entry_port:443,target_protocol:http,"
   *     + "target_port:8080,certificate_name:web-cert");
   * }</pre>
   *
   * @throws IllegalArgumentException if the text is malformed, names an unknown or repeated key,
   *     uses {@code certificate_id} (reference certificates by name), or describes a rule the
   *     factories refuse
   */
  public static ForwardingRule parse(String text) {
    Objects.requireNonNull(text, "text");
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : text.split(",", -1)) {
      String trimmed = pair.strip();
      int colon = trimmed.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' is not a key:value pair in forwarding rule '" + text.strip() + "'");
      }
      String key = trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = trimmed.substring(colon + 1).strip();
      switch (key) {
        case "entry_protocol",
            "entry_port",
            "target_protocol",
            "target_port",
            "certificate_name",
            "tls_passthrough" -> {}
        case "certificate_id" ->
            throw new IllegalArgumentException(
                "reference the certificate by name (certificate_name:<name>), not by id: a Let's"
                    + " Encrypt renewal gives the certificate a new id");
        default ->
            throw new IllegalArgumentException(
                "unknown key '" + key + "' in forwarding rule '" + text.strip() + "'");
      }
      if (pairs.put(key, value) != null) {
        throw new IllegalArgumentException(
            "key '" + key + "' appears twice in forwarding rule '" + text.strip() + "'");
      }
    }
    EntryProtocol entry =
        EntryProtocol.fromWireValue(required(pairs, "entry_protocol"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "entry_protocol must be http, https, http2 or http3, was '"
                            + pairs.get("entry_protocol")
                            + "'"));
    TargetProtocol target =
        TargetProtocol.fromWireValue(required(pairs, "target_protocol"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "target_protocol must be http, https or http2, was '"
                            + pairs.get("target_protocol")
                            + "'"));
    int entryPort = port(required(pairs, "entry_port"), "entry_port");
    int targetPort = port(required(pairs, "target_port"), "target_port");
    if (entry == EntryProtocol.TCP || entry == EntryProtocol.UDP) {
      throw new IllegalArgumentException(
          entry.wireValue()
              + " entries (network load balancing) are not offered by Seawall specs; use https,"
              + " http2 or http3 with TLS");
    }
    String certificate = pairs.getOrDefault("certificate_name", "");
    boolean passthrough = bool(pairs.getOrDefault("tls_passthrough", "false"));
    if (passthrough) {
      if (!certificate.isEmpty()) {
        throw new IllegalArgumentException(
            "a TLS passthrough rule carries no certificate: the droplets terminate TLS");
      }
      return tlsPassthrough(entry, entryPort, target, targetPort);
    }
    if (entry == EntryProtocol.HTTP) {
      if (!certificate.isEmpty()) {
        throw new IllegalArgumentException("a plain http entry carries no certificate");
      }
      if (target != TargetProtocol.HTTP) {
        throw new IllegalArgumentException(
            "a plain http entry forwards to target protocol http, not " + target.wireValue());
      }
      return http(entryPort, targetPort);
    }
    if (certificate.isEmpty() && entry.isTls()) {
      throw new IllegalArgumentException(
          "entry protocol "
              + entry.wireValue()
              + " terminates TLS and needs certificate_name:<name> (or tls_passthrough:true)");
    }
    return terminateTls(entry, entryPort, certificate, target, targetPort);
  }

  /**
   * A rule as it is observed on an existing or planned load balancer (the API's {@code
   * forwarding_rules}, a Terraform plan's {@code forwarding_rule} blocks), for auditing with {@link
   * LoadBalancerAuditor}. Unlike the factories it takes every protocol ({@code tcp} and {@code udp}
   * included), a certificate by name, by id or both, and ports outside 1..65535 (0 for a port not
   * known yet): what is observed is reported as it is, not refused. A {@link LoadBalancerSpec}
   * refuses such a rule unless a factory could have built it.
   *
   * <pre>{@code
   * ForwardingRule.observed(EntryProtocol.TCP, 5432, TargetProtocol.TCP, 5432, "", "", false);
   * ForwardingRule.observed(EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 8080,
   *     "web-cert", "892071a0-bb95-49bc-8021-3afd67a210bf", false);
   * }</pre>
   *
   * @param entry the entry protocol ({@code entry_protocol}); {@link EntryProtocol#UNKNOWN} for one
   *     Seawall does not know
   * @param entryPort the load balancer's port ({@code entry_port})
   * @param target the target protocol ({@code target_protocol}); {@link TargetProtocol#UNKNOWN} for
   *     one Seawall does not know
   * @param targetPort the droplets' port ({@code target_port})
   * @param certificateName the certificate's name ({@code certificate_name}); {@code ""} for none
   *     or not known
   * @param certificateId the certificate's id ({@code certificate_id}); {@code ""} for none or not
   *     known
   * @param tlsPassthrough whether TLS is passed through to the droplets ({@code tls_passthrough})
   * @return the rule; {@link #certificateName()} and {@link #certificateId()} are empty for {@code
   *     ""}, white space around them is dropped
   */
  public static ForwardingRule observed(
      EntryProtocol entry,
      int entryPort,
      TargetProtocol target,
      int targetPort,
      String certificateName,
      String certificateId,
      boolean tlsPassthrough) {
    return new ForwardingRule(
        Objects.requireNonNull(entry, "entry"),
        entryPort,
        Objects.requireNonNull(target, "target"),
        targetPort,
        Objects.requireNonNull(certificateName, "certificateName").strip(),
        Objects.requireNonNull(certificateId, "certificateId").strip(),
        tlsPassthrough);
  }

  /**
   * Why a spec cannot hold this rule, if a factory could not have built it: an observed rule
   * ({@link #observed}, or taken from a read model) with a protocol, port or certificate reference
   * that Seawall specs do not offer.
   */
  Optional<String> specProblem() {
    try {
      if (tlsPassthrough) {
        if (!certificateName.isEmpty() || !certificateId.isEmpty()) {
          return Optional.of(
              "a TLS passthrough rule carries no certificate: the droplets terminate TLS");
        }
        tlsPassthrough(entryProtocol, entryPort, targetProtocol, targetPort);
      } else if (entryProtocol == EntryProtocol.HTTP) {
        if (!certificateName.isEmpty() || !certificateId.isEmpty()) {
          return Optional.of("a plain http entry carries no certificate");
        }
        if (targetProtocol != TargetProtocol.HTTP) {
          return Optional.of(
              "a plain http entry forwards to target protocol http, not "
                  + targetProtocol.wireValue());
        }
        http(entryPort, targetPort);
      } else if (entryProtocol.isTls()) {
        if (certificateName.isEmpty()) {
          return Optional.of(
              "entry protocol "
                  + entryProtocol.wireValue()
                  + " terminates TLS and needs a certificate referenced by name"
                  + " (ForwardingRule.https(certificateName, targetPort)); a certificate id"
                  + " changes when Let's Encrypt renews it");
        }
        terminateTls(entryProtocol, entryPort, certificateName, targetProtocol, targetPort);
      } else {
        return Optional.of(
            entryProtocol.wireValue()
                + " entries (network load balancing) are not offered by Seawall specs; use https,"
                + " http2 or http3 with TLS");
      }
      return Optional.empty(); // the factory accepted the same values
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * This rule read from the API with the name of its certificate added to the id, so that it can be
   * compared with the rules of a spec, which name their certificates.
   */
  ForwardingRule withCertificateName(String name) {
    return new ForwardingRule(
        entryProtocol, entryPort, targetProtocol, targetPort, name, certificateId, tlsPassthrough);
  }

  /**
   * This rule as a spec would hold it: a certificate known by name is referenced by name only; a
   * certificate known only by id keeps it, so that the rule differs from every rule of a spec.
   */
  ForwardingRule byCertificateName() {
    return certificateName.isEmpty() || certificateId.isEmpty()
        ? this
        : new ForwardingRule(
            entryProtocol,
            entryPort,
            targetProtocol,
            targetPort,
            certificateName,
            "",
            tlsPassthrough);
  }

  /**
   * The rule as a diff shows it, e.g. {@code https 443 → http 8080 (certificate web-cert)} or
   * {@code https 443 → https 8443 (tls passthrough)}.
   */
  String display() {
    String text =
        entryProtocol.wireValue()
            + " "
            + entryPort
            + " → "
            + targetProtocol.wireValue()
            + " "
            + targetPort;
    if (tlsPassthrough) {
      return text + " (tls passthrough)";
    }
    if (!certificateName.isEmpty()) {
      return text + " (certificate " + certificateName + ")";
    }
    return certificateId.isEmpty() ? text : text + " (certificate id " + certificateId + ")";
  }

  /** The protocol clients speak to the load balancer. */
  public EntryProtocol entryProtocol() {
    return entryProtocol;
  }

  /** The load balancer's port, 1..65535. */
  public int entryPort() {
    return entryPort;
  }

  /** The protocol the load balancer speaks to the droplets. */
  public TargetProtocol targetProtocol() {
    return targetProtocol;
  }

  /** The droplets' port, 1..65535. */
  public int targetPort() {
    return targetPort;
  }

  /**
   * The name of the certificate that terminates TLS: present on rules of a spec, and on rules of a
   * load balancer that {@code LoadBalancerService.apply} or {@code observe} read (beside the id)
   * when the certificate exists.
   */
  public Optional<String> certificateName() {
    return certificateName.isEmpty() ? Optional.empty() : Optional.of(certificateName);
  }

  /** The id of the certificate that terminates TLS; present on rules read from the API. */
  public Optional<String> certificateId() {
    return certificateId.isEmpty() ? Optional.empty() : Optional.of(certificateId);
  }

  /** Whether TLS is passed through to the droplets ({@code tls_passthrough}). */
  public boolean tlsPassthrough() {
    return tlsPassthrough;
  }

  /** Whether the load balancer terminates TLS: a TLS entry that is not passed through. */
  public boolean terminatesTls() {
    return entryProtocol.isTls() && !tlsPassthrough;
  }

  /**
   * Whether clients reach this entry over TLS (terminated or passed through): what SW-LB-002 needs
   * on port 443.
   */
  public boolean isTls() {
    return entryProtocol.isTls();
  }

  /** Whether this is a plain {@code http} entry. */
  public boolean isPlainHttp() {
    return entryProtocol == EntryProtocol.HTTP;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForwardingRule other
        && entryProtocol == other.entryProtocol
        && entryPort == other.entryPort
        && targetProtocol == other.targetProtocol
        && targetPort == other.targetPort
        && certificateName.equals(other.certificateName)
        && certificateId.equals(other.certificateId)
        && tlsPassthrough == other.tlsPassthrough;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        entryProtocol,
        entryPort,
        targetProtocol,
        targetPort,
        certificateName,
        certificateId,
        tlsPassthrough);
  }

  /**
   * The rule in {@code doctl} notation, keys in a fixed order; {@code parse(rule.toString())} gives
   * the rule back for every rule built by the factories.
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder()
            .append("entry_protocol:")
            .append(entryProtocol.wireValue())
            .append(",entry_port:")
            .append(entryPort)
            .append(",target_protocol:")
            .append(targetProtocol.wireValue())
            .append(",target_port:")
            .append(targetPort);
    if (!certificateName.isEmpty()) {
      out.append(",certificate_name:").append(certificateName);
    }
    if (!certificateId.isEmpty()) {
      out.append(",certificate_id:").append(certificateId);
    }
    return out.append(",tls_passthrough:").append(tlsPassthrough).toString();
  }

  // ---------------------------------------------------------------------------------------------

  private static void checkPorts(int entryPort, int targetPort) {
    checkPort(entryPort, "entry port");
    checkPort(targetPort, "target port");
  }

  private static void checkPort(int port, String what) {
    if (port < MIN_PORT || port > MAX_PORT) {
      throw new IllegalArgumentException(what + " must be 1..65535, was " + port);
    }
  }

  private static void checkTarget(TargetProtocol target) {
    if (target != TargetProtocol.HTTP
        && target != TargetProtocol.HTTPS
        && target != TargetProtocol.HTTP2) {
      throw new IllegalArgumentException(
          "target protocol must be http, https or http2, not " + target.wireValue());
    }
  }

  /** Checks a certificate name as forwarding rules and certificate specs accept it. */
  static void checkCertificateName(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "TLS termination needs the certificate's name, e.g. \"web-cert\"");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "certificate names are at most 255 characters, was " + name.length());
    }
    if (!name.equals(name.strip())) {
      throw new IllegalArgumentException(
          "certificate name '" + name + "' has white space around it");
    }
    if (name.chars().anyMatch(c -> c == ',' || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "certificate name '"
              + name.replaceAll("\\p{Cntrl}", "?")
              + "' contains a comma or control character");
    }
  }

  private static String required(Map<String, String> pairs, String key) {
    String value = pairs.get(key);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("forwarding rule needs " + key + ":<value>");
    }
    return value;
  }

  private static int port(String text, String key) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(key + " must be a port 1..65535, was '" + text + "'");
    }
    return Integer.parseInt(text);
  }

  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException("tls_passthrough must be true or false, was " + text);
    };
  }
}
