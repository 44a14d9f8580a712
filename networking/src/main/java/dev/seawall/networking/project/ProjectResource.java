package dev.seawall.networking.project;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.Validated;
import dev.seawall.networking.NetworkingOperations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stack's DigitalOcean project, kind {@value #KIND}: created or adopted by name, with its
 * purpose and environment, and every resource of the stack assigned to it. Name it with {@code
 * Stack.Builder.project(...)}, which plans and applies it after every other resource and lets it
 * see them all:
 *
 * <pre>{@code
 * Stack stack = Stack.builder()
 *     .add(vpc).add(web1).add(loadBalancer)
 *     .project(ProjectResource.of(client, ProjectSpec.builder()
 *         .name("seawall-demo").purpose("Web Application")
 *         .environment(ProjectEnvironment.DEVELOPMENT).build()))
 *     .build();
 * }</pre>
 *
 * <p>Every resource of the stack with a {@code urn} output (droplets, load balancers, volumes,
 * database clusters, buckets, domains, VPCs, reserved IPs) is assigned with one {@code
 * projects_assign_resources} carrying only the URNs that are not in the project yet; a re-apply
 * sends nothing. The diff shows each as {@code resources: + do:droplet:123}; in a live plan a
 * resource still to be created shows as {@code resources: + droplet/web-1 (known after apply)}.
 * Resources the stack does not hold are left where they are. Token scopes: {@code project:read},
 * and {@code project:create}, {@code project:update}, {@code project:assign_resource} for the
 * writes that will run.
 */
public final class ProjectResource extends SpecResource<ProjectSpec, Project> {
  /** The resource kind: {@value}. */
  public static final String KIND = "project";

  /** The field of a diff listing the resources assigned: {@value}. */
  public static final String RESOURCES = "resources";

  /** The kinds whose resources have a URN and belong in a project. */
  static final Set<String> ASSIGNABLE_KINDS =
      Set.of(
          "droplet",
          "load_balancer",
          "volume",
          "database",
          "kubernetes_cluster",
          "bucket",
          "domain",
          "vpc",
          "reserved_ip");

  private final ProjectService service;

  private ProjectResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new ProjectService(builder.client);
  }

  /**
   * A project resource for a built spec.
   *
   * @param client the client the project is applied with
   * @param spec the project; its name is the resource name
   */
  public static ProjectResource of(DigitalOcean client, ProjectSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts a project resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the project is applied with
   * @param name the project name, also the resource name; set on {@code spec}
   * @param spec the project without its name; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, ProjectSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  /**
   * Reads the project (by name) and its resources, and diffs its fields and the stack's URNs that
   * are not in it; sends nothing.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    ProjectSpec spec = requireSpec();
    Optional<Project> observed = service.observe(spec);
    Diff own = service.diff(spec, observed);
    Set<String> assigned = observed.map(p -> service.listResources(p.id())).orElse(Set.of());
    List<FieldChange> assignments = new ArrayList<>();
    for (ResourceKey key : new TreeSet<>(context.dependencies())) {
      AppliedResource resource = context.resolved(key);
      Optional<String> urn = resource.output("urn");
      if (urn.isPresent()) {
        if (!assigned.contains(urn.get())) {
          assignments.add(FieldChange.added(RESOURCES, urn.get()));
        }
      } else if (ASSIGNABLE_KINDS.contains(key.kind())
          && resource.diff().action() == Diff.Action.CREATE) {
        assignments.add(FieldChange.added(RESOURCES, key + " " + FieldChange.KNOWN_AFTER_APPLY));
      }
    }
    Diff diff = own.plus(assignments);
    Set<Operation> operations = new LinkedHashSet<>(readOperations());
    if (own.action() == Diff.Action.CREATE) {
      operations.add(NetworkingOperations.PROJECTS_CREATE);
    } else if (own.action() == Diff.Action.UPDATE) {
      operations.add(NetworkingOperations.PROJECTS_UPDATE);
    }
    if (!assignments.isEmpty()) {
      operations.add(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES);
    }
    return new ResourcePlan(
        key(), diff, observed.map(Project::id), Map.of(), List.copyOf(operations));
  }

  /**
   * Creates or converges the project, then assigns every URN of the stack that is not in it yet.
   *
   * @throws InvalidSpecException if the spec is invalid; nothing is sent
   */
  @Override
  public AppliedResource apply(StackContext context) {
    ProjectSpec spec = requireSpec();
    Applied<Project> applied = service.apply(spec);
    Project project = applied.resource();
    Set<String> urns = new LinkedHashSet<>();
    for (ResourceKey key : new TreeSet<>(context.dependencies())) {
      context.resolved(key).output("urn").ifPresent(urns::add);
    }
    Set<String> sent = new TreeSet<>(service.assign(project.id(), urns));
    Diff diff =
        applied.diff().plus(sent.stream().map(urn -> FieldChange.added(RESOURCES, urn)).toList());
    return new AppliedResource(key(), project.id(), status(project), diff, Map.of());
  }

  private ProjectSpec requireSpec() {
    return spec().orElseThrow(() -> new InvalidSpecException(validate()));
  }

  @Override
  protected ResourceService<ProjectSpec, Project> service() {
    return service;
  }

  @Override
  protected String id(Project project) {
    return project.id();
  }

  @Override
  protected List<Operation> readOperations() {
    return List.of(
        NetworkingOperations.PROJECTS_LIST, NetworkingOperations.PROJECTS_LIST_RESOURCES);
  }

  @Override
  protected List<Operation> createOperations() {
    return List.of(
        NetworkingOperations.PROJECTS_CREATE, NetworkingOperations.PROJECTS_ASSIGN_RESOURCES);
  }

  @Override
  protected List<Operation> updateOperations() {
    return List.of(
        NetworkingOperations.PROJECTS_UPDATE, NetworkingOperations.PROJECTS_ASSIGN_RESOURCES);
  }

  /** Builder for {@link ProjectResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }

    private final DigitalOcean client;
    private final String name;
    private final ProjectSpec.Builder spec;

    private Builder(DigitalOcean client, String name, ProjectSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public ProjectResource build() {
      return new ProjectResource(this);
    }
  }
}
