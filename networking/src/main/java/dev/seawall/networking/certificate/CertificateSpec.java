package dev.seawall.networking.certificate;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a TLS certificate for load balancers: either issued by Let's Encrypt for DNS
 * names DigitalOcean manages, or a custom certificate uploaded as PEM. Load balancers reference it
 * by {@link #name()}.
 *
 * <pre>{@code
 * CertificateSpec le = CertificateSpec.letsEncrypt("web-cert", List.of("example.com", "www.example.com"))
 *     .build();
 * CertificateSpec own = CertificateSpec.custom("web-cert", keyPem, leafPem, chainPem).build();
 * }</pre>
 *
 * <p>A custom certificate is checked locally before anything is sent: the PEM texts parse (JDK
 * {@code CertificateFactory}), the private key belongs to the leaf certificate (a signature made
 * with the key verifies with the leaf's public key; RSA, EC and EdDSA), the chain is in order (each
 * certificate issued by the next, starting with the leaf's issuer; a chain that starts with the
 * leaf itself, like {@code fullchain.pem}, is accepted) and no certificate is expired or not yet
 * valid at the {@linkplain Builder#clock(Clock) clock}'s time. Private keys are PKCS#8 ({@code
 * BEGIN PRIVATE KEY}) or PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}), unencrypted.
 *
 * <p>The private key is a secret: it never appears in {@link #toString()}, in violation messages or
 * in exceptions. Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_create">certificates_create</a>.
 */
public final class CertificateSpec {
  /** The most DNS names a Let's Encrypt certificate may hold: 100. */
  public static final int MAX_DNS_NAMES = 100;

  private static final Pattern DNS_NAME =
      Pattern.compile(
          "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private final String name;
  private final Certificate.Type type;
  private final List<String> dnsNames;
  private final String privateKeyPem;
  private final String leafCertificatePem;
  private final String certificateChainPem;
  private final String sha1Fingerprint;
  private final Optional<Instant> notAfter;
  private final Clock clock;

  private CertificateSpec(Builder b, List<String> dnsNames, PemChecks.@Nullable Parsed parsed) {
    this.name = b.name;
    this.type = b.type;
    this.dnsNames = List.copyOf(dnsNames);
    this.privateKeyPem = b.privateKeyPem;
    this.leafCertificatePem = b.leafCertificatePem;
    this.certificateChainPem = b.certificateChainPem;
    this.sha1Fingerprint = parsed == null ? "" : parsed.sha1Fingerprint();
    this.notAfter = parsed == null ? Optional.empty() : Optional.of(parsed.notAfter());
    this.clock = b.clock;
  }

  /**
   * Starts a Let's Encrypt certificate: DigitalOcean requests, stores and renews it (a renewal
   * gives it a new id and keeps the name). The domains' DNS must be managed by DigitalOcean.
   *
   * @param name the certificate's name, referenced by forwarding rules, e.g. {@code web-cert}
   * @param dnsNames the names to cover, e.g. {@code example.com}, {@code *.example.com}
   * @return a builder; call {@link Builder#build()}
   */
  public static Builder letsEncrypt(String name, Collection<String> dnsNames) {
    Builder builder = new Builder(Certificate.Type.LETS_ENCRYPT);
    return builder.name(name).dnsNames(dnsNames);
  }

  /**
   * Starts a custom certificate from PEM texts.
   *
   * @param name the certificate's name, referenced by forwarding rules
   * @param privateKeyPem the unencrypted private key, PKCS#8 or PKCS#1 RSA; a secret
   * @param leafCertificatePem the server's certificate, exactly one PEM block
   * @param certificateChainPem the issuing certificates from the leaf's issuer up to the root (the
   *     root may be left out); empty if the leaf is directly issued by a trusted root
   * @return a builder; call {@link Builder#build()}
   */
  public static Builder custom(
      String name, String privateKeyPem, String leafCertificatePem, String certificateChainPem) {
    return new Builder(Certificate.Type.CUSTOM)
        .name(name)
        .privateKeyPem(privateKeyPem)
        .leafCertificatePem(leafCertificatePem)
        .certificateChainPem(certificateChainPem);
  }

  /** A builder holding this spec's values (and clock). */
  public Builder toBuilder() {
    Builder builder = new Builder(type).name(name).clock(clock);
    if (type == Certificate.Type.LETS_ENCRYPT) {
      builder.dnsNames(dnsNames);
    } else {
      builder
          .privateKeyPem(privateKeyPem)
          .leafCertificatePem(leafCertificatePem)
          .certificateChainPem(certificateChainPem);
    }
    return builder;
  }

  /** The certificate's name. */
  public String name() {
    return name;
  }

  /** {@code LETS_ENCRYPT} or {@code CUSTOM}. */
  public Certificate.Type type() {
    return type;
  }

  /**
   * The DNS names: as given (lower case, without duplicates) for Let's Encrypt, the leaf's subject
   * alternative names for custom certificates.
   */
  public List<String> dnsNames() {
    return dnsNames;
  }

  /** The leaf certificate (PEM) of a custom certificate; empty for Let's Encrypt. */
  public String leafCertificatePem() {
    return leafCertificatePem;
  }

  /** The chain (PEM) of a custom certificate; empty if none or for Let's Encrypt. */
  public String certificateChainPem() {
    return certificateChainPem;
  }

  /** The SHA-1 fingerprint of a custom leaf certificate, lower-case hex, as the API reports it. */
  public Optional<String> sha1Fingerprint() {
    return sha1Fingerprint.isEmpty() ? Optional.empty() : Optional.of(sha1Fingerprint);
  }

  /** When a custom leaf certificate expires; empty for Let's Encrypt. */
  public Optional<Instant> notAfter() {
    return notAfter;
  }

  /** The private key; package-private so that it only leaves through the create request. */
  String privateKeyPem() {
    return privateKeyPem;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CertificateSpec other
        && name.equals(other.name)
        && type == other.type
        && dnsNames.equals(other.dnsNames)
        && privateKeyPem.equals(other.privateKeyPem)
        && leafCertificatePem.equals(other.leafCertificatePem)
        && certificateChainPem.equals(other.certificateChainPem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, dnsNames, sha1Fingerprint);
  }

  /** Name, type, DNS names and fingerprint; never the private key. */
  @Override
  public String toString() {
    return "CertificateSpec[name="
        + name
        + ", type="
        + type.name().toLowerCase(Locale.ROOT)
        + ", dnsNames="
        + dnsNames
        + (type == Certificate.Type.CUSTOM
            ? ", sha1Fingerprint=" + sha1Fingerprint + ", privateKey=(redacted)"
            : "")
        + "]";
  }

  /**
   * Builder for {@link CertificateSpec}; obtain it from {@link #letsEncrypt} or {@link #custom}.
   * Setters copy their input and never throw for bad values: {@link #validate()} reports every
   * problem at once. Its {@code toString()} shows nothing of the key.
   */
  public static final class Builder {
    private final Certificate.Type type;
    private String name = "";
    private final List<String> dnsNames = new ArrayList<>();
    private String privateKeyPem = "";
    private String leafCertificatePem = "";
    private String certificateChainPem = "";
    private Clock clock = Clock.systemUTC();

    private Builder(Certificate.Type type) {
      this.type = type;
    }

    /**
     * Sets the name: 1 to 255 characters, no commas or control characters, no surrounding white
     * space (so that forwarding rules can reference it).
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Replaces the DNS names of a Let's Encrypt certificate (1 to 100; wildcards as {@code *.}).
     */
    public Builder dnsNames(Collection<String> dnsNames) {
      List<String> copy = List.copyOf(dnsNames);
      this.dnsNames.clear();
      this.dnsNames.addAll(copy);
      return this;
    }

    /** Replaces the DNS names; see {@link #dnsNames(Collection)}. */
    public Builder dnsNames(String... dnsNames) {
      return dnsNames(Arrays.asList(dnsNames));
    }

    /** Appends a DNS name. */
    public Builder addDnsName(String dnsName) {
      dnsNames.add(Objects.requireNonNull(dnsName, "dnsName"));
      return this;
    }

    /** Sets the private key of a custom certificate (PEM, unencrypted). A secret. */
    public Builder privateKeyPem(String privateKeyPem) {
      this.privateKeyPem = Objects.requireNonNull(privateKeyPem, "privateKeyPem");
      return this;
    }

    /** Sets the leaf certificate of a custom certificate (one PEM block). */
    public Builder leafCertificatePem(String leafCertificatePem) {
      this.leafCertificatePem = Objects.requireNonNull(leafCertificatePem, "leafCertificatePem");
      return this;
    }

    /** Sets the chain of a custom certificate (PEM blocks, leaf's issuer first); may be empty. */
    public Builder certificateChainPem(String certificateChainPem) {
      this.certificateChainPem = Objects.requireNonNull(certificateChainPem, "certificateChainPem");
      return this;
    }

    /**
     * Sets the clock against which a custom certificate's validity is checked. Default: {@link
     * Clock#systemUTC()}. {@code CertificateService.create} checks again with the client's clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Checks the spec and returns it, or every problem at once (SW-INPUT-001, reported on {@code
     * certificate/<name>}). Messages never contain the private key.
     */
    public Validation<Seq<Violation>, CertificateSpec> validate() {
      Checks checks = Checks.on("certificate/" + (name.isBlank() ? "(unnamed)" : name));
      checkName(checks);
      List<String> names = new ArrayList<>();
      PemChecks.@Nullable Parsed parsed = null;
      if (type == Certificate.Type.LETS_ENCRYPT) {
        names.addAll(checkDnsNames(checks));
        if (!privateKeyPem.isEmpty()
            || !leafCertificatePem.isEmpty()
            || !certificateChainPem.isEmpty()) {
          checks.invalid(
              "privateKey",
              "a Let's Encrypt certificate is issued by DigitalOcean and takes no key or PEM; use"
                  + " CertificateSpec.custom(...) to upload your own");
        }
      } else {
        if (!dnsNames.isEmpty()) {
          checks.invalid(
              "dnsNames",
              "a custom certificate's DNS names come from the certificate itself; do not set"
                  + " dnsNames");
        }
        parsed =
            PemChecks.check(
                    checks, privateKeyPem, leafCertificatePem, certificateChainPem, clock.instant())
                .orElse(null);
        if (parsed != null) {
          names.addAll(parsed.dnsNames());
        }
      }
      PemChecks.@Nullable Parsed result = parsed;
      return checks.result(() -> new CertificateSpec(this, names, result));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public CertificateSpec build() {
      Validation<Seq<Violation>, CertificateSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }

    private void checkName(Checks checks) {
      if (name.isBlank()) {
        checks.invalid("name", "a certificate needs a name, e.g. \"web-cert\"");
      } else if (name.length() > 255) {
        checks.invalid("name", "is " + name.length() + " characters long, at most 255 allowed");
      } else if (!name.equals(name.strip())
          || name.chars().anyMatch(c -> c == ',' || Character.isISOControl(c))) {
        checks.invalid(
            "name",
            "must not contain commas or control characters nor start or end with white space");
      }
    }

    private List<String> checkDnsNames(Checks checks) {
      LinkedHashSet<String> normalised = new LinkedHashSet<>();
      if (dnsNames.isEmpty()) {
        checks.invalid(
            "dnsNames",
            "a Let's Encrypt certificate needs at least one DNS name, e.g. \"example.com\"");
      }
      for (int i = 0; i < dnsNames.size(); i++) {
        String dnsName = dnsNames.get(i).strip().toLowerCase(Locale.ROOT);
        if (dnsName.length() > 253 || !DNS_NAME.matcher(dnsName).matches()) {
          checks.invalid(
              "dnsNames[" + i + "]",
              "'"
                  + dnsNames.get(i)
                  + "' is not a fully qualified DNS name such as www.example.com or"
                  + " *.example.com");
        } else {
          normalised.add(dnsName);
        }
      }
      if (normalised.size() > MAX_DNS_NAMES) {
        checks.invalid(
            "dnsNames",
            normalised.size() + " DNS names given, Let's Encrypt allows at most " + MAX_DNS_NAMES);
      }
      return List.copyOf(normalised);
    }
  }
}
