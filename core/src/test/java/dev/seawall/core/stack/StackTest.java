package dev.seawall.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.Operation;
import dev.seawall.core.WaitState;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.support.Examples;
import dev.seawall.core.support.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StackTest {

  private final List<ResourceKey> appliedOrder = Collections.synchronizedList(new ArrayList<>());

  private class FakeResource implements StackResource {
    final ResourceKey key;
    final Set<ResourceKey> deps;
    final List<Operation> ops;
    List<Violation> violations = List.of();
    List<AcknowledgedRisk> risks = List.of();
    RuntimeException failure;
    Runnable during = () -> {};
    Set<ResourceKey> references = Set.of();

    /** What the resource looks like: absent (to create), or existing with this diff. */
    boolean exists = false;

    Diff planDiff = null;
    Diff applyDiff = null;
    final List<String> resolvedDuringPlan = new ArrayList<>();

    FakeResource(String kind, String name, List<Operation> ops, ResourceKey... deps) {
      this.key = ResourceKey.of(kind, name);
      this.deps = Set.of(deps);
      this.ops = ops;
    }

    @Override
    public ResourceKey key() {
      return key;
    }

    @Override
    public Set<ResourceKey> dependsOn() {
      return deps;
    }

    @Override
    public List<Operation> operations() {
      return ops;
    }

    @Override
    public List<Violation> validate() {
      return violations;
    }

    @Override
    public List<AcknowledgedRisk> acknowledgedRisks() {
      return risks;
    }

    @Override
    public Set<ResourceKey> references() {
      return references;
    }

    Diff currentDiff() {
      if (planDiff != null) {
        return planDiff;
      }
      return exists ? Diff.NONE : Diff.create(List.of(FieldChange.created("name", key.name())));
    }

    @Override
    public ResourcePlan plan(StackContext context) {
      assertThat(context.planning()).isTrue();
      for (ResourceKey dep : deps) {
        resolvedDuringPlan.add(context.resolved(dep).id());
      }
      Diff diff = currentDiff();
      if (!resolvedDuringPlan.isEmpty() && diff.action() == Diff.Action.CREATE) {
        diff = diff.plus(List.of(FieldChange.created("parent", resolvedDuringPlan.get(0))));
      }
      return new ResourcePlan(
          key,
          diff,
          exists ? Optional.of("id-" + key.name()) : Optional.empty(),
          Map.of(),
          diff.action().writes() ? ops : List.of());
    }

    @Override
    public AppliedResource apply(StackContext context) {
      assertThat(context.planning()).isFalse();
      for (ResourceKey dep : deps) {
        assertThat(context.resolved(dep).id()).isEqualTo("id-" + dep.name());
      }
      during.run();
      if (failure != null) {
        throw failure;
      }
      appliedOrder.add(key);
      Diff diff = applyDiff != null ? applyDiff : currentDiff();
      return AppliedResource.of(key, "id-" + key.name(), "active", diff);
    }
  }

  @Test
  void plan_whenResourcesDeclaredOutOfOrder_ordersDependenciesFirstAndAppliesNothing() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    FakeResource droplet =
        new FakeResource("droplet", "web", List.of(Examples.DROPLETS_CREATE), vpc.key);
    Stack stack = Stack.builder().add(droplet).add(vpc).build();

    Plan plan = stack.plan();

    assertThat(plan.steps()).extracting(PlanStep::key).containsExactly(vpc.key, droplet.key);
    assertThat(plan.steps().get(1).operationIds()).containsExactly("droplets_create");
    assertThat(appliedOrder).isEmpty();
  }

  @Test
  void plan_whenStepsUseOperations_requiredScopesAreTheirUnion() {
    FakeResource vpc =
        new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE, Examples.VPCS_LIST));
    FakeResource firewall =
        new FakeResource("firewall", "fw", List.of(Examples.FIREWALLS_CREATE), vpc.key);

    Plan plan = Stack.builder().add(vpc).add(firewall).build().plan();

    assertThat(plan.requiredScopes()).containsExactly("firewall:create", "vpc:create", "vpc:read");
  }

  @Test
  void plan_whenResourceAndRuleReportViolations_collectsAllAndIsInvalid() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    vpc.violations = List.of(Examples.SW_VPC_001.violation("vpc/net", "public range"));
    FakeResource droplet = new FakeResource("droplet", "web", List.of());
    StackRule coverage =
        resources -> List.of(Examples.SW_DR_003.violation("droplet/web", "no firewall"));

    Plan plan = Stack.builder().add(vpc).add(droplet).rule(coverage).build().plan();

    assertThat(plan.violations())
        .extracting(Violation::ruleId)
        .containsExactly("SW-VPC-001", "SW-DR-003");
    assertThat(plan.isValid()).isFalse();
  }

  @Test
  void plan_whenOnlyWarnings_isValid() {
    FakeResource firewall = new FakeResource("firewall", "fw", List.of());
    firewall.violations = List.of(Examples.SW_FW_005.violation("firewall/fw", "protects nothing"));
    firewall.risks =
        List.of(AcknowledgedRisk.of(Examples.SW_FW_001, Justification.of("SEC-1: public site")));

    Plan plan = Stack.builder().add(firewall).build().plan();

    assertThat(plan.isValid()).isTrue();
    assertThat(plan.acknowledgedRisks()).containsKey(firewall.key);
  }

  @Test
  void apply_whenPlanHasErrors_throwsAndAppliesNothing() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    vpc.violations = List.of(Examples.SW_VPC_001.violation("vpc/net", "public range"));

    assertThatThrownBy(() -> Stack.builder().add(vpc).build().apply(2))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-VPC-001");
    assertThat(appliedOrder).isEmpty();
  }

  @Test
  void apply_whenAStepFails_keepsAppliedStepsAndSkipsOnlyItsDependents() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    FakeResource broken = new FakeResource("database", "db", List.of(), vpc.key);
    broken.failure = new IllegalStateException("boom");
    FakeResource dependent = new FakeResource("firewall", "db-fw", List.of(), broken.key);
    FakeResource independent = new FakeResource("droplet", "web", List.of(), vpc.key);

    ApplyResult result =
        Stack.builder().add(vpc).add(broken).add(dependent).add(independent).build().apply(2);

    assertThat(result.applied())
        .extracting(AppliedResource::key)
        .containsExactlyInAnyOrder(vpc.key, independent.key);
    assertThat(result.failed()).extracting(ApplyResult.Failure::key).containsExactly(broken.key);
    assertThat(result.failed().get(0).error()).hasMessage("boom");
    assertThat(result.skipped()).containsExactly(dependent.key);
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void apply_whenAStepThrowsAnError_recordsItAsAFailureNotASkip() {
    FakeResource broken = new FakeResource("volume", "v", List.of());
    broken.during =
        () -> {
          throw new NoClassDefFoundError("missing/Thing");
        };
    FakeResource dependent = new FakeResource("droplet", "d", List.of(), broken.key);

    ApplyResult result = Stack.builder().add(broken).add(dependent).build().apply(1);

    assertThat(result.failed()).extracting(ApplyResult.Failure::key).containsExactly(broken.key);
    assertThat(result.failed().get(0).error())
        .hasMessageContaining("volume/v")
        .hasCauseInstanceOf(NoClassDefFoundError.class);
    assertThat(result.skipped()).containsExactly(dependent.key);
  }

  @Test
  void apply_whenStepsAreIndependent_runsThemConcurrentlyWithinTheBound() {
    CountDownLatch bothRunning = new CountDownLatch(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    List<FakeResource> independents = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      FakeResource resource = new FakeResource("volume", name, List.of());
      resource.during =
          () -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            bothRunning.countDown();
            try {
              bothRunning.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
          };
      independents.add(resource);
    }
    Stack.Builder builder = Stack.builder();
    independents.forEach(builder::add);

    ApplyResult result = builder.build().apply(2);

    assertThat(result.succeeded()).isTrue();
    assertThat(bothRunning.getCount()).isZero();
    assertThat(maxRunning.get()).isEqualTo(2);
  }

  @Test
  void apply_whenParallelismIsOne_runsStepsOneAtATimeInOrder() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    FakeResource a = new FakeResource("droplet", "a", List.of(), vpc.key);
    FakeResource b = new FakeResource("droplet", "b", List.of(), a.key);

    ApplyResult result = Stack.builder().add(b).add(a).add(vpc).build().apply(1);

    assertThat(result.succeeded()).isTrue();
    assertThat(appliedOrder).containsExactly(vpc.key, a.key, b.key);
  }

  @Test
  void build_whenDependencyMissing_namesIt() {
    FakeResource droplet =
        new FakeResource("droplet", "web", List.of(), ResourceKey.of("vpc", "missing"));

    assertThatThrownBy(() -> Stack.builder().add(droplet).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vpc/missing");
  }

  @Test
  void build_whenDependenciesFormACycle_refuses() {
    FakeResource a = new FakeResource("droplet", "a", List.of(), ResourceKey.of("droplet", "b"));
    FakeResource b = new FakeResource("droplet", "b", List.of(), a.key);

    assertThatThrownBy(() -> Stack.builder().add(a).add(b).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void add_whenKeyRepeated_refuses() {
    FakeResource a = new FakeResource("vpc", "net", List.of());
    FakeResource b = new FakeResource("vpc", "net", List.of());

    assertThatThrownBy(() -> Stack.builder().add(a).add(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vpc/net");
  }

  @Test
  void planLive_whenEverythingExistsUnchanged_saysNoChangesAndNeedsNoWriteScopes() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    vpc.exists = true;

    Plan plan = Stack.builder().add(vpc).build().planLive();

    assertThat(plan.mode()).isEqualTo(Plan.Mode.LIVE);
    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.requiredScopes()).isEmpty();
    assertThat(plan.render()).contains("= vpc/net (no change)").contains("No changes.");
    assertThat(appliedOrder).isEmpty();
  }

  @Test
  void planLive_whenAResourceChanges_showsTheFieldsAndScopesOfOnlyThatWrite() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    vpc.exists = true;
    FakeResource firewall =
        new FakeResource("firewall", "fw", List.of(Examples.FIREWALLS_UPDATE), vpc.key);
    firewall.exists = true;
    firewall.planDiff =
        Diff.of(List.of(FieldChange.removed("inbound_rules", "tcp 22 from 0.0.0.0/0")));

    Plan plan = Stack.builder().add(vpc).add(firewall).build().planLive();

    assertThat(plan.requiredScopes()).containsExactly("firewall:update");
    assertThat(plan.render())
        .contains("~ firewall/fw (update in-place)")
        .contains("inbound_rules: - tcp 22 from 0.0.0.0/0")
        .contains("Plan: 0 to create, 1 to update in-place, 1 unchanged, 0 refused.");
  }

  @Test
  void planLive_whenADependencyIsNotCreatedYet_showsItsIdAsKnownAfterApply() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    FakeResource droplet =
        new FakeResource("droplet", "web", List.of(Examples.DROPLETS_CREATE), vpc.key);

    Plan plan = Stack.builder().add(vpc).add(droplet).build().planLive();

    assertThat(droplet.resolvedDuringPlan).containsExactly(vpc.key.placeholderUuid());
    assertThat(plan.resource(droplet.key).orElseThrow().diff().changes())
        .extracting(FieldChange::toString)
        .contains("parent = " + FieldChange.KNOWN_AFTER_APPLY);
  }

  @Test
  void planLive_whenASpecIsInvalid_reportsItAndPlansOnlyTheValidResources() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    vpc.violations = List.of(Examples.SW_VPC_001.violation("vpc/net", "public range"));
    FakeResource tag = new FakeResource("tag", "web", List.of());

    Plan plan = Stack.builder().add(vpc).add(tag).build().planLive();

    assertThat(plan.isValid()).isFalse();
    assertThat(plan.resources()).extracting(ResourcePlan::key).containsExactly(tag.key);
  }

  @Test
  void apply_whenThePlanRefusesAChange_throwsAndAppliesNothing() {
    FakeResource volume = new FakeResource("volume", "data", List.of());
    volume.exists = true;
    volume.planDiff =
        Diff.of(
            List.of(FieldChange.refused("size_gigabytes", "30", "20", "a volume cannot shrink")));
    Stack stack = Stack.builder().add(volume).build();

    assertThatThrownBy(() -> stack.apply(1))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 30 → 20 (a volume cannot shrink)");
    assertThat(appliedOrder).isEmpty();
  }

  @Test
  void apply_whenTheStateChangedSincePlan_appliesAndSaysSo() {
    FakeResource firewall = new FakeResource("firewall", "fw", List.of());
    firewall.exists = true;
    Stack stack = Stack.builder().add(firewall).build();
    Plan plan = stack.planLive();
    firewall.applyDiff =
        Diff.of(List.of(FieldChange.removed("inbound_rules", "tcp 22 from 0.0.0.0/0")));
    List<StackEvent> events = Collections.synchronizedList(new ArrayList<>());

    ApplyResult result = stack.apply(plan, 1, events::add);

    assertThat(result.changedSincePlan()).containsExactly(firewall.key);
    assertThat(result.applied().get(0).outcome()).isEqualTo("updated");
    assertThat(events).hasAtLeastOneElementOfType(StackEvent.ChangedSincePlan.class);
  }

  @Test
  void apply_whenAStepWaits_reportsStartedWaitingAndFinishedInOrder() {
    FakeTime time = new FakeTime();
    Waiter waiter = Waiter.create(time, time);
    FakeResource droplet = new FakeResource("droplet", "web", List.of());
    int[] polls = {0};
    droplet.during =
        () ->
            waiter.until(
                "droplet web to become active",
                () -> ++polls[0],
                n -> n >= 4 ? WaitState.DONE : WaitState.PENDING,
                Duration.ofMinutes(5));
    List<StackEvent> events = Collections.synchronizedList(new ArrayList<>());

    ApplyResult result = Stack.builder().add(droplet).build().apply(1, events::add);

    assertThat(result.succeeded()).isTrue();
    assertThat(events.get(0)).isEqualTo(new StackEvent.Started(droplet.key, Diff.Action.CREATE));
    assertThat(events.subList(1, events.size() - 1))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        StackEvent.Waiting.class,
                        w -> assertThat(w.awaited()).isEqualTo("droplet web to become active")));
    assertThat(events.get(events.size() - 1)).isInstanceOf(StackEvent.Finished.class);
  }

  @Test
  void apply_whenAWaitPausesLongerThanTheProgressInterval_reportsAtLeastThatOften() {
    FakeTime time = new FakeTime();
    Waiter waiter =
        Waiter.create(time, time).withPacing(Duration.ofSeconds(30), 1, Duration.ofSeconds(30));
    FakeResource database = new FakeResource("database", "db", List.of());
    int[] polls = {0};
    database.during =
        () ->
            waiter.until(
                "database db to be online",
                () -> ++polls[0],
                n -> n >= 3 ? WaitState.DONE : WaitState.PENDING,
                Duration.ofMinutes(30));
    List<Duration> elapsed = Collections.synchronizedList(new ArrayList<>());

    Stack.builder()
        .add(database)
        .build()
        .apply(
            1,
            e -> {
              if (e instanceof StackEvent.Waiting w) {
                elapsed.add(w.elapsed());
              }
            });

    assertThat(elapsed).hasSizeGreaterThanOrEqualTo(12);
    for (int i = 1; i < elapsed.size(); i++) {
      assertThat(elapsed.get(i).minus(elapsed.get(i - 1)))
          .isLessThanOrEqualTo(Waiter.PROGRESS_INTERVAL);
    }
  }

  @Test
  void build_whenAResourceReferencesAnotherOfTheStack_appliesThatOneFirst() {
    FakeResource firewall = new FakeResource("firewall", "fw", List.of());
    firewall.references = Set.of(ResourceKey.of("tag", "web"), ResourceKey.of("tag", "absent"));
    FakeResource tag = new FakeResource("tag", "web", List.of());

    Stack stack = Stack.builder().add(firewall).add(tag).build();
    ApplyResult result = stack.apply(1);

    assertThat(stack.dependenciesOf(firewall.key)).containsExactly(tag.key);
    assertThat(appliedOrder).containsExactly(tag.key, firewall.key);
    assertThat(result.applied()).allMatch(AppliedResource::created);
  }

  @Test
  void apply_whenRunTwiceOnUnchangedState_reportsNoWrite() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of());
    vpc.exists = true;

    ApplyResult result = Stack.builder().add(vpc).build().apply(1);

    assertThat(result.changedNothing()).isTrue();
    assertThat(result.applied().get(0).outcome()).isEqualTo("unchanged");
  }

  /** A project: records what its contexts let it resolve while planning and applying. */
  private final class ProjectProbe implements StackResource {
    final ResourceKey key = ResourceKey.of("project", "demo");
    final List<String> plannedIds = new ArrayList<>();
    final List<String> appliedIds = new ArrayList<>();

    @Override
    public ResourceKey key() {
      return key;
    }

    @Override
    public Set<ResourceKey> dependsOn() {
      return Set.of();
    }

    @Override
    public List<Operation> operations() {
      return List.of();
    }

    @Override
    public List<Violation> validate() {
      return List.of();
    }

    @Override
    public List<AcknowledgedRisk> acknowledgedRisks() {
      return List.of();
    }

    @Override
    public ResourcePlan plan(StackContext context) {
      context.dependencies().stream()
          .sorted()
          .forEach(k -> plannedIds.add(context.resolved(k).id()));
      return new ResourcePlan(key, Diff.NONE, Optional.of("p"), Map.of(), List.of());
    }

    @Override
    public AppliedResource apply(StackContext context) {
      context.dependencies().stream()
          .sorted()
          .forEach(k -> appliedIds.add(context.resolved(k).id()));
      appliedOrder.add(key);
      return AppliedResource.of(key, "p", "active", Diff.NONE);
    }
  }

  @Test
  void project_whenAddedFirst_isPlannedAndAppliedLastAndResolvesEveryOtherResource() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    FakeResource droplet =
        new FakeResource("droplet", "web", List.of(Examples.DROPLETS_CREATE), vpc.key);
    vpc.exists = true;
    ProjectProbe project = new ProjectProbe();
    Stack stack = Stack.builder().project(project).add(droplet).add(vpc).build();

    Plan plan = stack.planLive();
    ApplyResult result = stack.apply(plan, 2, StackListener.NONE);

    assertThat(stack.resources()).last().isSameAs(project);
    assertThat(stack.dependenciesOf(project.key)).containsExactlyInAnyOrder(vpc.key, droplet.key);
    assertThat(project.plannedIds).containsExactly(droplet.key.placeholderUuid(), "id-net");
    assertThat(project.appliedIds).containsExactly("id-web", "id-net");
    assertThat(appliedOrder).last().isEqualTo(project.key);
    assertThat(result.succeeded()).isTrue();
  }

  @Test
  void project_whenASecondIsNamed_isRefused() {
    Stack.Builder builder = Stack.builder().project(new ProjectProbe());

    assertThatThrownBy(() -> builder.project(new ProjectProbe()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one project");
  }

  @Test
  void dependencies_whenAResourceIsApplied_areItsOwnOnly() {
    FakeResource vpc = new FakeResource("vpc", "net", List.of(Examples.VPCS_CREATE));
    List<Set<ResourceKey>> seen = new ArrayList<>();
    FakeResource droplet =
        new FakeResource("droplet", "web", List.of(Examples.DROPLETS_CREATE), vpc.key) {
          @Override
          public AppliedResource apply(StackContext context) {
            seen.add(context.dependencies());
            return super.apply(context);
          }
        };

    Stack.builder().add(droplet).add(vpc).build().apply(1);

    assertThat(seen).containsExactly(Set.of(vpc.key));
  }
}
