package dev.seawall.networking.reservedip;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.fake.StubDroplet;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeReservedIps;
import dev.seawall.testkit.fakes.FakeVpcs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reserved IP stack resource: typed droplet reference, live plans, idempotent applies. */
class ReservedIpStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVpcs())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeReservedIps()));

  private static final ResourceKey IP = ResourceKey.of(ReservedIpResource.KIND, "web-ip");

  private FakeDigitalOcean fake;
  private DigitalOcean client;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private Stack stack(StubDroplet droplet, String region) {
    return Stack.builder()
        .add(droplet)
        .add(
            ReservedIpResource.builder(client, "web-ip", ReservedIpSpec.builder().region(region))
                .assignTo(droplet)
                .build())
        .build();
  }

  @Test
  void planAndApply_whenTheDropletIsNew_createsAssignedThenChangesNothing() {
    StubDroplet web = new StubDroplet("web-1", "fra1", fake.state());

    Plan first = stack(web, "fra1").planLive();
    assertThat(first.resource(IP).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(first.resource(IP).orElseThrow().diff().changes())
        .contains(FieldChange.created("droplet_id", FieldChange.KNOWN_AFTER_APPLY));
    assertThat(first.requiredScopes()).contains("reserved_ip:read", "reserved_ip:create");

    ApplyResult created = stack(web, "fra1").apply(first, 1, StackListener.NONE);
    AppliedResource ip =
        created.applied().stream().filter(a -> a.key().equals(IP)).findFirst().orElseThrow();
    assertThat(ip.outcome()).isEqualTo("created");
    assertThat(ip.status()).isEqualTo("assigned");
    assertThat(ip.output("urn")).contains("do:floatingip:" + ip.id());
    assertThat(FakeReservedIps.dropletOf(fake.state(), ip.id())).isEqualTo(web.id());

    Plan same = stack(web, "fra1").planLive();
    assertThat(same.hasChanges()).isFalse();
    assertThat(same.requiredScopes()).doesNotContain("reserved_ip:create", "reserved_ip:update");
    ApplyResult again = stack(web, "fra1").apply(same, 1, StackListener.NONE);
    assertThat(again.changedNothing()).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isZero();
  }

  @Test
  void plan_whenTheDropletIsInAnotherRegion_isRefusedAndApplySendsNothing() {
    StubDroplet web = new StubDroplet("web-1", "ams3", fake.state());
    web.apply(key -> null);

    Plan plan = stack(web, "fra1").planLive();

    assertThat(plan.resource(IP).orElseThrow().action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(plan.resource(IP).orElseThrow().diff().changes())
        .singleElement()
        .satisfies(c -> assertThat(c.toString()).contains("ams3"));
    assertThatThrownBy(() -> stack(web, "fra1").apply(1))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("nothing was sent");
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isZero();
  }

  @Test
  void plan_whenNeitherADropletNorAnAddress_isInvalid() {
    Plan plan =
        Stack.builder()
            .add(
                ReservedIpResource.builder(client, "spare", ReservedIpSpec.builder().region("fra1"))
                    .build())
            .build()
            .plan();

    assertThat(plan.isValid()).isFalse();
    assertThat(plan.errors())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("assignTo(droplet)"));
  }

  @Test
  void assignTo_whenNotADroplet_isRefused() {
    VpcResource vpc = VpcResource.of(client, VpcSpec.builder().name("prod").region("fra1").build());

    assertThatThrownBy(
            () ->
                ReservedIpResource.builder(client, "ip", ReservedIpSpec.builder().region("fra1"))
                    .assignTo(vpc))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vpc/prod");
  }
}
