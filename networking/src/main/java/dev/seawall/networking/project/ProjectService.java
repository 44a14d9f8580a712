package dev.seawall.networking.project;

import com.squareup.moshi.Types;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.WireKind;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.project.internal.ProjectWire;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * DigitalOcean projects, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind, plus their resources: {@link #listResources} and {@link #assign}.
 * Obtain it with {@code Networking.projects(client)}. Thread-safe; holds no state besides the
 * client.
 *
 * <p>A project is identified by its name; its description, purpose and environment change in place
 * ({@code projects_update}, which also sends the name and {@code is_default} as they are).
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code project:read}, {@code
 * project:create}, {@code project:update}, {@code project:delete}, {@code project:assign_resource}
 * as noted per method.
 */
public final class ProjectService
    extends AbstractResourceService<ProjectSpec, Project, ProjectWire> {

  static final WireKind<ProjectWire, Project> WIRE =
      WireKind.builder(ProjectResource.KIND, ProjectWire.class, ProjectWire::toModel)
          .envelope("project", "projects")
          .list(NetworkingOperations.PROJECTS_LIST)
          .get(NetworkingOperations.PROJECTS_GET, "project_id")
          .delete(NetworkingOperations.PROJECTS_DELETE)
          .identity(ProjectWire::id, ProjectWire::name)
          .build();

  /**
   * The fields of a project: {@code description}, {@code purpose} (as stored: a custom purpose is
   * {@code Other: <text>}) and {@code environment} change in place; a value the API did not report
   * (empty) is unknown, never a change.
   */
  static final Differ<ProjectSpec, Project> DIFFER =
      Differ.<ProjectSpec, Project>builder()
          .updatable("description", ProjectSpec::description, p -> p.description())
          .updatable("purpose", ProjectSpec::storedPurpose, p -> emptyAsUnknown(p.purpose()))
          .updatable(
              "environment",
              spec -> spec.environment().apiName(),
              p -> emptyAsUnknown(p.environment()))
          .build();

  /**
   * Creates the service on a client; prefer {@code Networking.projects(client)}.
   *
   * @param client the DigitalOcean client
   */
  public ProjectService(DigitalOcean client) {
    super(client, WIRE);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.PROJECTS_LIST,
        NetworkingOperations.PROJECTS_CREATE,
        NetworkingOperations.PROJECTS_GET,
        NetworkingOperations.PROJECTS_UPDATE,
        NetworkingOperations.PROJECTS_DELETE,
        NetworkingOperations.PROJECTS_LIST_RESOURCES,
        NetworkingOperations.PROJECTS_ASSIGN_RESOURCES);
  }

  private static @org.jspecify.annotations.Nullable String emptyAsUnknown(String value) {
    return value.isEmpty() ? null : value;
  }

  @Override
  protected Differ<ProjectSpec, Project> differ() {
    return DIFFER;
  }

  @Override
  protected String name(ProjectSpec spec) {
    return spec.name();
  }

  /**
   * Creates a project. A lost answer is followed by a look-up by name, never a resend.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_create">projects_create</a>;
   * scope {@code project:create} (and {@code project:read} for the look-up).
   */
  @Override
  public Project create(ProjectSpec spec) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("description", spec.description());
    body.put("purpose", spec.purpose());
    body.put("environment", spec.environment().apiName());
    return createWithLookup(
        ApiRequest.of(NetworkingOperations.PROJECTS_CREATE).body(body).build(), spec);
  }

  /**
   * Creates the project, or adopts the project of that name and changes its description, purpose
   * and environment in place; sends nothing when nothing differs.
   *
   * <p>Operations {@code projects_list}, then {@code projects_create} or {@code projects_update};
   * scopes {@code project:read}, and {@code project:create} or {@code project:update}.
   */
  @Override
  public Applied<Project> apply(ProjectSpec spec) {
    return super.apply(spec);
  }

  @Override
  protected Project change(Project observed, ProjectSpec spec, Diff diff) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", observed.name());
    body.put("description", spec.description());
    body.put("purpose", spec.purpose());
    body.put("environment", spec.environment().apiName());
    body.put("is_default", observed.isDefault());
    return call(
        ApiRequest.of(NetworkingOperations.PROJECTS_UPDATE)
            .pathParam("project_id", observed.id())
            .body(body)
            .build());
  }

  /**
   * Deletes a project, idempotently. DigitalOcean refuses ({@code 412}) a project that still has
   * resources, and the default project.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_delete">projects_delete</a>;
   * scope {@code project:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} on a {@code 404}
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
  }

  /**
   * The URNs of the resources in a project, e.g. {@code do:droplet:13457723}.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_list_resources">projects_list_resources</a>;
   * scope {@code project:read}.
   *
   * @throws NotFoundException if there is no such project
   */
  public Set<String> listResources(String projectId) {
    Objects.requireNonNull(projectId, "projectId");
    Set<String> urns = new LinkedHashSet<>();
    try (var resources =
        api.<ProjectWire.ResourceWire>listAll(
            ApiRequest.of(NetworkingOperations.PROJECTS_LIST_RESOURCES)
                .pathParam("project_id", projectId)
                .build(),
            "resources",
            ProjectWire.ResourceWire.class,
            ProjectWire.ResourceWire::urn)) {
      resources.forEach(r -> urns.add(r.urn()));
    }
    return urns;
  }

  /**
   * Assigns resources to a project (moving them from the project they are in), sending only the
   * URNs that are not in it yet; nothing when every one is. After a lost or 5xx answer the
   * project's resources are read again before anything is resent: when every URN is there, the
   * assignment counts as done.
   *
   * <p>Operations {@code projects_list_resources} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_assign_resources">projects_assign_resources</a>;
   * scopes {@code project:read}, {@code project:assign_resource} (and the read scope of each
   * resource's kind).
   *
   * @param projectId the project
   * @param urns URNs such as {@code do:droplet:13457723}, {@code do:vpc:<uuid>}, {@code
   *     do:floatingip:<ip>}
   * @return the URNs that were sent (empty when nothing was)
   */
  public Set<String> assign(String projectId, Collection<String> urns) {
    Objects.requireNonNull(projectId, "projectId");
    Set<String> missing = new LinkedHashSet<>(urns);
    missing.removeAll(listResources(projectId));
    if (missing.isEmpty()) {
      return Set.of();
    }
    api.act(
        ApiRequest.of(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES)
            .pathParam("project_id", projectId)
            .body(Map.of("resources", List.copyOf(missing)))
            .build(),
        "resources",
        Types.newParameterizedType(List.class, ProjectWire.ResourceWire.class),
        () -> listResources(projectId).containsAll(missing));
    return Collections.unmodifiableSet(missing);
  }

  @Override
  protected String describe(Project project, ProjectSpec spec) {
    return "project '" + project.name() + "' (" + project.id() + ")";
  }
}
