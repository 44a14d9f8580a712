package dev.seawall.apps.functions;

import dev.seawall.apps.AppsOperations;
import dev.seawall.apps.functions.internal.NamespaceWire;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Functions namespaces, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind, kind {@value #KIND}. Obtain it with {@code
 * Apps.functionNamespaces(client)}. Thread-safe.
 *
 * <p>A namespace is identified by its label (unique in an account): {@link #apply} creates it when
 * no namespace has the label and sends nothing when one has it in the spec's region, so running it
 * again never makes a second namespace. A namespace with the label in another region is refused
 * ({@code region} is fixed at creation; nothing is sent). Namespaces are found by listing them
 * ({@code function:read}), because reading one by id needs {@code function:admin}. {@link #delete}
 * is idempotent and deletes the namespace's functions and triggers with it.
 *
 * <p>All methods throw the {@link dev.seawall.core.ApiException} subclasses for error statuses and
 * {@code TransportException} for I/O failures.
 */
public final class FunctionNamespaceService
    extends AbstractResourceService<FunctionNamespaceSpec, FunctionNamespace, NamespaceWire> {
  /** The resource kind: {@value}. */
  public static final String KIND = "function_namespace";

  static final WireKind<NamespaceWire, FunctionNamespace> WIRE =
      WireKind.builder(KIND, NamespaceWire.class, NamespaceWire::toModel)
          .envelope("namespace", "namespaces")
          .list(AppsOperations.FUNCTIONS_LIST_NAMESPACES)
          .unpaged()
          .get(AppsOperations.FUNCTIONS_GET_NAMESPACE, "namespace_id")
          .delete(AppsOperations.FUNCTIONS_DELETE_NAMESPACE)
          .identity(NamespaceWire::namespace, NamespaceWire::label)
          .build();

  /** The fields of a namespace: {@code region} fixed at creation. */
  static final Differ<FunctionNamespaceSpec, FunctionNamespace> DIFFER =
      Differ.<FunctionNamespaceSpec, FunctionNamespace>builder()
          .createOnly(
              "region",
              FunctionNamespaceSpec::region,
              namespace -> namespace.region().isEmpty() ? null : namespace.region())
          .build();

  /**
   * Creates the service on a client; prefer {@code Apps.functionNamespaces(client)}.
   *
   * @param client the DigitalOcean client
   */
  public FunctionNamespaceService(DigitalOcean client) {
    super(client, WIRE);
  }

  /** Every API operation this service may call, for {@code Scopes.required(...)}. */
  public static List<Operation> operations() {
    return List.of(
        AppsOperations.FUNCTIONS_LIST_NAMESPACES,
        AppsOperations.FUNCTIONS_CREATE_NAMESPACE,
        AppsOperations.FUNCTIONS_GET_NAMESPACE,
        AppsOperations.FUNCTIONS_DELETE_NAMESPACE);
  }

  @Override
  protected Differ<FunctionNamespaceSpec, FunctionNamespace> differ() {
    return DIFFER;
  }

  @Override
  protected String name(FunctionNamespaceSpec spec) {
    return spec.label();
  }

  /**
   * Creates a namespace. If the answer is lost, the namespace is looked up by label before anything
   * is resent. Use {@link #apply} to adopt an existing one.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_namespace">functions_create_namespace</a>;
   * scope {@code function:create} (and {@code function:read} for the look-up).
   *
   * @param spec a validated spec
   * @return the namespace
   * @throws dev.seawall.core.UnprocessableException if the account's namespace limit is reached
   */
  @Override
  public FunctionNamespace create(FunctionNamespaceSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return createWithLookup(
        ApiRequest.of(AppsOperations.FUNCTIONS_CREATE_NAMESPACE)
            .body(Map.of("label", spec.label(), "region", spec.region()))
            .build(),
        spec);
  }

  /**
   * Creates the namespace with the spec's label, or sends nothing when it exists in the spec's
   * region.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_list_namespaces">functions_list_namespaces</a>,
   * then {@code functions_create_namespace}; scopes {@code function:read}, {@code function:create}.
   *
   * @throws RefusedChangeException if the label is taken in another region; nothing is sent
   */
  @Override
  public Applied<FunctionNamespace> apply(FunctionNamespaceSpec spec) {
    return super.apply(spec);
  }

  /**
   * The namespace with this label, if any ({@code functions_list_namespaces}, scope {@code
   * function:read}).
   */
  @Override
  public Optional<FunctionNamespace> find(String label) {
    return super.find(label);
  }

  /**
   * Reads a namespace by id.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_get_namespace">functions_get_namespace</a>;
   * scope {@code function:admin} (the specification lists no narrower one; {@link #find} needs only
   * {@code function:read}).
   *
   * @param id the namespace id, {@code fn-...}
   * @throws NotFoundException if there is no such namespace
   */
  @Override
  public FunctionNamespace get(String id) {
    return super.get(id);
  }

  /**
   * One page of the account's namespaces ({@code functions_list_namespaces}, scope {@code
   * function:read}); the operation does not page, the page is cut from its one answer.
   *
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range
   */
  @Override
  public Page<FunctionNamespace> list(int page, int perPage) {
    return super.list(page, perPage);
  }

  /** Every namespace, from one {@code functions_list_namespaces} request (scope function:read). */
  @Override
  public Stream<FunctionNamespace> listAll() {
    return super.listAll();
  }

  /**
   * Deletes a namespace with its packages, functions and triggers, idempotently.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_delete_namespace">functions_delete_namespace</a>;
   * scope {@code function:delete}.
   *
   * @param id the namespace id, {@code fn-...}
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if it did not exist
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
  }

  /** Never called: a namespace has no field that changes in place. */
  @Override
  protected FunctionNamespace change(
      FunctionNamespace observed, FunctionNamespaceSpec spec, Diff diff) {
    throw new IllegalStateException("a Functions namespace has no field that changes in place");
  }

  @Override
  protected String describe(FunctionNamespace namespace, FunctionNamespaceSpec spec) {
    return "Functions namespace '" + namespace.label() + "' (" + namespace.id() + ")";
  }
}
