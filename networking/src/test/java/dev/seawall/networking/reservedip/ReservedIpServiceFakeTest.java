package dev.seawall.networking.reservedip;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.SeawallException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeReservedIps;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ReservedIpService} against the stateful fake: idempotency, actions, lost answers. */
class ReservedIpServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVpcs())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeReservedIps()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private ReservedIpService ips;
  private long web1;
  private long web2;
  private long amsDroplet;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.ips = Networking.reservedIps(client);
    String vpc = FakeVpcs.defaultVpc(fake.state(), "fra1");
    String amsVpc = FakeVpcs.defaultVpc(fake.state(), "ams3");
    web1 = FakeDroplets.seed(fake.state(), "web-1", "fra1", vpc, List.of("web"));
    web2 = FakeDroplets.seed(fake.state(), "web-2", "fra1", vpc, List.of("web"));
    amsDroplet = FakeDroplets.seed(fake.state(), "ams-1", "ams3", amsVpc, List.of());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ReservedIpSpec assignedTo(long dropletId) {
    return ReservedIpSpec.builder().region("fra1").dropletId(dropletId).build();
  }

  @Test
  void apply_whenRepeated_createsOnceAssignedThenChangesNothing() {
    Applied<ReservedIp> first = ips.apply(assignedTo(web1));
    Applied<ReservedIp> second = ips.apply(assignedTo(web1));

    assertThat(first.created()).isTrue();
    assertThat(first.resource().isAssignedTo(web1)).isTrue();
    assertThat(first.resource().droplet().orElseThrow().tags()).containsExactly("web");
    assertThat(first.resource().region()).isEqualTo("fra1");
    assertThat(first.resource().urn()).isEqualTo("do:floatingip:" + first.resource().ip());
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().ip()).isEqualTo(first.resource().ip());
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isZero();
    assertThat(FakeReservedIps.dropletOf(fake.state(), first.resource().ip())).isEqualTo(web1);
  }

  @Test
  void create_whenOnlyARegion_reservesAnUnassignedAddressThere() {
    ReservedIp created = ips.create(ReservedIpSpec.builder().region("fra1").build());

    assertThat(created.droplet()).isEmpty();
    assertThat(created.region()).isEqualTo("fra1");
    assertThat(ips.get(created.ip())).isEqualTo(created);
  }

  @Test
  void apply_whenTheSpecNamesTheAddressAndADroplet_assignsThroughAnActionOnce() {
    String ip = FakeReservedIps.seed(fake.state(), "fra1", 0);
    ReservedIpSpec spec = ReservedIpSpec.builder().region("fra1").ip(ip).dropletId(web1).build();

    Applied<ReservedIp> assigned = ips.apply(spec);
    Applied<ReservedIp> again = ips.apply(spec);

    assertThat(assigned.diff().changes())
        .containsExactly(FieldChange.updated("droplet_id", "(unassigned)", String.valueOf(web1)));
    assertThat(assigned.resource().isAssignedTo(web1)).isTrue();
    assertThat(again.diff().isNone()).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_GET)).isPositive();
    assertThat(FakeReservedIps.dropletOf(fake.state(), ip)).isEqualTo(web1);
  }

  @Test
  void assign_whenAssignedElsewhere_movesItAndAssigningAgainSendsNothing() {
    String ip = FakeReservedIps.seed(fake.state(), "fra1", web1);

    ReservedIp moved = ips.assign(ip, web2);
    ReservedIp again = ips.assign(ip, web2);

    assertThat(moved.isAssignedTo(web2)).isTrue();
    assertThat(again.isAssignedTo(web2)).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isEqualTo(1);
  }

  @Test
  void unassign_whenRepeated_sendsOneActionAndTheSpecWithoutDropletConverges() {
    String ip = FakeReservedIps.seed(fake.state(), "fra1", web1);

    ReservedIp unassigned = ips.unassign(ip);
    ReservedIp again = ips.unassign(ip);
    Applied<ReservedIp> applied = ips.apply(ReservedIpSpec.builder().region("fra1").ip(ip).build());

    assertThat(unassigned.droplet()).isEmpty();
    assertThat(again.droplet()).isEmpty();
    assertThat(applied.diff().isNone()).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isEqualTo(1);
    assertThat(FakeReservedIps.dropletOf(fake.state(), ip)).isZero();
  }

  @Test
  void assign_whenTheAnswerIsLost_checksTheGoalInsteadOfPostingAgain() {
    String ip = FakeReservedIps.seed(fake.state(), "fra1", 0);
    fake.disconnectNext(NetworkingOperations.RESERVED_IPS_ACTIONS_POST.operationId());

    ReservedIp assigned = ips.assign(ip, web1);

    assertThat(assigned.isAssignedTo(web1) || ips.get(ip).isAssignedTo(web1)).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isEqualTo(1);
  }

  @Test
  void apply_whenTheRegionDiffers_isRefusedAndSendsNothing() {
    String ip = FakeReservedIps.seed(fake.state(), "fra1", 0);

    assertThatThrownBy(
            () ->
                ips.apply(
                    ReservedIpSpec.builder().region("ams3").ip(ip).dropletId(amsDroplet).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region");
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)).isZero();
    assertThat(FakeReservedIps.dropletOf(fake.state(), ip)).isZero();
  }

  @Test
  void create_whenTheSpecNamesAnAddressThatIsGone_refusesWithoutSending() {
    assertThatThrownBy(
            () -> ips.apply(ReservedIpSpec.builder().region("fra1").ip("198.51.100.250").build()))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("cannot reserve a chosen address");
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isZero();
  }

  @Test
  void create_whenTheAnswerIsLost_adoptsTheAddressAssignedToTheDroplet() {
    fake.disconnectNext(NetworkingOperations.RESERVED_IPS_CREATE.operationId());

    ReservedIp created = ips.create(assignedTo(web1));

    assertThat(created.isAssignedTo(web1)).isTrue();
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeReservedIps.TABLE).size()).isEqualTo(1);
  }

  @Test
  void create_whenARegionOnlyAnswerIsLost_adoptsTheNewUnassignedAddress() {
    String before = FakeReservedIps.seed(fake.state(), "fra1", 0);
    fake.disconnectNext(NetworkingOperations.RESERVED_IPS_CREATE.operationId());

    ReservedIp created = ips.create(ReservedIpSpec.builder().region("fra1").build());

    assertThat(created.ip()).isNotEqualTo(before);
    assertThat(fake.callCount(NetworkingOperations.RESERVED_IPS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeReservedIps.TABLE).size()).isEqualTo(2);
  }

  @Test
  void delete_whenRepeatedAndAfterALostAnswer_succeeds() {
    String ip = ips.create(assignedTo(web1)).ip();
    String other = FakeReservedIps.seed(fake.state(), "fra1", 0);
    fake.disconnectNext(NetworkingOperations.RESERVED_IPS_DELETE.operationId());

    assertThat(ips.delete(ip)).isIn(Deletion.DELETED, Deletion.ALREADY_DELETED);
    assertThat(ips.delete(ip)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(ips.delete(other)).isEqualTo(Deletion.DELETED);
    assertThat(ips.delete(other)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(ips.listAll()).isEmpty();
  }
}
