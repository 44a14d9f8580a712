package dev.seawall.networking.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.NetworkingRules;
import dev.seawall.networking.firewall.Firewall;
import dev.seawall.networking.firewall.FirewallCoverageRule;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallService;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.OutboundRule;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.loadbalancer.ForwardingRule;
import dev.seawall.networking.loadbalancer.LoadBalancerResource;
import dev.seawall.networking.loadbalancer.LoadBalancerSpec;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcOverlapRule;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeTags;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The networking stack resources and rules at plan time, and the firewall's references at apply.
 */
class NetworkingStackResourcesTest {
  private static final ResourceKey LB = ResourceKey.of("load_balancer", "web-lb");
  private static final ResourceKey VPC = ResourceKey.of("vpc", "prod");

  private final DigitalOcean offline =
      DigitalOcean.builder().token(TestClients.TOKEN).baseUrl("http://127.0.0.1:9").build();

  @Test
  void firewallCoverageRule_whenDropletTagIsCovered_reportsNothing() {
    List<Violation> violations =
        new FirewallCoverageRule()
            .check(List.of(webFirewall(), droplet("web-1", "web"), droplet("web-2", "web")));

    assertThat(violations).isEmpty();
  }

  @Test
  void firewallCoverageRule_whenDropletHasNoCoveredTag_reportsSwDr003OnTheDroplet() {
    List<Violation> violations =
        new FirewallCoverageRule().check(List.of(webFirewall(), droplet("db-1", "db")));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(CoreRules.SW_DR_003);
              assertThat(v.resource()).isEqualTo("droplet/db-1");
            });
  }

  @Test
  void firewallCoverageRule_whenFirewallCoversDropletByKey_reportsNothingAndDependsOnIt() {
    StackResource lonely = droplet("lonely", "other");
    FirewallResource firewall =
        FirewallResource.builder(offline, "direct", tcp22()).coverDroplets(lonely).build();

    assertThat(new FirewallCoverageRule().check(List.of(firewall, lonely))).isEmpty();
    assertThat(firewall.dependsOn()).contains(lonely.key());
    assertThat(firewall.coveredDroplets()).containsExactly(lonely.key());
    assertThat(firewall.validate()).isEmpty();
  }

  @Test
  void firewallCoverageRule_whenAClustersNodeTagIsCovered_reportsNothing() {
    assertThat(
            new FirewallCoverageRule()
                .check(List.of(webFirewall(), cluster("prod", "k8s", "k8s:worker", "web"))))
        .isEmpty();
  }

  @Test
  void firewallCoverageRule_whenNoFirewallCoversAClustersNodes_reportsSwDr003OnTheCluster() {
    List<Violation> violations =
        new FirewallCoverageRule()
            .check(List.of(webFirewall(), cluster("prod", "k8s", "k8s:worker", "batch")));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(CoreRules.SW_DR_003);
              assertThat(v.resource()).isEqualTo("kubernetes_cluster/prod");
              assertThat(v.message())
                  .contains("Kubernetes cluster")
                  .contains("[batch, k8s, k8s:worker]")
                  .doesNotContain("coverDroplets");
            });
  }

  @Test
  void firewallCoverageRule_checksEveryResourceThatRunsDroplets_whateverItsKind() {
    StackResource pool =
        resource("gpu_pool", "train", Set.of("gpu"), "the droplets of this GPU pool");

    assertThat(new FirewallCoverageRule().check(List.of(webFirewall(), pool)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.resource()).isEqualTo("gpu_pool/train");
              assertThat(v.message()).contains("the droplets of this GPU pool").contains("[gpu]");
            });
  }

  @Test
  void firewallCoverageRule_whenOtherKindsCarryUncoveredTags_ignoresThem() {
    assertThat(
            new FirewallCoverageRule()
                .check(List.of(webFirewall(), resource("load_balancer", "lb", Set.of("batch")))))
        .isEmpty();
  }

  @Test
  void coverDroplets_whenGivenAnotherKind_isRefused() {
    TagResource tag = TagResource.of(offline, "web");

    assertThatThrownBy(
            () -> FirewallResource.builder(offline, "direct", tcp22()).coverDroplets(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("coverDroplets takes droplets, but tag/web is a tag");
  }

  @Test
  void firewallResource_referencesEveryTagItsSpecNames() {
    FirewallResource firewall =
        FirewallResource.builder(
                offline,
                "web",
                tcp22()
                    .addInboundRule(InboundRule.tcp(9100, Targets.ofTags("prometheus")))
                    .addOutboundRule(OutboundRule.tcp(5432, Targets.ofTags("db")))
                    .tags("web"))
            .build();

    assertThat(firewall.references())
        .containsExactlyInAnyOrder(
            ResourceKey.of("tag", "web"),
            ResourceKey.of("tag", "prometheus"),
            ResourceKey.of("tag", "db"));
    assertThat(firewall.dependsOn()).isEmpty();
  }

  @Test
  void vpcOverlapRule_whenRangesOverlap_reportsSwVpc001() {
    VpcResource a = VpcResource.of(offline, vpc("a", "10.0.0.0/16"));
    VpcResource b = VpcResource.of(offline, vpc("b", "10.0.128.0/20"));
    VpcResource c = VpcResource.of(offline, vpc("c", "10.1.0.0/20"));

    List<Violation> violations = new VpcOverlapRule().check(List.of(a, b, c));

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(NetworkingRules.SW_VPC_001);
              assertThat(v.resource()).isEqualTo("vpc/b");
            });
  }

  @Test
  void firewallResource_whenLoadBalancerReferenced_isValidAtPlanTimeAndAppliedAfterIt() {
    FirewallResource firewall = webFirewall();

    assertThat(firewall.validate()).isEmpty();
    assertThat(firewall.dependsOn()).containsExactly(LB);
    assertThat(firewall.tags()).containsExactly("web");
    assertThat(Scopes.required(firewall.operations()))
        .containsExactly("firewall:create", "firewall:read", "firewall:update");
  }

  @Test
  void firewallResource_whenInvalid_reportsEveryViolationInsteadOfThrowing() {
    FirewallResource open =
        FirewallResource.builder(
                offline,
                "open",
                FirewallSpec.builder()
                    .addInboundRule(InboundRule.tcp(22, Targets.anywhere()))
                    .tags("web"))
            .build();

    assertThat(open.validate())
        .extracting(Violation::ruleId)
        .contains(NetworkingRules.SW_FW_002.id());
    assertThat(open.acknowledgedRisks()).isEmpty();
  }

  @Test
  void loadBalancerResource_whenVpcReferenced_satisfiesSwLb004AtPlanTime() {
    VpcResource vpc = VpcResource.of(offline, vpc("prod", "10.10.0.0/20"));
    LoadBalancerResource inVpc =
        LoadBalancerResource.builder(offline, "web-lb", lbSpec()).vpc(vpc).build();
    LoadBalancerResource noVpc = LoadBalancerResource.builder(offline, "bare-lb", lbSpec()).build();

    assertThat(inVpc.validate()).isEmpty();
    assertThat(inVpc.dependsOn()).containsExactly(VPC);
    assertThat(inVpc.spec().orElseThrow().vpcUuid()).isEqualTo(VPC.placeholderUuid());
    assertThat(noVpc.validate())
        .extracting(Violation::ruleId)
        .contains(NetworkingRules.SW_LB_004.id());
  }

  @Test
  void stackPlan_whenResourcesReferenceEachOther_ordersThemAndSendsNothing() {
    TagResource tag = TagResource.of(offline, "web");
    VpcResource vpc = VpcResource.of(offline, vpc("prod", "10.10.0.0/20"));
    LoadBalancerResource lb =
        LoadBalancerResource.builder(offline, "web-lb", lbSpec()).vpc(vpc).build();
    FirewallResource firewall =
        FirewallResource.builder(offline, "web", tcp22().tags("web"))
            .allowFromLoadBalancer(443, lb)
            .build();

    Plan plan =
        Stack.builder()
            .add(firewall)
            .add(lb)
            .add(vpc)
            .add(tag)
            .rule(new VpcOverlapRule())
            .build()
            .plan();

    assertThat(plan.isValid()).as(plan.violations().toString()).isTrue();
    List<String> order = plan.steps().stream().map(s -> s.key().kind()).toList();
    assertThat(order).containsExactlyInAnyOrder("tag", "vpc", "load_balancer", "firewall");
    assertThat(order.indexOf("vpc")).isLessThan(order.indexOf("load_balancer"));
    assertThat(order.indexOf("load_balancer")).isLessThan(order.indexOf("firewall"));
    assertThat(order.indexOf("tag")).isLessThan(order.indexOf("firewall"));
    assertThat(plan.requiredScopes()).contains("tag:create", "vpc:create", "load_balancer:create");
    assertThat(offline.requestCount()).isZero();
  }

  @Test
  void firewallResourceApply_whenLoadBalancerResolved_sendsItsIdAndSecondApplyWritesNothing() {
    TestClock clock = new TestClock();
    try (FakeDigitalOcean fake =
            FakeDigitalOcean.builder()
                .clock(clock)
                .allResources()
                .withoutContract()
                .build()
                .start();
        DigitalOcean client = TestClients.client(fake, clock)) {
      FirewallResource firewall =
          FirewallResource.builder(client, "web", tcp22().tags("web"))
              .allowFromLoadBalancer(443, loadBalancer())
              .build();
      String lbId = "4de7ac8b-495b-4884-9a69-1050c6793cd6";
      FakeLoadBalancers.seed(fake.state(), lbId, "web-lb", "nyc3");
      FakeTags.seed(fake.state(), "web");
      StackContext context = key -> AppliedResource.of(key, lbId, "active", Diff.NONE);

      AppliedResource first = firewall.apply(context);
      AppliedResource second = firewall.apply(context);

      Firewall created = new FirewallService(client).get(first.id());
      assertThat(created.inboundRules())
          .flatExtracting(r -> r.sources().loadBalancerUids())
          .containsExactly(lbId);
      assertThat(first.created()).isTrue();
      assertThat(second.created()).isFalse();
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.id()).isEqualTo(first.id());
      assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isZero();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private FirewallResource webFirewall() {
    return FirewallResource.builder(offline, "web", tcp22().tags("web"))
        .allowFromLoadBalancer(443, loadBalancer())
        .build();
  }

  /** The load balancer {@link #LB}; the firewall only needs its key. */
  private LoadBalancerResource loadBalancer() {
    return LoadBalancerResource.builder(offline, LB.name(), lbSpec()).build();
  }

  private static FirewallSpec.Builder tcp22() {
    return FirewallSpec.builder()
        .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses("203.0.113.10/32")))
        .outbound(OutboundPreset.DNS_AND_HTTPS);
  }

  private static VpcSpec vpc(String name, String range) {
    return VpcSpec.builder().name(name).region("fra1").ipRange(range).build();
  }

  /** A valid load balancer spec without VPC: HTTPS with certificate web-cert, tag web. */
  static LoadBalancerSpec.Builder lbSpec() {
    return LoadBalancerSpec.builder()
        .region("fra1")
        .tag("web")
        .addForwardingRule(ForwardingRule.https("web-cert", 8080))
        .addForwardingRule(ForwardingRule.httpRedirect())
        .redirectHttpToHttps(true);
  }

  /** A droplet as the coverage rule sees it: key, tags, and droplets to cover. */
  private static StackResource droplet(String name, String tag) {
    return resource("droplet", name, Set.of(tag), "this droplet");
  }

  /**
   * A Kubernetes cluster as the coverage rule sees it (networking does not depend on the kubernetes
   * module): the tags all its nodes carry, and its nodes to cover.
   */
  private static StackResource cluster(String name, String... nodeTags) {
    return resource(
        "kubernetes_cluster", name, Set.of(nodeTags), "the nodes of this Kubernetes cluster");
  }

  private static StackResource resource(String kind, String name, Set<String> tags) {
    return resource(kind, name, tags, null);
  }

  private static StackResource resource(
      String kind, String name, Set<String> tags, @Nullable String dropletsToCover) {
    return new StackResource() {
      @Override
      public ResourceKey key() {
        return ResourceKey.of(kind, name);
      }

      @Override
      public Optional<String> dropletsToCover() {
        return Optional.ofNullable(dropletsToCover);
      }

      @Override
      public Set<ResourceKey> dependsOn() {
        return Set.of();
      }

      @Override
      public Set<String> tags() {
        return tags;
      }

      @Override
      public List<dev.seawall.core.Operation> operations() {
        return List.of();
      }

      @Override
      public List<Violation> validate() {
        return List.of();
      }

      @Override
      public List<dev.seawall.core.policy.AcknowledgedRisk> acknowledgedRisks() {
        return List.of();
      }

      @Override
      public dev.seawall.core.stack.ResourcePlan plan(StackContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public AppliedResource apply(StackContext context) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
