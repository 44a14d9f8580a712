package dev.seawall.networking.certificate;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.domain.DomainResource;
import dev.seawall.networking.domain.DomainService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <p><b>Its domain.</b> Let's Encrypt validates a name through DigitalOcean DNS, so a Let's Encrypt
 * certificate depends on the domain of its names: it {@linkplain #references() references} {@code
 * domain/<zone>} for every zone that may hold one of its names ({@code www.example.com}: {@code
 * domain/www.example.com}, {@code domain/example.com}), so a {@link DomainResource} of the stack is
 * applied first ({@link Builder#domain(DomainResource)} says it explicitly). A name that no domain
 * of the stack covers must be on DigitalOcean DNS already (one {@code domains_get} per candidate
 * zone, scope {@code domain:read}); otherwise the live plan shows the certificate as refused
 * ({@code dns_names}) and applying it sends nothing.
 *
 * <p>Status after apply: the certificate's {@code state}. Outputs: {@code sha1_fingerprint} (when
 * reported). Token scopes: {@code certificate:read} ({@code domain:read} too for Let's Encrypt),
 * and {@code certificate:create} when it is created (operations {@code certificates_list}, {@code
 * certificates_get}, {@code domains_get}, {@code certificates_create}).
 */
public final class CertificateResource extends SpecResource<CertificateSpec, Certificate> {
  /** The resource kind: {@value}. */
  public static final String KIND = "certificate";

  private final CertificateService service;
  private final DomainService domains;

  private CertificateResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new CertificateService(builder.client);
    this.domains = new DomainService(builder.client);
  }

  private boolean letsEncrypt() {
    return spec().map(s -> s.type() == Certificate.Type.LETS_ENCRYPT).orElse(false);
  }

  /**
   * The zones that may hold a DNS name, most specific first: {@code www.example.com} gives {@code
   * www.example.com}, {@code example.com} (a wildcard's {@code *.} is dropped; a bare top-level
   * label is never a zone).
   */
  public static List<String> candidateZones(String dnsName) {
    String name = dnsName.startsWith("*.") ? dnsName.substring(2) : dnsName;
    List<String> zones = new ArrayList<>();
    while (name.indexOf('.') > 0) {
      zones.add(name);
      name = name.substring(name.indexOf('.') + 1);
    }
    return zones;
  }

  /**
   * For a Let's Encrypt certificate, {@code domain/<zone>} of every zone that may hold one of its
   * names: a domain resource of the stack among them is applied first.
   */
  @Override
  public Set<ResourceKey> references() {
    if (!letsEncrypt()) {
      return Set.of();
    }
    Set<ResourceKey> zones = new LinkedHashSet<>();
    for (String name : spec().orElseThrow().dnsNames()) {
      candidateZones(name).forEach(zone -> zones.add(ResourceKey.of(DomainResource.KIND, zone)));
    }
    return zones;
  }

  /**
   * The spec's diff, refused ({@code dns_names}) when a Let's Encrypt name is under no domain of
   * the stack and no domain on DigitalOcean DNS.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    ResourcePlan plan = super.plan(context);
    List<FieldChange> refused = uncovered(context);
    if (refused.isEmpty()) {
      return plan;
    }
    Diff diff = plan.diff().plus(refused);
    return plan.withDiff(diff, operationsFor(diff.action()));
  }

  /**
   * Creates or adopts the certificate as {@link CertificateService#apply} does, after checking its
   * domain as {@link #plan} does.
   *
   * @throws RefusedChangeException if a Let's Encrypt name is under no domain of the stack or of
   *     DigitalOcean DNS; nothing is sent
   */
  @Override
  public AppliedResource apply(StackContext context) {
    List<FieldChange> refused = uncovered(context);
    if (!refused.isEmpty()) {
      throw new RefusedChangeException(key().toString(), Diff.of(refused));
    }
    return super.apply(context);
  }

  private List<FieldChange> uncovered(StackContext context) {
    if (!letsEncrypt()) {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (String name : spec().orElseThrow().dnsNames()) {
      List<String> zones = candidateZones(name);
      boolean covered =
          zones.stream().anyMatch(zone -> inStack(context, zone))
              || zones.stream().anyMatch(domains::exists);
      if (!covered) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    return List.of(
        FieldChange.refused(
            "dns_names",
            "(no domain)",
            missing.toString(),
            "Let's Encrypt validates through DigitalOcean DNS, but no domain of the stack and no"
                + " domain on DigitalOcean DNS holds "
                + String.join(", ", missing)
                + "; add a DomainResource for the domain (e.g. DomainResource.of(client,"
                + " DomainSpec.builder().name(\""
                + candidateZones(missing.get(0)).get(candidateZones(missing.get(0)).size() - 1)
                + "\").build())) and point the registrar's name servers at"
                + " ns1.digitalocean.com"));
  }

  private static boolean inStack(StackContext context, String zone) {
    try {
      context.resolved(ResourceKey.of(DomainResource.KIND, zone));
      return true;
    } catch (IllegalStateException notInStack) {
      return false;
    }
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

  /** The certificate reads, and {@code domains_get} for a Let's Encrypt certificate's domain. */
  @Override
  protected List<Operation> readOperations() {
    return letsEncrypt()
        ? List.of(
            NetworkingOperations.CERTIFICATES_LIST,
            NetworkingOperations.CERTIFICATES_GET,
            NetworkingOperations.DOMAINS_GET)
        : List.of(NetworkingOperations.CERTIFICATES_LIST, NetworkingOperations.CERTIFICATES_GET);
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

    /**
     * Declares the domain the certificate's names are under, a domain of the stack applied before
     * the certificate (a Let's Encrypt certificate references the domains of its names anyway; this
     * makes the dependency explicit and works for any name).
     *
     * @param domain the domain's stack resource
     */
    public Builder domain(DomainResource domain) {
      dependOn(Objects.requireNonNull(domain, "domain").key());
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public CertificateResource build() {
      return new CertificateResource(this);
    }
  }
}
