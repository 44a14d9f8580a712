package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.compute.ComputeRules;
import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.ResourceKey;
import org.junit.jupiter.api.Test;

/** {@link DropletResource} at plan time: references satisfy the rules without any request. */
class DropletResourceTest {
  private static final ResourceKey VPC = ResourceKey.of("vpc", "prod");
  private static final ResourceKey FIREWALL = ResourceKey.of("firewall", "web");

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "a".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final SshKeyResource key =
      SshKeyResource.of(offline, "admin", SshPublicKey.parse(DropletServiceTest.ED25519));

  @Test
  void validate_whenVpcAndKeyReferenced_satisfiesSwDr001AndSwDr002() {
    DropletResource droplet =
        DropletResource.builder(offline, "web-1", spec())
            .vpc(VPC)
            .sshKey(key)
            .after(FIREWALL)
            .build();

    assertThat(droplet.validate()).isEmpty();
    assertThat(droplet.dependsOn()).containsExactlyInAnyOrder(VPC, key.key(), FIREWALL);
    assertThat(droplet.tags()).containsExactly("web");
    assertThat(droplet.spec().orElseThrow().sshKeys())
        .containsExactly(key.publicKey().md5Fingerprint());
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
  void operations_coverCreateAndWaits_andSshKeyAddsKeyScopes() {
    DropletResource droplet =
        DropletResource.builder(offline, "web-1", spec()).vpc(VPC).sshKey(key).build();

    assertThat(Scopes.required(droplet.operations()))
        .containsExactly("actions:read", "droplet:create", "droplet:read");
    assertThat(Scopes.required(key.operations())).containsExactly("ssh_key:create", "ssh_key:read");
  }

  private static DropletSpec.Builder spec() {
    return DropletSpec.builder()
        .region("fra1")
        .size("s-1vcpu-1gb")
        .image("ubuntu-24-04-x64")
        .tags("web");
  }
}
