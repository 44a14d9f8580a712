package dev.seawall.compute.droplet;

import static dev.seawall.compute.droplet.DropletServiceTest.ED25519;
import static dev.seawall.compute.droplet.DropletServiceTest.FINGERPRINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.ComputeRules;
import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.compute.sshkey.SshKeySpec;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.HttpMethod;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeSshKeys;
import dev.seawall.testkit.fakes.FakeTags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link DropletResource}: at plan time references satisfy the rules without any request; in a
 * stack against the fake, a live plan shows the diff and apply reports created, updated and
 * unchanged.
 */
class DropletResourceTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeSshKeys())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeTags()));

  private static final ResourceKey FIREWALL = ResourceKey.of("firewall", "web");

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "a".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final SshKeyResource key = key(offline);

  @AfterEach
  void close() {
    offline.close();
  }

  private static SshKeyResource key(DigitalOcean client) {
    return SshKeyResource.builder(client, "admin", SshKeySpec.builder().publicKey(ED25519)).build();
  }

  private static DropletSpec.Builder spec() {
    return DropletSpec.builder()
        .region("fra1")
        .size("s-1vcpu-1gb")
        .image("ubuntu-24-04-x64")
        .tags("web");
  }

  // ---------------------------------------------------------------- offline: references and rules

  @Test
  void validate_whenVpcAndKeyReferenced_satisfiesSwDr001AndSwDr002(FakeDigitalOcean fake) {
    StubVpc vpc = StubVpc.existing("prod", fake.state());
    DropletResource droplet =
        DropletResource.builder(offline, "web-1", spec())
            .vpc(vpc)
            .sshKey(key)
            .after(FIREWALL)
            .build();

    assertThat(droplet.validate()).isEmpty();
    assertThat(droplet.dependsOn()).containsExactlyInAnyOrder(vpc.key(), key.key(), FIREWALL);
    assertThat(droplet.tags()).containsExactly("web");
    assertThat(droplet.spec().orElseThrow().sshKeys()).containsExactly(FINGERPRINT);
    assertThat(droplet.spec().orElseThrow().vpcUuid()).contains(vpc.key().placeholderUuid());
    assertThat(offline.requestCount()).isZero();
  }

  @Test
  void validate_whenNoVpcAndNoKey_reportsBothRulesInsteadOfThrowing() {
    DropletResource droplet = DropletResource.builder(offline, "web-1", spec()).build();

    assertThat(droplet.validate())
        .extracting(Violation::ruleId)
        .contains(ComputeRules.SW_DR_001.id(), ComputeRules.SW_DR_002.id());
    assertThat(droplet.spec()).isEmpty();
  }

  @Test
  void validate_whenTheReferencedKeyIsInvalid_reportsOnlyTheKeysOwnProblem() {
    SshKeyResource weak =
        SshKeyResource.builder(offline, "old", SshKeySpec.builder().publicKey("ssh-dss AAAA"))
            .build();
    DropletResource droplet =
        DropletResource.builder(
                offline, "web-1", spec().inDefaultVpc(Justification.of("LAB-1: throwaway lab")))
            .sshKey(weak)
            .build();

    Plan plan = Stack.builder().add(weak).add(droplet).build().plan();

    assertThat(droplet.validate()).isEmpty();
    assertThat(plan.errors())
        .extracting(Violation::resource)
        .containsExactly("ssh_key/old.publicKey");
  }

  @Test
  void vpc_whenTheResourceIsNotAVpc_isRefused() {
    DropletResource.Builder builder = DropletResource.builder(offline, "web-1", spec());

    assertThatThrownBy(() -> builder.vpc(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ssh_key/admin");
  }

  @Test
  void acknowledgedRisks_whenDefaultVpcOptOut_areThoseOfTheSpec() {
    DropletResource droplet =
        DropletResource.builder(
                offline, "web-1", spec().inDefaultVpc(Justification.of("LAB-1: throwaway lab")))
            .sshKey(key)
            .build();

    assertThat(droplet.validate()).isEmpty();
    assertThat(droplet.acknowledgedRisks())
        .extracting(r -> r.ruleId())
        .containsExactly(ComputeRules.SW_DR_002.id());
  }

  @Test
  void operations_coverCreateWaitsAndRetagging_andSshKeyAddsKeyScopes(FakeDigitalOcean fake) {
    DropletResource droplet =
        DropletResource.builder(offline, "web-1", spec())
            .vpc(StubVpc.existing("prod", fake.state()))
            .sshKey(key)
            .build();

    assertThat(Scopes.required(droplet.operations()))
        .containsExactly(
            "actions:read", "droplet:create", "droplet:read", "tag:create", "tag:delete");
    assertThat(Scopes.required(key.operations()))
        .containsExactly("ssh_key:create", "ssh_key:read", "ssh_key:update");
  }

  // ---------------------------------------------------------------- in a stack, against the fake

  private static Stack stack(DigitalOcean client, StubVpc vpc, DropletSpec.Builder spec) {
    SshKeyResource admin = key(client);
    DropletResource web =
        DropletResource.builder(client, "web-1", spec).vpc(vpc).sshKey(admin).build();
    return Stack.builder().add(vpc).add(admin).add(web).build();
  }

  private static final ResourceKey WEB = ResourceKey.of(DropletResource.KIND, "web-1");

  private static List<String> writesSince(FakeDigitalOcean fake, int calls) {
    return fake.calls().subList(calls, fake.calls().size()).stream()
        .filter(call -> !call.method().equals(HttpMethod.GET.name()))
        .map(FakeCall::operationId)
        .toList();
  }

  @Test
  void planLiveThenApply_createsOnce_andTheNextPlanAndApplyChangeNothing(
      FakeDigitalOcean fake, TestClock clock) {
    StubVpc vpc = StubVpc.existing("prod", fake.state());
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Stack stack = stack(client, vpc, spec());

      Plan plan = stack.planLive();

      assertThat(plan.resource(WEB).orElseThrow().lines())
          .contains(
              "+ droplet/web-1 (create)",
              "    vpc_uuid = " + vpc.id(),
              "    ssh_keys = [" + FINGERPRINT + "]",
              "    tags = [web]");
      // tag:create and tag:delete carry the creation mark that keeps a lost create unique.
      assertThat(plan.requiredScopes())
          .contains("droplet:create", "tag:create", "tag:delete")
          .doesNotContain("droplet:delete");
      assertThat(writesSince(fake, 0)).isEmpty();

      ApplyResult first = stack.apply(plan, 2, StackListener.NONE);
      Plan second = stack.planLive();
      ApplyResult again = stack.apply(1);

      assertThat(first.applied())
          .extracting(AppliedResource::key, AppliedResource::outcome)
          .contains(
              org.assertj.core.groups.Tuple.tuple(WEB, "created"),
              org.assertj.core.groups.Tuple.tuple(ResourceKey.of("ssh_key", "admin"), "created"));
      AppliedResource web =
          first.applied().stream().filter(a -> a.key().equals(WEB)).findFirst().orElseThrow();
      assertThat(web.status()).isEqualTo("active");
      assertThat(web.outputs()).containsKeys("region", "private_ipv4", "public_ipv4");
      assertThat(second.hasChanges()).isFalse();
      assertThat(second.render()).contains("= droplet/web-1 (no change)");
      assertThat(again.applied()).extracting(AppliedResource::outcome).containsOnly("unchanged");
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.TAGS_ASSIGN_RESOURCES)).isZero();
    }
  }

  @Test
  void planLive_whenTheVpcDoesNotExistYet_showsItsIdAsKnownAfterApplyAndApplyUsesTheRealOne(
      FakeDigitalOcean fake, TestClock clock) {
    StubVpc vpc = new StubVpc("prod", fake.state());
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Stack stack = stack(client, vpc, spec());

      Plan plan = stack.planLive();
      stack.apply(plan, 1, StackListener.NONE);

      assertThat(plan.resource(WEB).orElseThrow().lines())
          .contains("    vpc_uuid = (known after apply)");
      Map<String, Object> droplet = fake.state().table(FakeDroplets.TABLE).values().get(0);
      assertThat(droplet.get("vpc_uuid")).isEqualTo(vpc.id());
    }
  }

  @Test
  void apply_whenTheTagsChange_updatesTheDropletInPlaceAndReportsTheField(
      FakeDigitalOcean fake, TestClock clock) {
    StubVpc vpc = StubVpc.existing("prod", fake.state());
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      stack(client, vpc, spec()).apply(1);
      Stack retagged = stack(client, vpc, spec().tags("web", "db"));
      int calls = fake.calls().size();

      Plan plan = retagged.planLive();
      ApplyResult result = retagged.apply(plan, 1, StackListener.NONE);

      assertThat(plan.resource(WEB).orElseThrow().lines())
          .containsExactly("~ droplet/web-1 (update in-place)", "    tags: + db");
      assertThat(plan.requiredScopes()).contains("tag:create").doesNotContain("droplet:create");
      AppliedResource web =
          result.applied().stream().filter(a -> a.key().equals(WEB)).findFirst().orElseThrow();
      assertThat(web.outcome()).isEqualTo("updated");
      assertThat(web.diff().fields()).containsExactly("tags");
      assertThat(writesSince(fake, calls))
          .containsExactly(
              ComputeOperations.TAGS_CREATE.operationId(),
              ComputeOperations.TAGS_ASSIGN_RESOURCES.operationId());
      assertThat(fake.state().table(FakeDroplets.TABLE).values().get(0).get("tags"))
          .isEqualTo(List.of("web", "db"));
    }
  }

  @Test
  void planLive_whenTheImageChanged_isRefusedAndApplySendsNothing(
      FakeDigitalOcean fake, TestClock clock) {
    StubVpc vpc = StubVpc.existing("prod", fake.state());
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      stack(client, vpc, spec()).apply(1);
      Stack rebuilt = stack(client, vpc, spec().image("debian-12-x64"));
      int calls = fake.calls().size();

      Plan plan = rebuilt.planLive();

      assertThat(plan.resource(WEB).orElseThrow().action()).isEqualTo(Diff.Action.REFUSED);
      assertThat(plan.render())
          .contains("! droplet/web-1 (refused)")
          .contains("image: ubuntu-24-04-x64 → debian-12-x64 (fixed at creation");
      assertThatThrownBy(() -> rebuilt.apply(plan, 1, StackListener.NONE))
          .isInstanceOf(RefusedChangeException.class);
      assertThat(writesSince(fake, calls)).isEmpty();
    }
  }
}
