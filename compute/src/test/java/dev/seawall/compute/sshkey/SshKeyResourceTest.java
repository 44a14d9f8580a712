package dev.seawall.compute.sshkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeSshKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SshKeyResource} in a stack against the fake: live plan, apply, rename in place. */
class SshKeyResourceTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeSshKeys()));

  private static final String MD5 = SshPublicKey.parse(TestKeys.ED25519).md5Fingerprint();

  private static SshKeyResource key(DigitalOcean client, String name) {
    return SshKeyResource.builder(client, name, SshKeySpec.builder().publicKey(TestKeys.ED25519))
        .build();
  }

  @Test
  void planLiveThenApply_uploadsOnce_andAStackNamingItOtherwiseRenamesIt(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Stack admin = Stack.builder().add(key(client, "admin")).build();
      Stack deploy = Stack.builder().add(key(client, "deploy")).build();

      Plan created = admin.planLive();
      AppliedResource uploaded = admin.apply(created, 1, StackListener.NONE).applied().get(0);
      Plan unchanged = admin.planLive();
      Plan renamed = deploy.planLive();
      AppliedResource updated = deploy.apply(renamed, 1, StackListener.NONE).applied().get(0);

      assertThat(created.resources().get(0).lines())
          .containsExactly(
              "+ ssh_key/admin (create)", "    fingerprint = " + MD5, "    name = admin");
      assertThat(created.requiredScopes()).containsExactly("ssh_key:create", "ssh_key:read");
      assertThat(uploaded.outcome()).isEqualTo("created");
      assertThat(uploaded.output("fingerprint")).contains(MD5);
      assertThat(unchanged.hasChanges()).isFalse();
      assertThat(unchanged.requiredScopes()).containsExactly("ssh_key:read");
      assertThat(renamed.resources().get(0).lines())
          .containsExactly("~ ssh_key/deploy (update in-place)", "    name: admin → deploy");
      assertThat(updated.outcome()).isEqualTo("updated");
      assertThat(updated.id()).isEqualTo(uploaded.id());
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_UPDATE)).isEqualTo(1);
    }
  }

  @Test
  void plan_whenTheKeyIsWeak_reportsItWithoutThrowingOrRepeatingTheLine(FakeDigitalOcean fake) {
    try (DigitalOcean client = TestClients.client(fake, new TestClock())) {
      SshKeyResource weak =
          SshKeyResource.builder(client, "old", SshKeySpec.builder().publicKey(TestKeys.RSA_2048))
              .build();

      Plan plan = Stack.builder().add(weak).build().plan();

      assertThat(plan.errors())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.ruleId()).isEqualTo(CoreRules.SW_INPUT_001.id());
                assertThat(v.resource()).isEqualTo("ssh_key/old.publicKey");
                assertThat(v.message()).contains("3072").doesNotContain("AAAAB3NzaC1yc2E");
              });
      assertThat(weak.spec()).isEmpty();
      assertThat(plan.errors()).extracting(Violation::resource).doesNotContain("ssh_key/old.name");
      assertThat(fake.calls()).isEmpty();
    }
  }
}
