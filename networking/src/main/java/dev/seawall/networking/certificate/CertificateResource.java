package dev.seawall.networking.certificate;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A TLS certificate as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}.
 * Planning diffs the spec with the current certificate of the same name; applying creates it or
 * adopts the one with the same content, and waits until it is {@code verified} (Let's Encrypt
 * issues it asynchronously), so load balancers applied after it can use it (see {@link
 * CertificateService#apply(CertificateSpec)}). A certificate of that name with other content is
 * refused: certificates cannot change.
 *
 * <pre>{@code
 * CertificateResource cert = CertificateResource.of(client,
 *     CertificateSpec.letsEncrypt("web-cert", List.of("www.example.com")).build());
 * LoadBalancerResource lb = LoadBalancerResource.builder(client, "web-lb", lbSpec)
 *     .certificate(cert)
 *     .build();
 * }</pre>
 *
 * <p>Status after apply: the certificate's {@code state}. Outputs: {@code sha1_fingerprint} (when
 * reported). Token scopes: {@code certificate:read}, and {@code certificate:create} when it is
 * created (operations {@code certificates_list}, {@code certificates_get}, {@code
 * certificates_create}).
 */
public final class CertificateResource extends SpecResource<CertificateSpec, Certificate> {
  /** The resource kind: {@value}. */
  public static final String KIND = "certificate";

  private final CertificateService service;

  private CertificateResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new CertificateService(builder.client);
  }

  /**
   * A certificate resource for a built spec.
   *
   * @param client the client the certificate is applied with
   * @param spec the certificate; its name is the resource name
   */
  public static CertificateResource of(DigitalOcean client, CertificateSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a certificate resource from a spec builder, so that an invalid spec is reported by
   * {@code Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the certificate is applied with
   * @param name the certificate name, also the resource name; set on {@code spec}
   * @param spec the certificate, e.g. {@code CertificateSpec.letsEncrypt(name, dnsNames)}; read
   *     once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, CertificateSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  @Override
  protected ResourceService<CertificateSpec, Certificate> service() {
    return service;
  }

  @Override
  protected String id(Certificate certificate) {
    return certificate.id();
  }

  @Override
  protected String status(Certificate certificate) {
    return certificate.state().name().toLowerCase(Locale.ROOT);
  }

  @Override
  protected Map<String, String> outputs(Certificate certificate) {
    return certificate.sha1Fingerprint().isEmpty()
        ? Map.of()
        : Map.of("sha1_fingerprint", certificate.sha1Fingerprint());
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.CERTIFICATES_LIST, NetworkingOperations.CERTIFICATES_GET);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(NetworkingOperations.CERTIFICATES_CREATE);
  }

  /** None: a certificate never changes in place. */
  @Override
  protected List<Operation> updateOperations() {
    return List.of();
  }

  /** Builder for {@link CertificateResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final CertificateSpec.Builder spec;

    private Builder(DigitalOcean client, String name, CertificateSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public CertificateResource build() {
      return new CertificateResource(this);
    }
  }
}
