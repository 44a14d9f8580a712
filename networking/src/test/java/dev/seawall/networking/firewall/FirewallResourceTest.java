package dev.seawall.networking.firewall;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeTags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link FirewallResource} and {@link TagResource} in a stack against the stateful fake: the live
 * plan shows the firewall's diff rule by rule, apply does exactly that and reports it.
 */
class FirewallResourceTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeFirewalls(Duration.ofSeconds(3)))
                  .addResource(new FakeTags()));

  private static final String SSH_FROM_ANYWHERE = "tcp 22 from 0.0.0.0/0";

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private TagResource tag;
  private FirewallResource firewall;
  private Stack stack;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    tag = TagResource.of(client, "web");
    firewall =
        FirewallResource.builder(
                client,
                "web",
                FirewallSpec.builder()
                    .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses("203.0.113.10/32")))
                    .outbound(OutboundPreset.DNS_AND_HTTPS)
                    .tags("web"))
            .build();
    stack = Stack.builder().add(firewall).add(tag).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void stack_whenTheFirewallNamesATag_appliesTheTagFirstWithoutAfter() {
    assertThat(firewall.references()).containsExactly(ResourceKey.of("tag", "web"));
    assertThat(stack.dependenciesOf(firewall.key())).containsExactly(tag.key());
    assertThat(stack.resources())
        .extracting(r -> r.key().kind())
        .containsExactly("tag", "firewall");
  }

  @Test
  void apply_whenRunTwice_createsBothThenReportsThemUnchangedWithoutWriting() {
    ApplyResult first = stack.apply(1);
    int writes = writes();
    Plan plan = stack.planLive();
    ApplyResult second = stack.apply(plan, 1, event -> {});

    assertThat(first.applied()).extracting(AppliedResource::outcome).containsOnly("created");
    assertThat(applied(first, firewall.key()).status()).isEqualTo("succeeded");
    assertThat(applied(first, tag.key()).id()).isEqualTo("web");
    assertThat(plan.hasChanges()).isFalse();
    assertThat(plan.render()).contains("= firewall/web (no change)", "= tag/web (no change)");
    assertThat(second.changedNothing()).isTrue();
    assertThat(writes()).isEqualTo(writes);
  }

  /**
   * Issue "one shape for every resource kind": a firewall opened behind Seawall's back is closed by
   * apply and reported as updated with the rule diff.
   */
  @Test
  void apply_whenTheFirewallWasOpenedBehindSeawallsBack_closesItAndReportsTheRule() {
    stack.apply(1);
    String id = Networking.firewalls(client).find("web").orElseThrow().id();
    openSshToTheInternet(id);

    Plan plan = stack.planLive();
    ApplyResult result = stack.apply(plan, 1, event -> {});

    ResourcePlan planned = plan.resource(firewall.key()).orElseThrow();
    assertThat(planned.lines())
        .containsExactly(
            "~ firewall/web (update in-place)", "    inbound_rules: - " + SSH_FROM_ANYWHERE);
    assertThat(plan.render()).contains("~ firewall/web (update in-place)");
    assertThat(plan.requiredScopes()).contains("firewall:update").doesNotContain("firewall:create");
    AppliedResource applied = applied(result, firewall.key());
    assertThat(applied.outcome()).isEqualTo("updated");
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.removed("inbound_rules", SSH_FROM_ANYWHERE));
    assertThat(result.changedSincePlan()).isEmpty();
    assertThat(Networking.firewalls(client).get(id).inboundRules())
        .extracting(Object::toString)
        .containsExactly("tcp 22 from 203.0.113.10/32");
    assertThat(FakeJson.write(row(id).get("inbound_rules"))).doesNotContain("0.0.0.0/0");
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isEqualTo(1);
  }

  @Test
  void planLive_whenNothingExists_showsBothCreatedWithTheirFieldsAndSendsNothing() {
    Plan plan = stack.planLive();

    assertThat(plan.resource(tag.key()).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(plan.resource(firewall.key()).orElseThrow().lines())
        .contains(
            "+ firewall/web (create)",
            "    inbound_rules = [tcp 22 from 203.0.113.10/32]",
            "    tags = [web]");
    assertThat(plan.requiredScopes())
        .containsExactly("firewall:create", "firewall:read", "tag:create", "tag:read");
    assertThat(writes()).isZero();
  }

  // ---------------------------------------------------------------------------------------------

  /** What someone in the control panel would do: add "SSH from anywhere" to the firewall. */
  private void openSshToTheInternet(String id) {
    Map<String, @Nullable Object> row = row(id);
    List<Object> inbound = new ArrayList<Object>((List<?>) row.get("inbound_rules"));
    inbound.add(
        FakeJson.object(
            "protocol",
            "tcp",
            "ports",
            "22",
            "sources",
            FakeJson.object("addresses", List.of("0.0.0.0/0"))));
    row.put("inbound_rules", inbound);
  }

  private Map<String, @Nullable Object> row(String id) {
    return fake.state().table(FakeFirewalls.TABLE).require(id);
  }

  private int writes() {
    return (int) fake.calls().stream().filter(call -> !call.method().equals("GET")).count();
  }

  private static AppliedResource applied(ApplyResult result, ResourceKey key) {
    return result.applied().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }
}
