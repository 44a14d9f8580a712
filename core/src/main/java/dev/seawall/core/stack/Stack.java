package dev.seawall.core.stack;

import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A set of resources and the references between them. {@link #plan()} validates every resource and
 * the cross-resource rules, orders the steps and computes the minimal token scopes without sending
 * anything; {@link #apply(int)} runs the steps in dependency order, independent steps in parallel.
 *
 * <pre>{@code
 * Stack stack = Stack.builder().add(vpc).add(firewall).add(droplet).rule(coverage).build();
 * Plan plan = stack.plan();               // nothing sent
 * System.out.println(plan.requiredScopes());
 * ApplyResult result = stack.apply(4);    // at most 4 steps at once
 * }</pre>
 */
public final class Stack {
  private final Map<ResourceKey, StackResource> resources;
  private final List<StackRule> rules;
  private final List<StackResource> order;

  private Stack(Builder builder) {
    this.resources = new LinkedHashMap<>(builder.resources);
    this.rules = List.copyOf(builder.rules);
    this.order = topologicalOrder(resources);
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
   * Validates the stack and computes what applying it would do. Sends nothing to the API.
   *
   * @return the plan; check {@link Plan#isValid()}
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
              resource.dependsOn(),
              resource.operations().stream().map(Operation::operationId).distinct().toList()));
    }
    for (StackRule rule : rules) {
      violations.addAll(rule.check(order));
    }
    return new Plan(steps, Scopes.required(operations), violations, risks);
  }

  /**
   * Applies the stack: every step runs once all it depends on has been applied; at most {@code
   * parallelism} steps run at once. A failed step stops its dependents; what was applied is kept
   * and reported together with the failures.
   *
   * @param parallelism the most steps run at once, at least 1
   * @return what was applied, what failed and what was skipped
   * @throws InvalidSpecException if the plan has error-level violations (nothing is sent then)
   */
  public ApplyResult apply(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
    }
    Plan plan = plan();
    if (!plan.isValid()) {
      throw new InvalidSpecException(plan.errors());
    }
    ExecutorService executor = Executors.newFixedThreadPool(parallelism, Stack::daemon);
    try {
      return run(executor);
    } finally {
      executor.shutdownNow();
    }
  }

  private ApplyResult run(ExecutorService executor) {
    Map<ResourceKey, CompletableFuture<AppliedResource>> futures = new LinkedHashMap<>();
    ConcurrentLinkedQueue<AppliedResource> applied = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ApplyResult.Failure> failed = new ConcurrentLinkedQueue<>();
    StackContext context = key -> resolve(futures, key);
    for (StackResource resource : order) {
      CompletableFuture<?>[] dependencies =
          resource.dependsOn().stream().map(futures::get).toArray(CompletableFuture[]::new);
      CompletableFuture<AppliedResource> future =
          CompletableFuture.allOf(dependencies)
              .thenApplyAsync(ignored -> applyOne(resource, context, applied, failed), executor);
      futures.put(resource.key(), future);
    }
    CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new))
        .exceptionally(ignored -> null)
        .join();
    Set<ResourceKey> done = new LinkedHashSet<>();
    applied.forEach(a -> done.add(a.key()));
    failed.forEach(f -> done.add(f.key()));
    List<ResourceKey> skipped =
        order.stream().map(StackResource::key).filter(k -> !done.contains(k)).toList();
    return new ApplyResult(List.copyOf(applied), List.copyOf(failed), skipped);
  }

  private static AppliedResource applyOne(
      StackResource resource,
      StackContext context,
      ConcurrentLinkedQueue<AppliedResource> applied,
      ConcurrentLinkedQueue<ApplyResult.Failure> failed) {
    try {
      AppliedResource result = resource.apply(context);
      applied.add(result);
      return result;
    } catch (RuntimeException e) {
      failed.add(new ApplyResult.Failure(resource.key(), e));
      throw e;
    } catch (Error e) {
      failed.add(
          new ApplyResult.Failure(
              resource.key(),
              new SeawallException(
                  "applying " + resource.key() + " failed with " + e.getClass().getName(), e)));
      throw e;
    }
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

  private static List<StackResource> topologicalOrder(Map<ResourceKey, StackResource> resources) {
    List<StackResource> ordered = new ArrayList<>();
    Set<ResourceKey> visited = new LinkedHashSet<>();
    Set<ResourceKey> visiting = new LinkedHashSet<>();
    for (StackResource resource : resources.values()) {
      visit(resource, resources, visited, visiting, ordered);
    }
    return List.copyOf(ordered);
  }

  private static void visit(
      StackResource resource,
      Map<ResourceKey, StackResource> resources,
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
    for (ResourceKey dependency : resource.dependsOn()) {
      StackResource target = resources.get(dependency);
      if (target == null) {
        throw new IllegalArgumentException(
            key + " depends on " + dependency + ", which is not in the stack; add it first");
      }
      visit(target, resources, visited, visiting, ordered);
    }
    visiting.remove(key);
    visited.add(key);
    ordered.add(resource);
  }

  /** Builder for {@link Stack}. */
  public static final class Builder {
    private final Map<ResourceKey, StackResource> resources = new LinkedHashMap<>();
    private final List<StackRule> rules = new ArrayList<>();

    private Builder() {}

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
}
