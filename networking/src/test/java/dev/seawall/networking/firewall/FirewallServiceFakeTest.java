package dev.seawall.networking.firewall;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiException;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.ServerException;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.testkit.fakes.FakeTags;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FirewallService} against the stateful fake: waits, idempotency and error paths. */
class FirewallServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeFirewalls(Duration.ofSeconds(5)))
                  .addResource((routes, state) -> seedReferences(state)));

  /**
   * The load balancer, tags and droplets the specs name exist, as they must on DigitalOcean (a
   * firewall naming a missing one is refused with 422).
   */
  private static void seedReferences(FakeState state) {
    FakeLoadBalancers.seed(state, "4de7ac8b-495b-4884-9a69-1050c6793cd6", "web-lb", "nyc3");
    FakeTags.seed(state, "web", "prometheus", "api");
    for (long droplet : new long[] {1L, 2L, 8043964L}) {
      FakeDroplets.seed(
          state, droplet, "web-" + droplet, "nyc3", FakeVpcs.defaultVpc(state, "nyc3"), List.of());
    }
  }

  private FakeDigitalOcean fake;
  private TestClock clock;
  private DigitalOcean client;
  private FirewallService firewalls;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.clock = clock;
    this.client = client(fake, clock);
    this.firewalls = Networking.firewalls(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static FirewallSpec web() {
    return FirewallSpec.builder()
        .name("web")
        .addInboundRule(
            InboundRule.tcp(
                443, Targets.ofLoadBalancerUids("4de7ac8b-495b-4884-9a69-1050c6793cd6")))
        .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses("203.0.113.0/24")))
        .addInboundRule(InboundRule.tcp(PortRange.ALL, Targets.ofTags("web")))
        .outbound(OutboundPreset.DNS_HTTPS_NTP)
        .tags("web")
        .build();
  }

  @Test
  void create_whenApiReportsWaiting_waitsOnTheClockUntilSucceeded() {
    Firewall created = firewalls.create(web());

    assertThat(created.status()).isEqualTo(Firewall.Status.SUCCEEDED);
    assertThat(clock.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_GET)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void create_whenAllPortsReadBackAsZero_readsAsAllAndMatchesSpec() {
    Firewall created = firewalls.create(web());

    Map<String, Object> stored = fake.state().table(FakeFirewalls.TABLE).require(created.id());
    assertThat(FakeJson.write(stored.get("inbound_rules"))).contains("\"ports\":\"0\"");
    assertThat(created.inboundRules())
        .contains(InboundRule.tcp(PortRange.ALL, Targets.ofTags("web")));
    assertThat(FirewallService.DIFFER.diff(web(), created).isNone()).isTrue();
  }

  @Test
  void create_whenStatusBecomesFailed_throwsWaitFailed() {
    FakeFirewalls.failApplying(fake.state(), "web");

    assertThatThrownBy(() -> firewalls.create(web()))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("status failed")
        .hasMessageContaining("firewall 'web'");
  }

  @Test
  void create_whenNotSucceededBeforeDeadline_throwsWaitTimeout() {
    assertThatThrownBy(() -> firewalls.withTimeout(Duration.ofSeconds(2)).create(web()))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("firewall 'web'")
        .hasMessageContaining("status waiting");
    assertThat(clock.slept()).isLessThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void apply_whenAppliedTwice_createsOnceAndNeverUpdates() {
    Applied<Firewall> first = firewalls.apply(web());
    Applied<Firewall> second = firewalls.apply(web());

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isZero();
  }

  @Test
  void apply_whenSpecChanged_putsFullRuleList() {
    firewalls.apply(web());
    FirewallSpec changed =
        web().toBuilder()
            .addInboundRule(InboundRule.udp(51820, Targets.ofAddresses("198.51.100.7")))
            .build();

    Applied<Firewall> updated = firewalls.apply(changed);

    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isEqualTo(1);
    assertThat(updated.diff().changes())
        .containsExactly(FieldChange.added("inbound_rules", "udp 51820 from 198.51.100.7/32"));
    assertThat(updated.resource().inboundRules()).hasSize(4);
    assertThat(FirewallService.DIFFER.diff(changed, updated.resource()).isNone()).isTrue();
    assertThat(updated.resource().status()).isEqualTo(Firewall.Status.SUCCEEDED);
  }

  @Test
  void update_whenReadModifyWrite_losesNothingThatWasThere() {
    Firewall created = firewalls.create(web().toBuilder().dropletIds(8043964L).build());

    Firewall updated =
        firewalls.update(
            created.id(),
            b -> b.addInboundRule(InboundRule.tcp(9100, Targets.ofTags("prometheus"))));

    assertThat(updated.inboundRules())
        .containsAll(created.inboundRules())
        .contains(InboundRule.tcp(9100, Targets.ofTags("prometheus")));
    assertThat(updated.outboundRules())
        .containsExactlyInAnyOrderElementsOf(created.outboundRules());
    assertThat(updated.dropletIds()).containsExactly(8043964L);
    assertThat(updated.tags()).containsExactly("web");
  }

  @Test
  void update_whenExistingRiskyRuleNotAcknowledged_refusedLocally() {
    Firewall created =
        firewalls.create(
            web().toBuilder()
                .addInboundRule(InboundRule.tcp(443, Targets.anywhere()))
                .allowPublicIngress(443, Justification.of("SEC-9: public site"))
                .build());
    int before = fake.calls().size();

    assertThatThrownBy(() -> firewalls.update(created.id(), b -> b.addTag("api")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-FW-001");
    assertThat(fake.calls().size() - before).isEqualTo(1); // only the GET
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isZero();
  }

  @Test
  void assignments_addAndRemoveDropletsAndTags() {
    Firewall created = firewalls.create(web());

    firewalls.addDroplets(created.id(), 1L, 2L);
    firewalls.addTags(created.id(), "api");
    firewalls.removeDroplets(created.id(), 1L);
    firewalls.removeTags(created.id(), "web");

    Firewall now = firewalls.get(created.id());
    assertThat(now.dropletIds()).containsExactly(2L);
    assertThat(now.tags()).containsExactly("api");
  }

  @Test
  void delete_whenRepeated_deletesThenIsAlreadyDeleted() {
    Firewall created = firewalls.create(web());

    assertThat(firewalls.delete(created.id())).isEqualTo(Deletion.DELETED);
    assertThat(firewalls.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);

    assertThat(firewalls.listAll()).isEmpty();
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_DELETE)).isEqualTo(2);
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheFirewallAsDeleted() {
    Firewall created = firewalls.create(web());
    fake.disconnectNext(NetworkingOperations.FIREWALLS_DELETE.operationId());

    assertThat(firewalls.delete(created.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_DELETE)).isEqualTo(2);
    assertThat(firewalls.find("web")).isEmpty();
  }

  @Test
  void find_whenNameIsAmbiguous_throwsListingIds() {
    firewalls.create(web());
    firewalls.create(web());

    assertThatThrownBy(() -> firewalls.apply(web()))
        .hasMessageContaining("2 firewall resources are named 'web'");
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_UPDATE)).isZero();
  }

  // ------------------------------------------------------------------------------- error paths

  @Test
  void get_whenUnknownId_throwsNotFound() {
    assertThatThrownBy(() -> firewalls.get("00000000-0000-4000-8000-000000000000"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void create_when400_throwsApiExceptionAndDoesNotResend() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE, 400);

    assertThatThrownBy(() -> firewalls.create(web()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
  }

  @Test
  void create_when401_throwsUnauthorized() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE, 401);

    assertThatThrownBy(() -> firewalls.create(web())).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void create_when403_throwsForbiddenNamingScope() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE, 403);

    assertThatThrownBy(() -> firewalls.create(web()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("firewall:create"));
  }

  @Test
  void create_when422_throwsUnprocessable() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE, 422);

    assertThatThrownBy(() -> firewalls.create(web())).isInstanceOf(UnprocessableException.class);
    assertThat(firewalls.listAll()).isEmpty();
  }

  @Test
  void get_when429_waitsAndRetries() {
    Firewall created = firewalls.create(web());
    fake.rateLimitNext(NetworkingOperations.FIREWALLS_GET.operationId(), 1, Duration.ofSeconds(7));
    Duration sleptBefore = clock.slept();

    assertThat(firewalls.get(created.id()).id()).isEqualTo(created.id());
    assertThat(clock.slept().minus(sleptBefore)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void get_when5xxOnce_retries() {
    Firewall created = firewalls.create(web());
    fake.failNext(NetworkingOperations.FIREWALLS_GET, 503);
    int before = fake.callCount(NetworkingOperations.FIREWALLS_GET);

    assertThat(firewalls.get(created.id()).id()).isEqualTo(created.id());
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_GET) - before).isEqualTo(2);
  }

  @Test
  void create_when5xxBeforeCreation_looksUpNeverResendsAndTheNextApplyCreatesIt() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE, 500);

    // A 5xx may come after the server acted: the create is never sent again blindly.
    assertThatThrownBy(() -> firewalls.create(web()))
        .isInstanceOfSatisfying(
            OutcomeUnknownException.class,
            e -> assertThat(e.resource()).isEqualTo("firewall 'web'"));
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_LIST)).isGreaterThan(1);

    Firewall created = firewalls.apply(web()).resource();

    assertThat(fake.state().table(FakeFirewalls.TABLE).size()).isEqualTo(1);
    assertThat(created.name()).isEqualTo("web");
  }

  @Test
  void create_whenResponseLostAfterCreation_findsItInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.FIREWALLS_CREATE.operationId());

    Firewall created = firewalls.create(web());

    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeFirewalls.TABLE).size()).isEqualTo(1);
    assertThat(created.status()).isEqualTo(Firewall.Status.SUCCEEDED);
  }

  @Test
  void create_whenServerKeepsFailing_failsOutcomeUnknownAfterOnePost() {
    fake.failNext(NetworkingOperations.FIREWALLS_CREATE.operationId(), 502, 20);

    assertThatThrownBy(() -> firewalls.create(web()))
        .isInstanceOf(OutcomeUnknownException.class)
        .hasCauseInstanceOf(ServerException.class);
    assertThat(fake.callCount(NetworkingOperations.FIREWALLS_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeFirewalls.TABLE).size()).isZero();
  }

  @Test
  void listAll_whenManyFirewalls_followsPages() {
    for (int i = 0; i < 3; i++) {
      firewalls.create(web().toBuilder().name("web-" + i).build());
    }
    assertThat(firewalls.list(1, 2).items()).hasSize(2);
    assertThat(firewalls.list(1, 2).hasNext()).isTrue();
    assertThat(firewalls.listAll().map(Firewall::name).toList())
        .containsExactly("web-0", "web-1", "web-2");
  }
}
