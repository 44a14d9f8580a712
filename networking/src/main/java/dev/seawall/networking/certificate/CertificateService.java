package dev.seawall.networking.certificate;

import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
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
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * TLS certificates, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of
 * every kind. Obtain it with {@code Networking.certificates(client)}. Thread-safe; holds no state
 * besides the client.
 *
 * <p>A certificate is identified by its name; while a Let's Encrypt renewal briefly leaves two
 * certificates with one name, the current one is meant (see {@link #find}). Certificates cannot be
 * changed: {@code type}, {@code dns_names} and a custom certificate's key, leaf and chain are fixed
 * at creation, so {@link #apply} adopts an existing certificate with the same content and refuses
 * one with other content ({@link RefusedChangeException}, nothing sent). To change a certificate,
 * create one under a new name and point the load balancer at it.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code certificate:read}, {@code
 * certificate:create}, {@code certificate:delete} as noted per method. No method logs or throws the
 * private key, and diffs show the key, leaf and chain only as {@code (sensitive)}.
 */
public final class CertificateService
    extends AbstractResourceService<CertificateSpec, Certificate, CertificateWire> {
  /** How long {@link #create} and {@link #awaitVerified(String)} wait by default: 5 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  static final WireKind<CertificateWire, Certificate> WIRE =
      WireKind.builder(CertificateResource.KIND, CertificateWire.class, CertificateWire::toModel)
          .envelope("certificate", "certificates")
          .list(NetworkingOperations.CERTIFICATES_LIST)
          .get(NetworkingOperations.CERTIFICATES_GET, "certificate_id")
          .delete(NetworkingOperations.CERTIFICATES_DELETE)
          .identity(CertificateWire::id, CertificateWire::name)
          .build();

  /**
   * The fields of a certificate, every one fixed at creation: {@code type}; the {@code dns_names}
   * of a Let's Encrypt certificate (a custom one's come from its leaf); and a custom certificate's
   * {@code private_key}, {@code leaf_certificate} and {@code certificate_chain}, which are
   * sensitive. The API reports none of the three, only the leaf's SHA-1 fingerprint: a leaf whose
   * fingerprint differs is refused; the key and chain are unknown, so never a change by themselves.
   */
  static final Differ<CertificateSpec, Certificate> DIFFER =
      Differ.<CertificateSpec, Certificate>builder()
          .createOnly(
              "type",
              spec -> typeName(spec.type()),
              certificate ->
                  certificate.type() == Certificate.Type.UNKNOWN
                      ? null
                      : typeName(certificate.type()))
          .createOnly(
              "dns_names",
              spec -> isCustom(spec) ? null : sorted(spec.dnsNames()),
              certificate ->
                  certificate.dnsNames().isEmpty() ? null : sorted(certificate.dnsNames()))
          .sensitive("private_key", CertificateService::isCustom, (spec, observed) -> false, true)
          .sensitive(
              "leaf_certificate",
              CertificateService::isCustom,
              CertificateService::leafDiffers,
              true)
          .sensitive(
              "certificate_chain",
              spec -> isCustom(spec) && !spec.certificateChainPem().isBlank(),
              (spec, observed) -> false,
              true)
          .build();

  /** Prefers verified certificates, then the one expiring last, then the newest. */
  private static final Comparator<Certificate> CURRENT_FIRST =
      Comparator.comparing((Certificate c) -> c.state() != Certificate.State.VERIFIED)
          .thenComparing(
              (Certificate c) -> c.notAfter().orElse(Instant.MIN), Comparator.reverseOrder())
          .thenComparing(
              (Certificate c) -> c.createdAt().orElse(Instant.MIN), Comparator.reverseOrder());

  private final Clock clock;

  /**
   * Creates the service on a client; prefer {@code Networking.certificates(client)}.
   *
   * @param client the DigitalOcean client
   */
  public CertificateService(DigitalOcean client) {
    super(client, WIRE);
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

  @Override
  protected Differ<CertificateSpec, Certificate> differ() {
    return DIFFER;
  }

  @Override
  protected String name(CertificateSpec spec) {
    return spec.name();
  }

  /**
   * Creates a certificate and waits until it is {@code verified} (Let's Encrypt issues it
   * asynchronously; an uploaded one is verified at once). A custom certificate is checked again
   * against the client's clock before it is sent. If the create response is lost, the certificate
   * is looked up by name before anything is resent. A certificate of the same name already existing
   * is refused by DigitalOcean ({@code 422}); use {@link #apply} to adopt it.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_create">certificates_create</a>
   * and {@code certificates_get} while waiting; scopes {@code certificate:create}, {@code
   * certificate:read}.
   *
   * @param spec the validated spec
   * @return the certificate once verified
   * @throws InvalidSpecException if a custom certificate is expired at the client's clock; nothing
   *     is sent
   * @throws WaitFailedException if Let's Encrypt fails to issue it ({@code state: error}, e.g. the
   *     domain's DNS is not managed by DigitalOcean)
   * @throws WaitTimeoutException if it is not verified within {@link #DEFAULT_TIMEOUT}
   */
  @Override
  public Certificate create(CertificateSpec spec) {
    CertificateSpec checked =
        spec.type() == Certificate.Type.CUSTOM ? spec.toBuilder().clock(clock).build() : spec;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", checked.name());
    body.put("type", typeName(checked.type()));
    if (checked.type() == Certificate.Type.LETS_ENCRYPT) {
      body.put("dns_names", checked.dnsNames());
    } else {
      body.put("private_key", checked.privateKeyPem());
      body.put("leaf_certificate", checked.leafCertificatePem());
      if (!checked.certificateChainPem().isBlank()) {
        body.put("certificate_chain", checked.certificateChainPem());
      }
    }
    Certificate created =
        createWithLookup(
            ApiRequest.of(NetworkingOperations.CERTIFICATES_CREATE).body(body).build(), checked);
    return awaitVerified(created, DEFAULT_TIMEOUT);
  }

  /**
   * Creates the certificate, or adopts the existing current one of that name when it has the same
   * content (Let's Encrypt: the same DNS names; custom: the same leaf fingerprint), and waits until
   * it is {@code verified}. Sends no write when it exists.
   *
   * <p>Operations {@code certificates_list} (with the {@code name} filter), then {@code
   * certificates_create} if absent, and {@code certificates_get} while waiting; scopes {@code
   * certificate:read}, and {@code certificate:create} when it is created.
   *
   * @throws RefusedChangeException if a certificate of that name has other content; nothing is sent
   * @throws WaitFailedException if Let's Encrypt fails to issue it
   */
  @Override
  public Applied<Certificate> apply(CertificateSpec spec) {
    return super.apply(spec);
  }

  /** {@link #apply(CertificateSpec)} from a state read moments ago; waits until it is verified. */
  @Override
  public Applied<Certificate> apply(CertificateSpec spec, Optional<Certificate> observed) {
    Applied<Certificate> applied = super.apply(spec, observed);
    return applied.created()
        ? applied
        : new Applied<>(awaitVerified(applied.resource(), DEFAULT_TIMEOUT), applied.diff());
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
  @Override
  public Certificate get(String id) {
    return super.get(id);
  }

  /**
   * The current certificate with this name, if any. While a Let's Encrypt renewal briefly leaves
   * two certificates with the same name, the one {@link #current} picks is returned.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * with the {@code name} filter; scope {@code certificate:read}.
   */
  @Override
  public Optional<Certificate> find(String name) {
    return super.find(name);
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
   * Deletes a certificate, idempotently. DigitalOcean refuses to delete a certificate a load
   * balancer still uses.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_delete">certificates_delete</a>;
   * scope {@code certificate:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     certificate
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
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
    return await(
        id,
        "to be verified",
        certificate ->
            switch (certificate.state()) {
              case VERIFIED -> WaitState.DONE;
              case ERROR -> WaitState.FAILED;
              case PENDING, UNKNOWN -> WaitState.PENDING;
            },
        certificate -> "state " + certificate.state().name().toLowerCase(Locale.ROOT),
        timeout);
  }

  /** Certificates cannot change: the field table has no updatable field. */
  @Override
  protected Certificate change(Certificate observed, CertificateSpec spec, Diff diff) {
    throw new IllegalStateException("certificates have no field that changes in place: " + diff);
  }

  /** The certificates with this name ({@code name} filter), the current one chosen. */
  @Override
  protected Optional<CertificateWire> findWire(String name) {
    List<CertificateWire> named =
        api.<CertificateWire>listAll(
                ApiRequest.of(NetworkingOperations.CERTIFICATES_LIST).query("name", name).build(),
                wire.listKey(),
                CertificateWire.class,
                CertificateWire::id)
            .filter(w -> w.name().equals(name))
            .toList();
    return current(named.stream().map(CertificateWire::toModel).toList())
        .flatMap(chosen -> named.stream().filter(w -> w.id().equals(chosen.id())).findFirst());
  }

  @Override
  protected String describe(Certificate certificate, CertificateSpec spec) {
    return "certificate '" + certificate.name() + "' (" + certificate.id() + ")";
  }

  // ---------------------------------------------------------------------------------------------

  private Certificate awaitVerified(Certificate certificate, Duration timeout) {
    return certificate.state() == Certificate.State.VERIFIED
        ? certificate
        : awaitVerified(certificate.id(), timeout);
  }

  private static boolean isCustom(CertificateSpec spec) {
    return spec.type() == Certificate.Type.CUSTOM;
  }

  /** Whether the API's leaf fingerprint is known and not the spec's leaf's. */
  private static boolean leafDiffers(CertificateSpec spec, Certificate observed) {
    return !observed.sha1Fingerprint().isEmpty()
        && spec.sha1Fingerprint()
            .map(f -> !f.equalsIgnoreCase(observed.sha1Fingerprint()))
            .orElse(false);
  }

  /** The API's spelling of a type: {@code custom} or {@code lets_encrypt}. */
  private static String typeName(Certificate.Type type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  private static SortedSet<String> sorted(List<String> names) {
    return names.stream()
        .map(n -> n.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
