package dev.seawall.networking.vpc;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.net.Cidr;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link VpcService} against the stateful fake: idempotency, delete retries and error paths. */
class VpcServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeVpcs()));

  private FakeDigitalOcean fake;
  private TestClock clock;
  private DigitalOcean client;
  private VpcService vpcs;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.clock = clock;
    this.client = client(fake, clock);
    this.vpcs = Networking.vpcs(client);
    FakeVpcs.seed(fake.state(), "default-nyc1", "nyc1", "10.102.0.0/20", true);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static VpcSpec prod() {
    return VpcSpec.builder()
        .name("prod-nyc1")
        .region("nyc1")
        .ipRange("10.10.0.0/20")
        .description("production")
        .build();
  }

  @Test
  void apply_whenRepeated_createsOnceThenChangesNothing() {
    Applied<Vpc> first = vpcs.apply(prod());
    Applied<Vpc> second = vpcs.apply(prod());

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(fake.callCount(NetworkingOperations.VPCS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.VPCS_UPDATE)).isZero();
    assertThat(first.resource().isDefault()).isFalse();
    assertThat(first.resource().ipRange()).isEqualTo(Cidr.parse("10.10.0.0/20"));
  }

  @Test
  void apply_whenTheRegionHasNoVpcYet_createsItsDefaultFirstAndNeverBecomesIt() {
    VpcSpec ams =
        prod().toBuilder().name("prod-ams3").region("ams3").ipRange("10.20.0.0/20").build();

    Vpc created = vpcs.apply(ams).resource();
    Applied<Vpc> again = vpcs.apply(ams);

    assertThat(created.isDefault()).isFalse();
    Vpc regionDefault = vpcs.find("default-ams3").orElseThrow();
    assertThat(regionDefault.isDefault()).isTrue();
    assertThat(regionDefault.region()).isEqualTo("ams3");
    assertThat(again.diff().isNone()).isTrue();
    assertThat(fake.callCount(NetworkingOperations.VPCS_CREATE)).isEqualTo(2);
    assertThat(new VpcAuditor().audit(created)).isEmpty();
    assertThat(new VpcAuditor().audit(regionDefault)).isEmpty();
  }

  @Test
  void create_whenAllowedToBecomeTheDefault_isTheRegionsDefaultAndTheAuditSaysSo() {
    VpcSpec only =
        prod().toBuilder()
            .name("only-ams3")
            .region("ams3")
            .ipRange("10.20.0.0/20")
            .allowRegionDefault(dev.seawall.core.policy.Justification.of("NET-12: one VPC"))
            .build();

    Vpc created = vpcs.create(only);

    assertThat(created.isDefault()).isTrue();
    assertThat(fake.callCount(NetworkingOperations.VPCS_CREATE)).isEqualTo(1);
    assertThat(new VpcAuditor().audit(created))
        .extracting(v -> v.ruleId() + " " + v.resource())
        .containsExactly("SW-VPC-002 vpc/only-ams3");
  }

  @Test
  void apply_whenDescriptionChanged_updatesOnlyThat() {
    Vpc created = vpcs.create(prod());

    Applied<Vpc> applied = vpcs.apply(prod().toBuilder().description("prod, v2").build());
    vpcs.apply(prod().toBuilder().description("prod, v2").build());

    assertThat(applied.resource().id()).isEqualTo(created.id());
    assertThat(applied.resource().description()).contains("prod, v2");
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("description", "production", "prod, v2"));
    assertThat(fake.callCount(NetworkingOperations.VPCS_UPDATE)).isEqualTo(1);
  }

  @Test
  void apply_whenTheRangeChanged_isRefusedAndSendsNoWrite() {
    vpcs.create(prod());

    assertThatThrownBy(() -> vpcs.apply(prod().toBuilder().ipRange("10.20.0.0/20").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("ip_range: 10.10.0.0/20 → 10.20.0.0/20")
        .hasMessageContaining("nothing was sent");
    assertThat(fake.callCount(NetworkingOperations.VPCS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.VPCS_UPDATE)).isZero();
  }

  @Test
  void create_whenRangeOverlapsExistingVpc_throwsUnprocessable() {
    vpcs.create(prod());

    assertThatThrownBy(
            () ->
                vpcs.create(
                    VpcSpec.builder().name("other").region("nyc1").ipRange("10.10.8.0/24").build()))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void create_whenResponseLost_findsByNameInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.VPCS_CREATE.operationId());

    Vpc created = vpcs.create(prod());

    assertThat(created.name()).isEqualTo("prod-nyc1");
    assertThat(fake.callCount(NetworkingOperations.VPCS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeVpcs.TABLE).size()).isEqualTo(2);
  }

  @Test
  void delete_whenDefault_refusedLocallyWithoutDelete() {
    Vpc defaultVpc = vpcs.find("default-nyc1").orElseThrow();

    assertThatThrownBy(() -> vpcs.delete(defaultVpc.id())).hasMessageContaining("default VPC");
    assertThat(fake.callCount(NetworkingOperations.VPCS_DELETE)).isZero();
  }

  @Test
  void delete_whenConflictWhileMembersDetach_retriesUntilDeleted() {
    Vpc created = vpcs.create(prod());
    fake.failNext(NetworkingOperations.VPCS_DELETE.operationId(), 409, 2);

    assertThat(vpcs.delete(created.id())).isEqualTo(Deletion.DELETED);

    assertThat(fake.callCount(NetworkingOperations.VPCS_DELETE)).isEqualTo(3);
    assertThat(clock.slept()).isPositive();
    assertThat(vpcs.find("prod-nyc1")).isEmpty();
  }

  @Test
  void delete_whenMembersNeverLeave_timesOutListingThem() {
    Vpc created = vpcs.create(prod());
    FakeVpcs.addMember(fake.state(), created.id(), "web-1", "do:droplet:13457723");

    assertThatThrownBy(() -> vpcs.delete(created.id(), Duration.ofSeconds(30)))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("still has 1 member: web-1 (do:droplet:13457723)")
        .hasMessageContaining("prod-nyc1");
    assertThat(clock.slept()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(fake.callCount(NetworkingOperations.VPCS_DELETE)).isGreaterThan(1);
  }

  @Test
  void delete_whenForbiddenWithoutMembers_throwsForbiddenAtOnce() {
    Vpc created = vpcs.create(prod());
    fake.failNext(NetworkingOperations.VPCS_DELETE.operationId(), 403);

    assertThatThrownBy(() -> vpcs.delete(created.id()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("vpc:delete"));
    assertThat(fake.callCount(NetworkingOperations.VPCS_DELETE)).isEqualTo(1);
  }

  @Test
  void delete_whenUnknown_isAlreadyDeleted() {
    assertThat(vpcs.delete("00000000-0000-4000-8000-000000000000"))
        .isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(fake.callCount(NetworkingOperations.VPCS_DELETE)).isZero();
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheVpcAsDeleted() {
    Vpc created = vpcs.create(prod());
    fake.disconnectNext(NetworkingOperations.VPCS_DELETE.operationId());

    assertThat(vpcs.delete(created.id())).isEqualTo(Deletion.DELETED);
    assertThat(vpcs.find("prod-nyc1")).isEmpty();
  }

  @Test
  void listAll_includesDefaultVpcs_andAuditPassesThem() {
    vpcs.create(prod());

    assertThat(vpcs.listAll().map(Vpc::name)).containsExactly("default-nyc1", "prod-nyc1");
    VpcAuditor auditor = new VpcAuditor();
    assertThat(vpcs.listAll().flatMap(v -> auditor.audit(v).stream())).isEmpty();
    assertThat(auditor.auditOverlaps(vpcs.listAll().toList())).isEmpty();
  }
}
