package dev.seawall.networking.certificate;

import dev.seawall.core.Api;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.internal.CertificateWire;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Creates, reads and deletes TLS certificates. Obtain it with {@code
 * Networking.certificates(client)}. Thread-safe; holds no state besides the client.
 *
 * <p>Certificates are identified by name: {@link #create} returns an existing certificate of the
 * same name and content instead of uploading it again, and {@link #findByName} picks the current
 * one while a Let's Encrypt renewal briefly leaves two certificates with the same name. The API has
 * no update: to change a certificate, create one under a new name and point the load balancer at
 * it.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code certificate:read}, {@code
 * certificate:create}, {@code certificate:delete} as noted per method. No method logs or throws the
 * private key.
 */
public final class CertificateService {
  /** How long {@link #awaitVerified} waits by default: 5 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** Prefers verified certificates, then the one expiring last, then the newest. */
  private static final Comparator<Certificate> CURRENT_FIRST =
      Comparator.comparing((Certificate c) -> c.state() != Certificate.State.VERIFIED)
          .thenComparing(
              (Certificate c) -> c.notAfter().orElse(Instant.MIN), Comparator.reverseOrder())
          .thenComparing(
              (Certificate c) -> c.createdAt().orElse(Instant.MIN), Comparator.reverseOrder());

  private final Api api;
  private final Waiter waiter;
  private final Clock clock;

  /**
   * Creates the service on a client; prefer {@code Networking.certificates(client)}.
   *
   * @param client the DigitalOcean client
   */
  public CertificateService(DigitalOcean client) {
    Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
    this.clock = client.clock();
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.CERTIFICATES_LIST,
        NetworkingOperations.CERTIFICATES_CREATE,
        NetworkingOperations.CERTIFICATES_GET,
        NetworkingOperations.CERTIFICATES_DELETE);
  }

  /**
   * Creates a certificate, idempotently by name: a certificate with the spec's name is returned as
   * it is when it has the same content (Let's Encrypt: the same DNS names; custom: the same leaf
   * fingerprint). A custom certificate is checked again against the client's clock before it is
   * sent. If the create response is lost, the certificate is looked up by name before anything is
   * resent. A Let's Encrypt certificate is returned {@code pending}; see {@link #awaitVerified}.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_create">certificates_create</a>;
   * scopes {@code certificate:read}, {@code certificate:create}.
   *
   * @param spec the validated spec
   * @return the created or existing certificate
   * @throws InvalidSpecException if a custom certificate is expired at the client's clock; nothing
   *     is sent
   * @throws SeawallException if a certificate with that name but other content exists
   */
  public Certificate create(CertificateSpec spec) {
    Objects.requireNonNull(spec, "spec");
    CertificateSpec checked =
        spec.type() == Certificate.Type.CUSTOM ? spec.toBuilder().clock(clock).build() : spec;
    Optional<Certificate> existing = findByName(checked.name());
    if (existing.isPresent()) {
      return requireSameContent(existing.get(), checked);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", checked.name());
    if (checked.type() == Certificate.Type.LETS_ENCRYPT) {
      body.put("type", "lets_encrypt");
      body.put("dns_names", checked.dnsNames());
    } else {
      body.put("type", "custom");
      body.put("private_key", checked.privateKeyPem());
      body.put("leaf_certificate", checked.leafCertificatePem());
      if (!checked.certificateChainPem().isBlank()) {
        body.put("certificate_chain", checked.certificateChainPem());
      }
    }
    CertificateWire created =
        api.create(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_CREATE).body(body).build(),
            "certificate",
            CertificateWire.class,
            () -> findWireByName(checked.name()).findFirst());
    return created.toModel();
  }

  /**
   * Fetches a certificate.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_get">certificates_get</a>;
   * scope {@code certificate:read}.
   *
   * @param id the certificate's UUID
   * @throws NotFoundException if there is no such certificate
   */
  public Certificate get(String id) {
    return api.<CertificateWire>call(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_GET)
                .pathParam("certificate_id", id)
                .build(),
            "certificate",
            CertificateWire.class)
        .toModel();
  }

  /**
   * Fetches one page of the account's certificates.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>;
   * scope {@code certificate:read}.
   *
   * @param page 1-based page number
   * @param perPage certificates per page, 1..200
   */
  public Page<Certificate> list(int page, int perPage) {
    Page<CertificateWire> wires =
        api.page(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_LIST).build(),
            "certificates",
            CertificateWire.class,
            page,
            perPage);
    return new Page<>(
        wires.items().stream().map(CertificateWire::toModel).toList(), wires.total(), wires.next());
  }

  /**
   * Every certificate of the account, as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>;
   * scope {@code certificate:read}.
   */
  public Stream<Certificate> listAll() {
    return api.<CertificateWire>listAll(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_LIST).build(),
            "certificates",
            CertificateWire.class,
            CertificateWire::id)
        .map(CertificateWire::toModel);
  }

  /**
   * The current certificate with this name, if any. While a Let's Encrypt renewal briefly leaves
   * two certificates with the same name, the verified one that expires last is returned.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * with the {@code name} filter; scope {@code certificate:read}.
   */
  public Optional<Certificate> findByName(String name) {
    Objects.requireNonNull(name, "name");
    return current(findWireByName(name).map(CertificateWire::toModel).toList());
  }

  /**
   * The current certificate among {@code candidates} (all with one name): verified before pending,
   * then the one expiring last, then the newest; certificates in state {@code error} are never
   * chosen.
   */
  public static Optional<Certificate> current(List<Certificate> candidates) {
    return candidates.stream().filter(c -> c.state() != Certificate.State.ERROR).min(CURRENT_FIRST);
  }

  /**
   * Deletes a certificate. DigitalOcean refuses to delete a certificate a load balancer still uses.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_delete">certificates_delete</a>;
   * scope {@code certificate:delete}.
   *
   * @throws NotFoundException if there is no such certificate
   */
  public void delete(String id) {
    api.send(
        ApiRequest.of(NetworkingOperations.CERTIFICATES_DELETE)
            .pathParam("certificate_id", id)
            .build());
  }

  /** {@link #awaitVerified(String, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Certificate awaitVerified(String id) {
    return awaitVerified(id, DEFAULT_TIMEOUT);
  }

  /**
   * Polls a certificate until Let's Encrypt has issued it ({@code state: verified}).
   *
   * <p>Operation {@code certificates_get}; scope {@code certificate:read}.
   *
   * @throws WaitFailedException if the state becomes {@code error} (e.g. the domain's DNS is not
   *     managed by DigitalOcean)
   * @throws WaitTimeoutException if it is not verified within {@code timeout}
   */
  public Certificate awaitVerified(String id, Duration timeout) {
    return waiter.until(
        "certificate " + id + " to be verified",
        () -> get(id),
        certificate ->
            switch (certificate.state()) {
              case VERIFIED -> WaitState.DONE;
              case ERROR -> WaitState.FAILED;
              case PENDING, UNKNOWN -> WaitState.PENDING;
            },
        certificate -> "state " + certificate.state().name().toLowerCase(Locale.ROOT),
        timeout);
  }

  // ---------------------------------------------------------------------------------------------

  private Stream<CertificateWire> findWireByName(String name) {
    return api.<CertificateWire>listAll(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_LIST).query("name", name).build(),
            "certificates",
            CertificateWire.class,
            CertificateWire::id)
        .filter(w -> w.name().equals(name));
  }

  private static Certificate requireSameContent(Certificate existing, CertificateSpec spec) {
    boolean same =
        existing.type() == spec.type()
            && (spec.type() == Certificate.Type.LETS_ENCRYPT
                ? Set.copyOf(lower(existing.dnsNames())).equals(Set.copyOf(spec.dnsNames()))
                : spec.sha1Fingerprint()
                    .map(f -> f.equalsIgnoreCase(existing.sha1Fingerprint()))
                    .orElse(false));
    if (same) {
      return existing;
    }
    throw new SeawallException(
        "A certificate named '"
            + spec.name()
            + "' already exists ("
            + existing.id()
            + ", "
            + existing.type().name().toLowerCase(Locale.ROOT)
            + (existing.type() == Certificate.Type.LETS_ENCRYPT
                ? ", DNS names " + existing.dnsNames()
                : ", SHA-1 " + existing.sha1Fingerprint())
            + ") with other content than the spec. Certificates cannot be changed: create the new"
            + " one under another name and reference that name in the forwarding rules, or delete"
            + " the old one first.");
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
