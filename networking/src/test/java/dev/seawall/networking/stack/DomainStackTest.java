package dev.seawall.networking.stack;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.domain.DnsRecord;
import dev.seawall.networking.domain.DomainResource;
import dev.seawall.networking.domain.DomainSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDomains;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The domain stack resource: live plans show its records' diff, applies converge it. */
class DomainStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeDomains()));

  private static final ResourceKey DOMAIN = ResourceKey.of(DomainResource.KIND, "example.com");

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

  private Stack stack(String address) {
    return Stack.builder()
        .add(
            DomainResource.builder(
                    client,
                    "example.com",
                    DomainSpec.builder().addRecord(DnsRecord.a("www", address)))
                .build())
        .build();
  }

  @Test
  void planAndApply_whenAbsentThenChanged_createThenUpdateThenChangeNothing() {
    Plan first = stack("203.0.113.10").planLive();
    assertThat(first.resource(DOMAIN).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(first.requiredScopes())
        .containsExactlyInAnyOrder("domain:read", "domain:create", "domain:update");

    ApplyResult created = stack("203.0.113.10").apply(first, 1, StackListener.NONE);
    assertThat(created.applied())
        .singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo("created"));
    assertThat(created.applied().get(0).id()).isEqualTo("example.com");
    assertThat(created.applied().get(0).output("urn")).contains("do:domain:example.com");

    Plan moved = stack("203.0.113.20").planLive();
    assertThat(moved.resource(DOMAIN).orElseThrow().diff().changes())
        .containsExactly(
            FieldChange.removed("records", "A www 203.0.113.10 ttl 3600"),
            FieldChange.added("records", "A www 203.0.113.20 ttl 3600"));
    ApplyResult updated = stack("203.0.113.20").apply(moved, 1, StackListener.NONE);
    assertThat(updated.applied().get(0).outcome()).isEqualTo("updated");

    int writes =
        fake.callCount(NetworkingOperations.DOMAINS_CREATE_RECORD)
            + fake.callCount(NetworkingOperations.DOMAINS_DELETE_RECORD);
    Plan same = stack("203.0.113.20").planLive();
    assertThat(same.hasChanges()).isFalse();
    assertThat(same.requiredScopes()).containsExactly("domain:read");
    ApplyResult again = stack("203.0.113.20").apply(same, 1, StackListener.NONE);
    assertThat(again.changedNothing()).isTrue();
    assertThat(
            fake.callCount(NetworkingOperations.DOMAINS_CREATE_RECORD)
                + fake.callCount(NetworkingOperations.DOMAINS_DELETE_RECORD))
        .isEqualTo(writes);
  }

  @Test
  void plan_whenCaaIsDroppedWithoutJustification_reportsSwDns001() {
    Plan plan =
        Stack.builder()
            .add(
                DomainResource.builder(
                        client, "example.com", DomainSpec.builder().certificateAuthorities())
                    .build())
            .build()
            .plan();

    assertThat(plan.isValid()).isFalse();
    assertThat(plan.errors())
        .singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("SW-DNS-001"));
  }
}
