package dev.seawall.apps.functions;

import dev.seawall.apps.AppsOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.Validated;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Functions namespace as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND},
 * keyed by its label. Planning lists the namespaces and diffs the spec with the one of that label
 * ({@link FunctionNamespaceService#apply} describes it: created when missing, nothing sent when it
 * exists, a different region refused); applying converges it. Triggers of the stack reference it
 * with {@link FunctionTriggerResource.Builder#namespace(FunctionNamespaceResource)}.
 *
 * <pre>{@code
 * FunctionNamespaceResource jobs = FunctionNamespaceResource.builder(
 *         client, "billing-jobs", FunctionNamespaceSpec.builder().region("fra1"))
 *     .build();
 * }</pre>
 *
 * <p>Outputs: {@code api_host} (the host of the functions' endpoints). The namespace's access key
 * is never read, so it is never an output. Token scopes: {@code function:read} (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_namespaces">functions_list_namespaces</a>),
 * {@code function:create} when it is created (<a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_namespace">functions_create_namespace</a>).
 */
public final class FunctionNamespaceResource
    extends SpecResource<FunctionNamespaceSpec, FunctionNamespace> {
  /** The resource kind: {@value}. */
  public static final String KIND = FunctionNamespaceService.KIND;

  private final FunctionNamespaceService service;

  private FunctionNamespaceResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.label),
        Validated.of(builder.spec.label(builder.label).validate()),
        builder.dependencies());
    this.service = new FunctionNamespaceService(builder.client);
  }

  /** A namespace resource for a built spec; its label is the resource name. */
  public static FunctionNamespaceResource of(DigitalOcean client, FunctionNamespaceSpec spec) {
    return builder(client, spec.label(), spec.toBuilder()).build();
  }

  /**
   * Starts a namespace resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the namespace is applied with
   * @param label the namespace's label, also the resource name; set on {@code spec}
   * @param spec the namespace (its region); read once by {@link Builder#build()}
   */
  public static Builder builder(
      DigitalOcean client, String label, FunctionNamespaceSpec.Builder spec) {
    return new Builder(client, label, spec);
  }

  @Override
  protected ResourceService<FunctionNamespaceSpec, FunctionNamespace> service() {
    return service;
  }

  @Override
  protected String id(FunctionNamespace namespace) {
    return namespace.id();
  }

  @Override
  protected Map<String, String> outputs(FunctionNamespace namespace) {
    return namespace.apiHost().isEmpty() ? Map.of() : Map.of("api_host", namespace.apiHost());
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(AppsOperations.FUNCTIONS_LIST_NAMESPACES);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(AppsOperations.FUNCTIONS_CREATE_NAMESPACE);
  }

  /** None: a namespace has nothing to change in place (its region is fixed). */
  @Override
  protected List<Operation> updateOperations() {
    return List.of();
  }

  /** Builder for {@link FunctionNamespaceResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    private final DigitalOcean client;
    private final String label;
    private final FunctionNamespaceSpec.Builder spec;

    private Builder(DigitalOcean client, String label, FunctionNamespaceSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.label = Objects.requireNonNull(label, "label");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public FunctionNamespaceResource build() {
      return new FunctionNamespaceResource(this);
    }
  }
}
