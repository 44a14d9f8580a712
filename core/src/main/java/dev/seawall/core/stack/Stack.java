package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Severity;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A set of resources and the references between them, planned like {@code terraform plan} and
 * applied like {@code terraform apply}.
 *
 * <ul>
 *   <li>{@link #plan()} validates every resource and the cross-resource rules, orders the steps and
 *       computes the token scopes of every operation they may call, without sending anything.
 *   <li>{@link #planLive()} also reads the current state with read-only requests and shows, per
 *       resource, what would change: create, update in place (field, old, new), no change, or
 *       refused; its scopes are those of only the operations that will run.
 *   <li>{@link #apply(int, StackListener)} applies exactly such a plan in dependency order,
 *       independent steps in parallel, and reports each resource as created, updated (with the
 *       fields), unchanged, failed or skipped, with progress events while it waits.
 * </ul>
 *
 * <pre>{@code
 * Stack stack = Stack.builder().add(vpc).add(firewall).add(droplet).rule(coverage).build();
 * Plan plan = stack.planLive();           // reads only
 * System.out.println(plan.render());      // + create, ~ update in-place, = no change, ! refused
 * ApplyResult result = stack.apply(plan, 4, event -> System.out.println(event));
 * }</pre>
 */
public final class Stack {
  private final Map<ResourceKey, StackResource> resources;
  private final Map<ResourceKey, Set<ResourceKey>> dependencies;
  private final List<StackRule> rules;
  private final List<StackResource> order;

  private Stack(Builder builder) {
    this.resources = new LinkedHashMap<>(builder.resources);
    this.rules = List.copyOf(builder.rules);
    this.dependencies = dependencies(resources, builder.project);
    this.order = topologicalOrder(resources, dependencies);
  }

  /** Starts an empty stack. */
  public static Builder builder() {
    return new Builder();
  }

  /** The resources in a valid apply order. */
  public List<StackResource> resources() {
    return order;
  }

  /**
   * The resources {@code key} is applied after: its declared dependencies plus the resources of the
   * stack it {@linkplain StackResource#references() references}.
   *
   * @throws IllegalArgumentException if the stack has no such resource
   */
  public Set<ResourceKey> dependenciesOf(ResourceKey key) {
    Set<ResourceKey> deps = dependencies.get(key);
    if (deps == null) {
      throw new IllegalArgumentException(key + " is not in the stack");
    }
    return deps;
  }

  /**
   * Validates the stack and computes what applying it may do. Sends nothing to the API.
   *
   * @return the offline plan; check {@link Plan#isValid()}
   */
  public Plan plan() {
    List<PlanStep> steps = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    Map<ResourceKey, List<AcknowledgedRisk>> risks = new LinkedHashMap<>();
    Set<Operation> operations = new LinkedHashSet<>();
    int position = 1;
    for (StackResource resource : order) {
      violations.addAll(resource.validate());
      if (!resource.acknowledgedRisks().isEmpty()) {
        risks.put(resource.key(), List.copyOf(resource.acknowledgedRisks()));
      }
      operations.addAll(resource.operations());
      steps.add(
          new PlanStep(
              position++,
              resource.key(),
              dependencies.get(resource.key()),
              resource.operations().stream().map(Operation::operationId).distinct().toList()));
    }
    for (StackRule rule : rules) {
      violations.addAll(rule.check(order));
    }
    return new Plan(
        Plan.Mode.OFFLINE, steps, List.of(), Scopes.required(operations), violations, risks);
  }

  /**
   * Validates the stack, then reads the current state of every valid resource with read-only
   * requests and computes its diff. A value that depends on a resource not created yet is shown as
   * {@value FieldChange#KNOWN_AFTER_APPLY}. Sends no write. Reads one resource at a time; see
   * {@link #planLive(int)}.
   *
   * @return the live plan; {@link Plan#requiredScopes()} are the scopes of only the operations that
   *     will run (reads, and the writes of resources that change)
   */
  public Plan planLive() {
    return planLive(1);
  }

  /**
   * {@link #planLive()}, reading up to {@code parallelism} resources at once: a resource is read
   * once its dependencies are (it may need their ids). {@link #apply(int, StackListener)} plans
   * with its own parallelism.
   *
   * @param parallelism the most resources read at once, at least 1 (1 reads them in order, on the
   *     calling thread)
   * @return the live plan
   * @throws IllegalArgumentException if {@code parallelism} is less than 1
   * @throws RuntimeException the first (in the stack's order) error a resource's reads raised, e.g.
   *     an {@link dev.seawall.core.ApiException}
   */
  public Plan planLive(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    Plan offline = plan();
    Set<ResourceKey> invalid = new HashSet<>();
    for (StackResource resource : order) {
      if (resource.validate().stream().anyMatch(v -> v.rule().severity() == Severity.ERROR)) {
        invalid.add(resource.key());
      }
    }
    Map<ResourceKey, ResourcePlan> planned = new ConcurrentHashMap<>();
    Map<String, String> placeholders = new ConcurrentHashMap<>();
    Map<ResourceKey, CompletableFuture<Optional<ResourcePlan>>> futures = new LinkedHashMap<>();
    ExecutorService executor =
        parallelism == 1 ? null : Executors.newFixedThreadPool(parallelism, Stack::daemon);
    try {
      for (StackResource resource : order) {
        List<CompletableFuture<Optional<ResourcePlan>>> deps =
            dependencies.get(resource.key()).stream().map(futures::get).toList();
        futures.put(
            resource.key(),
            CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new))
                .thenApplyAsync(
                    ignored ->
                        invalid.contains(resource.key())
                                || deps.stream().anyMatch(d -> d.join().isEmpty())
                            ? Optional.empty()
                            : Optional.of(planOne(resource, planned, placeholders)),
                    executor == null ? Runnable::run : executor));
      }
      CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new))
          .exceptionally(ignored -> null)
          .join();
    } finally {
      if (executor != null) {
        executor.shutdownNow();
      }
    }
    List<ResourcePlan> resources = new ArrayList<>();
    Set<Operation> operations = new LinkedHashSet<>();
    for (CompletableFuture<Optional<ResourcePlan>> future : futures.values()) {
      try {
        future.join().ifPresent(resources::add);
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
    resources.forEach(r -> operations.addAll(r.operations()));
    return new Plan(
        Plan.Mode.LIVE,
        offline.steps(),
        resources,
        Scopes.required(operations),
        offline.violations(),
        offline.acknowledgedRisks());
  }

  /** Plans one resource whose dependencies are planned, and records its placeholders. */
  private ResourcePlan planOne(
      StackResource resource,
      Map<ResourceKey, ResourcePlan> planned,
      Map<String, String> placeholders) {
    ResourceKey key = resource.key();
    ResourcePlan plan =
        knownAfterApply(resource.plan(planningContext(resource, planned)), placeholders);
    planned.put(key, plan);
    if (plan.id().isEmpty()) {
      placeholders.put(key.placeholderUuid(), FieldChange.KNOWN_AFTER_APPLY);
      placeholders.put(String.valueOf(key.placeholderNumber()), FieldChange.KNOWN_AFTER_APPLY);
    }
    return plan;
  }

  /** {@link #apply(int, StackListener)} without a listener. */
  public ApplyResult apply(int parallelism) {
    return apply(parallelism, StackListener.NONE);
  }

  /**
   * Makes a {@linkplain #planLive(int) live plan} (reading up to {@code parallelism} resources at
   * once) and applies it; see {@link #apply(Plan, int, StackListener)}.
   *
   * @throws InvalidSpecException if the plan has error-level violations (nothing is sent then)
   * @throws RefusedChangeException if the plan has a refused change (nothing is sent then)
   */
  public ApplyResult apply(int parallelism, StackListener listener) {
    return apply(planLive(parallelism), parallelism, listener);
  }

  /**
   * Applies a live plan of this stack: every step runs once all it depends on has been applied; at
   * most {@code parallelism} steps run at once. A step uses what the plan read of its resource when
   * that is still trustworthy ({@link Observation}: read at most {@link Observation#MAX_AGE} ago,
   * and the resource is to be created, or nothing changes and its dependencies were applied as
   * planned), so a second apply with nothing to change reads each resource once, in its plan.
   * Otherwise the step reads the current state again and applies the diff it finds; when that
   * differs from the plan's (the live state changed in between) the listener gets a {@link
   * StackEvent.ChangedSincePlan} and the result lists the resource. A failed step stops its
   * dependents; what was applied is kept and reported together with the failures.
   *
   * @param plan a live plan of this stack ({@link #planLive()})
   * @param parallelism the most steps run at once, at least 1
   * @param listener receives progress events (started, waiting, finished, failed, skipped)
   * @return what was applied (with each diff), what failed and what was skipped
   * @throws IllegalArgumentException if the plan is offline or of another stack
   * @throws InvalidSpecException if the plan has error-level violations (nothing is sent then)
   * @throws RefusedChangeException if the plan has a refused change (nothing is sent then)
   */
  public ApplyResult apply(Plan plan, int parallelism, StackListener listener) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(listener, "listener");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    if (plan.mode() != Plan.Mode.LIVE) {
      throw new IllegalArgumentException(
          "apply needs a live plan (Stack.planLive()), which knows what will change");
    }
    if (!plan.errors().isEmpty()) {
      throw new InvalidSpecException(plan.errors());
    }
    if (!plan.refused().isEmpty()) {
      ResourcePlan first = plan.refused().get(0);
      throw new RefusedChangeException(first.key().toString(), first.diff());
    }
    Map<ResourceKey, ResourcePlan> planned = new HashMap<>();
    plan.resources().forEach(r -> planned.put(r.key(), r));
    if (!planned.keySet().equals(resources.keySet())) {
      throw new IllegalArgumentException("the plan was not made for this stack");
    }
    ExecutorService executor = Executors.newFixedThreadPool(parallelism, Stack::daemon);
    try {
      return run(executor, planned, listener);
    } finally {
      executor.shutdownNow();
    }
  }

  private ApplyResult run(
      ExecutorService executor, Map<ResourceKey, ResourcePlan> planned, StackListener listener) {
    Map<ResourceKey, CompletableFuture<AppliedResource>> futures = new LinkedHashMap<>();
    ConcurrentLinkedQueue<AppliedResource> applied = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ApplyResult.Failure> failed = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ResourceKey> drifted = new ConcurrentLinkedQueue<>();
    for (StackResource resource : order) {
      Set<ResourceKey> allowed = dependencies.get(resource.key());
      ResourcePlan own = planned.get(resource.key());
      StackContext context =
          new StackContext() {
            @Override
            public AppliedResource resolved(ResourceKey key) {
              return resolve(futures, key);
            }

            @Override
            public Set<ResourceKey> dependencies() {
              return allowed;
            }

            @Override
            public Optional<Observation> observation() {
              return own.observation()
                  .filter(o -> o.reusable(asPlanned(allowed, planned, futures)));
            }
          };
      CompletableFuture<?>[] deps =
          dependencies.get(resource.key()).stream()
              .map(futures::get)
              .toArray(CompletableFuture[]::new);
      ResourcePlan plan = planned.get(resource.key());
      CompletableFuture<AppliedResource> future =
          CompletableFuture.allOf(deps)
              .thenApplyAsync(
                  ignored -> {
                    Step step = new Step(resource, plan, listener);
                    return step.run(context, applied, failed, drifted);
                  },
                  executor);
      futures.put(resource.key(), future);
    }
    CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new))
        .exceptionally(ignored -> null)
        .join();
    Set<ResourceKey> done = new HashSet<>();
    applied.forEach(a -> done.add(a.key()));
    failed.forEach(f -> done.add(f.key()));
    List<ResourceKey> skipped =
        order.stream().map(StackResource::key).filter(k -> !done.contains(k)).toList();
    skipped.forEach(key -> listener.on(new StackEvent.Skipped(key)));
    return new ApplyResult(
        List.copyOf(applied), List.copyOf(failed), skipped, List.copyOf(drifted));
  }

  /** One resource's apply, with its events. */
  private record Step(StackResource resource, ResourcePlan plan, StackListener listener) {
    AppliedResource run(
        StackContext context,
        ConcurrentLinkedQueue<AppliedResource> applied,
        ConcurrentLinkedQueue<ApplyResult.Failure> failed,
        ConcurrentLinkedQueue<ResourceKey> drifted) {
      ResourceKey key = resource.key();
      listener.on(new StackEvent.Started(key, plan.action()));
      try {
        AppliedResource result =
            Waiter.reportingTo(
                (awaited, elapsed) -> listener.on(new StackEvent.Waiting(key, awaited, elapsed)),
                () -> resource.apply(context));
        if (!sameChanges(plan.diff(), result.diff())) {
          drifted.add(key);
          listener.on(new StackEvent.ChangedSincePlan(key, plan.diff(), result.diff()));
        }
        applied.add(result);
        listener.on(new StackEvent.Finished(key, result));
        return result;
      } catch (RuntimeException e) {
        failed.add(new ApplyResult.Failure(key, e));
        listener.on(new StackEvent.Failed(key, e));
        throw e;
      } catch (Error e) {
        SeawallException wrapped =
            new SeawallException("applying " + key + " failed with " + e.getClass().getName(), e);
        failed.add(new ApplyResult.Failure(key, wrapped));
        listener.on(new StackEvent.Failed(key, wrapped));
        throw e;
      }
    }

    private static boolean sameChanges(Diff planned, Diff applied) {
      return planned.action() == applied.action()
          && new HashSet<>(planned.fields()).equals(new HashSet<>(applied.fields()));
    }
  }

  private StackContext planningContext(
      StackResource resource, Map<ResourceKey, ResourcePlan> planned) {
    Set<ResourceKey> allowed = dependencies.get(resource.key());
    return new StackContext() {
      @Override
      public AppliedResource resolved(ResourceKey key) {
        ResourcePlan plan = planned.get(key);
        if (plan == null || !allowed.contains(key)) {
          throw new IllegalStateException(key + " is not a planned dependency of " + resource);
        }
        Diff diff = plan.action() == Diff.Action.REFUSED ? Diff.NONE : plan.diff();
        return new AppliedResource(
            key, plan.id().orElse(key.placeholderUuid()), "planned", diff, plan.outputs());
      }

      @Override
      public Set<ResourceKey> dependencies() {
        return allowed;
      }

      @Override
      public boolean planning() {
        return true;
      }
    };
  }

  private static ResourcePlan knownAfterApply(ResourcePlan plan, Map<String, String> placeholders) {
    if (placeholders.isEmpty() || plan.diff().changes().isEmpty()) {
      return plan;
    }
    List<FieldChange> changes =
        plan.diff().changes().stream()
            .map(
                c ->
                    new FieldChange(
                        c.field(),
                        c.before().map(text -> replace(text, placeholders)),
                        c.after().map(text -> replace(text, placeholders)),
                        c.effect(),
                        c.reason()))
            .toList();
    return plan.withDiff(new Diff(plan.diff().action(), changes), plan.operations());
  }

  private static String replace(String text, Map<String, String> placeholders) {
    String out = text;
    for (Map.Entry<String, String> entry : placeholders.entrySet()) {
      out = out.replace(entry.getKey(), entry.getValue());
    }
    return out;
  }

  /** Whether every dependency was applied with the id and outputs its plan saw. */
  private boolean asPlanned(
      Set<ResourceKey> keys,
      Map<ResourceKey, ResourcePlan> planned,
      Map<ResourceKey, CompletableFuture<AppliedResource>> futures) {
    for (ResourceKey key : keys) {
      ResourcePlan plan = planned.get(key);
      AppliedResource applied = resolve(futures, key);
      if (plan.id().isEmpty()
          || !plan.id().get().equals(applied.id())
          || !plan.outputs().equals(applied.outputs())) {
        return false;
      }
    }
    return true;
  }

  private AppliedResource resolve(
      Map<ResourceKey, CompletableFuture<AppliedResource>> futures, ResourceKey key) {
    CompletableFuture<AppliedResource> future = futures.get(key);
    if (future == null || !future.isDone() || future.isCompletedExceptionally()) {
      throw new IllegalStateException(key + " is not an applied dependency");
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      throw new IllegalStateException(key + " failed", e);
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "seawall-stack");
    thread.setDaemon(true);
    return thread;
  }

  private static Map<ResourceKey, Set<ResourceKey>> dependencies(
      Map<ResourceKey, StackResource> resources, @Nullable ResourceKey project) {
    Map<ResourceKey, Set<ResourceKey>> out = new LinkedHashMap<>();
    for (StackResource resource : resources.values()) {
      Set<ResourceKey> deps = new LinkedHashSet<>(resource.dependsOn());
      if (resource.key().equals(project)) {
        resources.keySet().stream().filter(key -> !key.equals(project)).forEach(deps::add);
      }
      resource.references().stream()
          .filter(resources::containsKey)
          .filter(reference -> !reference.equals(resource.key()))
          .forEach(deps::add);
      out.put(resource.key(), Set.copyOf(deps));
    }
    return out;
  }

  private static List<StackResource> topologicalOrder(
      Map<ResourceKey, StackResource> resources, Map<ResourceKey, Set<ResourceKey>> dependencies) {
    List<StackResource> ordered = new ArrayList<>();
    Set<ResourceKey> visited = new LinkedHashSet<>();
    Set<ResourceKey> visiting = new LinkedHashSet<>();
    for (StackResource resource : resources.values()) {
      visit(resource, resources, dependencies, visited, visiting, ordered);
    }
    return List.copyOf(ordered);
  }

  private static void visit(
      StackResource resource,
      Map<ResourceKey, StackResource> resources,
      Map<ResourceKey, Set<ResourceKey>> dependencies,
      Set<ResourceKey> visited,
      Set<ResourceKey> visiting,
      List<StackResource> ordered) {
    ResourceKey key = resource.key();
    if (visited.contains(key)) {
      return;
    }
    if (!visiting.add(key)) {
      throw new IllegalArgumentException("dependency cycle through " + visiting);
    }
    for (ResourceKey dependency : dependencies.get(key)) {
      StackResource target = resources.get(dependency);
      if (target == null) {
        throw new IllegalArgumentException(
            key + " depends on " + dependency + ", which is not in the stack; add it first");
      }
      visit(target, resources, dependencies, visited, visiting, ordered);
    }
    visiting.remove(key);
    visited.add(key);
    ordered.add(resource);
  }

  /** Builder for {@link Stack}. */
  public static final class Builder {
    private final Map<ResourceKey, StackResource> resources = new LinkedHashMap<>();
    private final List<StackRule> rules = new ArrayList<>();
    private @Nullable ResourceKey project;

    private Builder() {}

    /**
     * Adds the stack's project: a resource applied after every other resource of the stack, whose
     * {@link StackContext} resolves all of them ({@link StackContext#dependencies()}), so that it
     * can gather them (a DigitalOcean project assigns the {@code urn} output of each). Planned last
     * too.
     *
     * @throws IllegalArgumentException if the stack has a project already, or a resource with the
     *     same key was added
     */
    public Builder project(StackResource project) {
      Objects.requireNonNull(project, "project");
      if (this.project != null) {
        throw new IllegalArgumentException(
            "the stack has a project already, " + this.project + "; a stack has one project");
      }
      add(project);
      this.project = project.key();
      return this;
    }

    /**
     * Adds a resource.
     *
     * @throws IllegalArgumentException if a resource with the same kind and name was added
     */
    public Builder add(StackResource resource) {
      Objects.requireNonNull(resource, "resource");
      if (resources.putIfAbsent(resource.key(), resource) != null) {
        throw new IllegalArgumentException(resource.key() + " was added twice");
      }
      return this;
    }

    /** Adds a cross-resource rule checked by {@link Stack#plan()}. */
    public Builder rule(StackRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the stack.
     *
     * @throws IllegalArgumentException if a dependency is missing or the dependencies form a cycle
     */
    public Stack build() {
      return new Stack(this);
    }
  }

  @Override
  public String toString() {
    return "Stack" + resources.keySet();
  }
}
