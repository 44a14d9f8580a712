package dev.seawall.networking.vpc;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operations;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.Networking;
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
  void create_whenRepeated_createsOnce() {
    Vpc first = vpcs.create(prod());
    Vpc second = vpcs.create(prod());

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(fake.callCount(Operations.VPCS_CREATE)).isEqualTo(1);
    assertThat(first.isDefault()).isFalse();
    assertThat(first.ipRange()).isEqualTo(Cidr.parse("10.10.0.0/20"));
  }

  @Test
  void apply_whenDescriptionChanged_updatesOnlyThat() {
    Vpc created = vpcs.create(prod());

    Vpc applied = vpcs.apply(prod().toBuilder().description("prod, v2").build());
    vpcs.apply(prod().toBuilder().description("prod, v2").build());

    assertThat(applied.id()).isEqualTo(created.id());
    assertThat(applied.description()).isEqualTo("prod, v2");
    assertThat(fake.callCount(Operations.VPCS_UPDATE)).isEqualTo(1);
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
    fake.disconnectNext(Operations.VPCS_CREATE.operationId());

    Vpc created = vpcs.create(prod());

    assertThat(created.name()).isEqualTo("prod-nyc1");
    assertThat(fake.callCount(Operations.VPCS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeVpcs.TABLE).size()).isEqualTo(2);
  }

  @Test
  void delete_whenDefault_refusedLocallyWithoutDelete() {
    Vpc defaultVpc = vpcs.findByName("default-nyc1").orElseThrow();

    assertThatThrownBy(() -> vpcs.delete(defaultVpc.id())).hasMessageContaining("default VPC");
    assertThat(fake.callCount(Operations.VPCS_DELETE)).isZero();
  }

  @Test
  void delete_whenConflictWhileMembersDetach_retriesUntilDeleted() {
    Vpc created = vpcs.create(prod());
    fake.failNext(Operations.VPCS_DELETE.operationId(), 409, 2);

    vpcs.delete(created.id());

    assertThat(fake.callCount(Operations.VPCS_DELETE)).isEqualTo(3);
    assertThat(clock.slept()).isPositive();
    assertThat(vpcs.findByName("prod-nyc1")).isEmpty();
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
    assertThat(fake.callCount(Operations.VPCS_DELETE)).isGreaterThan(1);
  }

  @Test
  void delete_whenForbiddenWithoutMembers_throwsForbiddenAtOnce() {
    Vpc created = vpcs.create(prod());
    fake.failNext(Operations.VPCS_DELETE.operationId(), 403);

    assertThatThrownBy(() -> vpcs.delete(created.id()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("vpc:delete"));
    assertThat(fake.callCount(Operations.VPCS_DELETE)).isEqualTo(1);
  }

  @Test
  void delete_whenUnknown_throwsNotFound() {
    assertThatThrownBy(() -> vpcs.delete("00000000-0000-4000-8000-000000000000"))
        .isInstanceOf(NotFoundException.class);
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
