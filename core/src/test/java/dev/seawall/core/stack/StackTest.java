package dev.seawall.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.support.Examples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StackTest {

  private final List<ResourceKey> appliedOrder = Collections.synchronizedList(new ArrayList<>());

  private final class FakeResource implements StackResource {
    final ResourceKey key;
    final Set<ResourceKey> deps;
    final List<Operation> ops;
    List<Violation> violations = List.of();
    List<AcknowledgedRisk> risks = List.of();
    RuntimeException failure;
    Runnable during = () -> {};

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
    public AppliedResource apply(StackContext context) {
      for (ResourceKey dep : deps) {
        assertThat(context.resolved(dep).id()).isEqualTo("id-" + dep.name());
      }
      during.run();
      if (failure != null) {
        throw failure;
      }
      appliedOrder.add(key);
      return AppliedResource.of(key, "id-" + key.name(), "active", true);
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
}
