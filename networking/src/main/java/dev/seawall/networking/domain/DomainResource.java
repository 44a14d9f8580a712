package dev.seawall.networking.domain;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A DNS domain and its records as part of a {@link dev.seawall.core.stack.Stack}, kind {@value
 * #KIND}; its resource name is the domain. Planning diffs the spec's records with the domain's;
 * applying creates the domain and its records, or adds, changes and removes records as planned (see
 * {@link DomainService#apply(DomainSpec)}), so applying twice sends nothing the second time. A
 * Let's Encrypt {@code CertificateResource} for names under the domain is applied after it.
 *
 * <pre>{@code
 * DomainResource domain = DomainResource.of(client,
 *     DomainSpec.builder().name("example.com").iodef("mailto:security@example.com").build());
 * }</pre>
 *
 * <p>Id: the domain name. Outputs: {@code urn} ({@code do:domain:<name>}). Token scopes: {@code
 * domain:read}, and {@code domain:create}, {@code domain:update} when it changes (operations {@code
 * domains_get}, {@code domains_list_records}, {@code domains_create}, {@code
 * domains_create_record}, {@code domains_update_record}, {@code domains_delete_record}).
 */
public final class DomainResource extends SpecResource<DomainSpec, Domain> {
  /** The resource kind: {@value}. */
  public static final String KIND = "domain";

  private final DomainService service;

  private DomainResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name.toLowerCase(java.util.Locale.ROOT)),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new DomainService(builder.client);
  }

  /**
   * A domain resource for a built spec.
   *
   * @param client the client the domain is applied with
   * @param spec the domain; its name is the resource name
   */
  public static DomainResource of(DigitalOcean client, DomainSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a domain resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack instead of throwing here.
   *
   * @param client the client the domain is applied with
   * @param name the domain, e.g. {@code example.com}, also the resource name; set on {@code spec}
   * @param spec the domain's records and options; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, DomainSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  @Override
  protected ResourceService<DomainSpec, Domain> service() {
    return service;
  }

  @Override
  protected String id(Domain domain) {
    return domain.name();
  }

  @Override
  protected Map<String, String> outputs(Domain domain) {
    return Map.of("urn", domain.urn());
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(DomainSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(NetworkingOperations.DOMAINS_GET, NetworkingOperations.DOMAINS_LIST_RECORDS);
  }

  @Override
  protected List<Operation> createOperations() {
    List<Operation> create = new ArrayList<>();
    create.add(NetworkingOperations.DOMAINS_CREATE);
    create.add(NetworkingOperations.DOMAINS_CREATE_RECORD);
    return List.copyOf(create);
  }

  @Override
  protected List<Operation> updateOperations() {
    return DomainService.RECORD_WRITES;
  }

  /** Builder for {@link DomainResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final DomainSpec.Builder spec;

    private Builder(DigitalOcean client, String name, DomainSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public DomainResource build() {
      return new DomainResource(this);
    }
  }
}
