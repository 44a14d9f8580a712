package dev.seawall.networking.certificate;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.internal.StackSupport.Validated;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A TLS certificate as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}.
 * Applying it creates the certificate or adopts the one with the same name and content (see {@link
 * CertificateService#create(CertificateSpec)}), then waits until it is {@code verified} (Let's
 * Encrypt issues it asynchronously), so load balancers applied after it can use it.
 *
 * <pre>{@code
 * CertificateResource cert = CertificateResource.of(client,
 *     CertificateSpec.letsEncrypt("web-cert", List.of("www.example.com")).build());
 * }</pre>
 *
 * <p>Outputs: {@code state}, {@code sha1_fingerprint} (when reported). Token scopes: {@code
 * certificate:read}, {@code certificate:create} (operations {@code certificates_list}, {@code
 * certificates_create}, {@code certificates_get}).
 */
public final class CertificateResource implements StackResource {
  /** The resource kind: {@value}. */
  public static final String KIND = "certificate";

  private static final List<Operation> OPERATIONS =
      List.of(
          NetworkingOperations.CERTIFICATES_LIST,
          NetworkingOperations.CERTIFICATES_CREATE,
          NetworkingOperations.CERTIFICATES_GET);

  private final DigitalOcean client;
  private final ResourceKey key;
  private final Validated<CertificateSpec> spec;
  private final Set<ResourceKey> dependsOn;

  private CertificateResource(
      DigitalOcean client, String name, CertificateSpec.Builder spec, Set<ResourceKey> after) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = ResourceKey.of(KIND, name);
    this.spec = Validated.of(spec.name(name).validate(), s -> List.of());
    this.dependsOn = Set.copyOf(after);
  }

  /**
   * A certificate resource for a built spec.
   *
   * @param client the client the certificate is applied with
   * @param spec the certificate; its name is the resource name
   */
  public static CertificateResource of(DigitalOcean client, CertificateSpec spec) {
    return new CertificateResource(client, spec.name(), spec.toBuilder(), Set.of());
  }

  /**
   * A certificate resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the certificate is applied with
   * @param name the certificate name, also the resource name; set on {@code spec}
   * @param spec the certificate, e.g. {@code CertificateSpec.letsEncrypt(name, dnsNames)}
   * @param after resources to apply before it (ordering without a reference)
   */
  public static CertificateResource of(
      DigitalOcean client, String name, CertificateSpec.Builder spec, ResourceKey... after) {
    Objects.requireNonNull(spec, "spec");
    return new CertificateResource(
        client, Objects.requireNonNull(name, "name"), spec, new LinkedHashSet<>(List.of(after)));
  }

  /** The validated spec, if it is valid. */
  public Optional<CertificateSpec> spec() {
    return spec.spec();
  }

  @Override
  public ResourceKey key() {
    return key;
  }

  @Override
  public Set<ResourceKey> dependsOn() {
    return dependsOn;
  }

  @Override
  public List<Operation> operations() {
    return OPERATIONS;
  }

  @Override
  public List<Violation> validate() {
    return spec.violations();
  }

  @Override
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return List.of();
  }

  /**
   * Creates the certificate or adopts the existing one, then waits until it is verified.
   *
   * @throws InvalidSpecException if the spec is invalid, or a custom certificate has expired
   * @throws dev.seawall.core.SeawallException if a certificate of that name has other content
   * @throws dev.seawall.core.WaitFailedException if Let's Encrypt fails to issue it
   */
  @Override
  public AppliedResource apply(StackContext context) {
    CertificateSpec valid = spec.require();
    CertificateService certificates = new CertificateService(client);
    boolean existed = certificates.findByName(valid.name()).isPresent();
    Certificate certificate = certificates.create(valid);
    if (certificate.state() != Certificate.State.VERIFIED) {
      certificate = certificates.awaitVerified(certificate.id());
    }
    Map<String, String> outputs =
        certificate.sha1Fingerprint().isEmpty()
            ? Map.of()
            : Map.of("sha1_fingerprint", certificate.sha1Fingerprint());
    return new AppliedResource(
        key,
        certificate.id(),
        certificate.state().name().toLowerCase(Locale.ROOT),
        !existed,
        outputs);
  }

  @Override
  public String toString() {
    return "CertificateResource[" + key + "]";
  }
}
