package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Projects and their resources: {@code projects_list}, {@code projects_create}, {@code
 * projects_get}, {@code projects_update}, {@code projects_delete}, {@code projects_list_resources}
 * and {@code projects_assign_resources}, with DigitalOcean's semantics:
 *
 * <ul>
 *   <li>the account has a default project, {@value #DEFAULT_NAME} ({@code is_default: true}), from
 *       the start;
 *   <li>create answers {@code 201}; a taken name is a {@code 409}; a custom purpose is stored as
 *       {@code Other: <purpose>};
 *   <li>update (PUT) replaces name, description, purpose, environment and {@code is_default};
 *   <li>a resource is in one project: assigning it moves it from the project it was in; the answer
 *       lists the project's resources with {@code status: assigned}; the fake does not check that
 *       the URN names an existing resource;
 *   <li>delete refuses a project that still has resources and the default project ({@code 412}).
 * </ul>
 *
 * <p>Projects live in the table {@value #TABLE} (keyed by id), their resources in {@value
 * #RESOURCES} (keyed by URN, with {@code project_id}).
 */
public final class FakeProjects implements FakeResource {
  /** Table of projects keyed by id. */
  public static final String TABLE = "projects";

  /**
   * Table of project resources keyed by URN: {@code urn}, {@code project_id}, {@code assigned_at}.
   */
  public static final String RESOURCES = "project_resources";

  /** The name of the default project. */
  public static final String DEFAULT_NAME = "Default";

  private static final List<String> KNOWN_PURPOSES =
      List.of(
          "Just trying out DigitalOcean",
          "Class project / Educational purposes",
          "Website or blog",
          "Web Application",
          "Service or API",
          "Mobile Application",
          "Machine learning / AI / Data processing",
          "IoT",
          "Operational / Developer tooling");

  /** Creates the resource; it holds no state of its own. */
  public FakeProjects() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable projects = state.table(TABLE);
    defaultProject(state);
    routes
        .on(
            FakeOperations.PROJECTS_LIST,
            request -> FakeResponse.page(request, "projects", projects.values()))
        .on(FakeOperations.PROJECTS_CREATE, request -> create(request, state))
        .on(
            FakeOperations.PROJECTS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object("project", projects.require(request.pathParam("project_id")))))
        .on(FakeOperations.PROJECTS_UPDATE, request -> update(request, state))
        .on(
            FakeOperations.PROJECTS_DELETE,
            request -> {
              String id = request.pathParam("project_id");
              Map<String, @Nullable Object> project = projects.require(id);
              if (Boolean.TRUE.equals(project.get("is_default"))) {
                throw new FakeApiError(
                    412, "precondition_failed", "The default project cannot be deleted.");
              }
              if (!resourcesOf(state, id).isEmpty()) {
                throw new FakeApiError(
                    412,
                    "precondition_failed",
                    "Cannot delete a project with resources. Move or remove the resources first.");
              }
              projects.remove(id);
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.PROJECTS_LIST_RESOURCES,
            request -> {
              String id = request.pathParam("project_id");
              projects.require(id);
              return FakeResponse.page(request, "resources", resourcesOf(state, id));
            })
        .on(FakeOperations.PROJECTS_ASSIGN_RESOURCES, request -> assign(request, state));
  }

  /** The id of the default project, creating it when the state has none. */
  public static String defaultProject(FakeState state) {
    FakeTable projects = state.table(TABLE);
    for (Map<String, @Nullable Object> project : projects.values()) {
      if (Boolean.TRUE.equals(project.get("is_default"))) {
        return String.valueOf(project.get("id"));
      }
    }
    Map<String, @Nullable Object> project =
        project(
            state,
            state.nextUuid(),
            DEFAULT_NAME,
            "Default project",
            "Just trying out DigitalOcean",
            "Development");
    project.put("is_default", true);
    projects.put(project.get("id"), project);
    return String.valueOf(project.get("id"));
  }

  /**
   * Adds a project without an API call.
   *
   * @param environment {@code Development}, {@code Staging} or {@code Production}
   * @return its id
   */
  public static String seed(FakeState state, String name, String purpose, String environment) {
    Map<String, @Nullable Object> project =
        project(state, state.nextUuid(), name, "", purpose, environment);
    state.table(TABLE).put(project.get("id"), project);
    return String.valueOf(project.get("id"));
  }

  /**
   * Puts a resource into a project without an API call (moving it from the project it was in).
   *
   * @param projectId the project, e.g. {@link #defaultProject(FakeState)}
   * @param urn e.g. {@code do:droplet:123}
   */
  public static void seedResource(FakeState state, String projectId, String urn) {
    state
        .table(RESOURCES)
        .put(
            urn,
            FakeJson.object("urn", urn, "project_id", projectId, "assigned_at", state.timestamp()));
  }

  /** The URNs in a project. */
  public static List<String> urnsOf(FakeState state, String projectId) {
    return resourcesOf(state, projectId).stream().map(r -> String.valueOf(r.get("urn"))).toList();
  }

  /** The id of the project with this name, if any. */
  public static java.util.Optional<String> find(FakeState state, String name) {
    return state.table(TABLE).find(p -> name.equals(p.get("name"))).stream()
        .map(p -> String.valueOf(p.get("id")))
        .findFirst();
  }

  private static List<Map<String, @Nullable Object>> resourcesOf(FakeState state, String id) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Map<String, @Nullable Object> row :
        state.table(RESOURCES).find(r -> id.equals(r.get("project_id")))) {
      String urn = String.valueOf(row.get("urn"));
      out.add(
          FakeJson.object(
              "urn",
              urn,
              "assigned_at",
              row.get("assigned_at"),
              "links",
              FakeJson.object("self", "https://api.digitalocean.com/v2/" + selfPath(urn)),
              "status",
              "ok"));
    }
    return out;
  }

  private static String selfPath(String urn) {
    String[] parts = urn.split(":", 3);
    String kind = parts.length > 1 ? parts[1] : "";
    String id = parts.length > 2 ? parts[2] : "";
    return switch (kind) {
      case "droplet" -> "droplets/" + id;
      case "volume" -> "volumes/" + id;
      case "loadbalancer" -> "load_balancers/" + id;
      case "dbaas" -> "databases/" + id;
      case "domain" -> "domains/" + id;
      case "floatingip" -> "reserved_ips/" + id;
      case "vpc" -> "vpcs/" + id;
      case "kubernetes" -> "kubernetes/clusters/" + id;
      default -> "spaces/" + id;
    };
  }

  private static Map<String, @Nullable Object> project(
      FakeState state,
      String id,
      String name,
      String description,
      String purpose,
      String environment) {
    return FakeJson.object(
        "id",
        id,
        "owner_uuid",
        "99525febec065ca37b2ffe4f852fd2b2581895e7",
        "owner_id",
        258992L,
        "name",
        name,
        "description",
        description,
        "purpose",
        stored(purpose),
        "environment",
        environment,
        "is_default",
        false,
        "created_at",
        state.timestamp(),
        "updated_at",
        state.timestamp());
  }

  private static String stored(String purpose) {
    return KNOWN_PURPOSES.contains(purpose) || purpose.startsWith("Other: ")
        ? purpose
        : "Other: " + purpose;
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    if (find(state, name).isPresent()) {
      throw FakeApiError.conflict("A project named " + name + " already exists.");
    }
    Map<String, @Nullable Object> project =
        project(
            state,
            state.nextUuid(),
            name,
            body.get("description") == null ? "" : String.valueOf(body.get("description")),
            String.valueOf(body.get("purpose")),
            body.get("environment") == null ? "" : String.valueOf(body.get("environment")));
    state.table(TABLE).put(project.get("id"), project);
    return FakeResponse.created(FakeJson.object("project", project));
  }

  private static FakeResponse update(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> project =
        state.table(TABLE).require(request.pathParam("project_id"));
    Map<String, @Nullable Object> body = request.json();
    project.put("name", body.get("name"));
    project.put("description", body.get("description"));
    project.put("purpose", stored(String.valueOf(body.get("purpose"))));
    project.put("environment", body.get("environment"));
    project.put("is_default", body.get("is_default"));
    project.put("updated_at", state.timestamp());
    return FakeResponse.ok(FakeJson.object("project", project));
  }

  private static FakeResponse assign(FakeRequest request, FakeState state) {
    String id = request.pathParam("project_id");
    state.table(TABLE).require(id);
    for (Object urn : Rows.strictList(request.json().get("resources"), "resources")) {
      seedResource(state, id, String.valueOf(urn));
    }
    List<Map<String, @Nullable Object>> resources = resourcesOf(state, id);
    resources.forEach(r -> r.put("status", "assigned"));
    return FakeResponse.ok(FakeJson.object("resources", resources));
  }
}
