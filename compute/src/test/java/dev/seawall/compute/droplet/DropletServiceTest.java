package dev.seawall.compute.droplet;

import static dev.seawall.compute.droplet.DropletJson.action;
import static dev.seawall.compute.droplet.DropletJson.created;
import static dev.seawall.compute.droplet.DropletJson.droplet;
import static dev.seawall.compute.droplet.DropletJson.dropletResponse;
import static dev.seawall.compute.droplet.DropletJson.error;
import static dev.seawall.compute.droplet.DropletJson.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.compute.Compute;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.ServerException;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeSshKeys;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DropletServiceTest {
  static final String VPC = "760e09ef-dc84-11e8-981e-3cfdfeaae000";
  static final String OTHER_VPC = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";
  static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl ci";
  static final String FINGERPRINT = "89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01";
  static final Duration ACTION_DELAY = Duration.ofSeconds(30);

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.actionDelay(ACTION_DELAY)
                  .addResource(new FakeSshKeys())
                  .addResource(new FakeDroplets()));

  MockWebServer server;

  /** The extension's validating server; it is closed and checked for violations after each test. */
  @BeforeEach
  void useServer(MockWebServer server) {
    this.server = server;
  }

  static DropletSpec.Builder spec() {
    return DropletSpec.builder()
        .name("web-1")
        .region("fra1")
        .size("s-1vcpu-1gb")
        .image("ubuntu-24-04-x64")
        .sshKeys(FINGERPRINT)
        .addSshKey(512189)
        .vpcUuid(VPC)
        .tags("web");
  }

  DigitalOcean client(TestClock clock) {
    return TestClients.client(server, clock);
  }

  static Object body(RecordedRequest request) {
    return FakeJson.parse(request.getBody().utf8());
  }

  // ---------------------------------------------------------------- create: requests as sent

  @Test
  void create_whenNew_looksUpPostsHardenedBodyAwaitsActionAndActive(TestClock clock)
      throws Exception {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "in-progress", 42));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(dropletResponse(droplet(42, "web-1", "new", VPC)));
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Droplet droplet = Compute.droplets(client).create(spec().build(), Duration.ofMinutes(5));

      assertThat(droplet.id()).isEqualTo(42);
      assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);

      RecordedRequest lookup = server.takeRequest();
      assertThat(lookup.getMethod()).isEqualTo("GET");
      assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("web-1");

      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(body(post))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "web-1",
                  "region",
                  "fra1",
                  "size",
                  "s-1vcpu-1gb",
                  "image",
                  "ubuntu-24-04-x64",
                  "ssh_keys",
                  List.of(FINGERPRINT, 512189L),
                  "backups",
                  false,
                  "ipv6",
                  false,
                  "monitoring",
                  true,
                  "tags",
                  List.of("web"),
                  "vpc_uuid",
                  VPC,
                  "with_droplet_agent",
                  true));

      RecordedRequest firstPoll = server.takeRequest();
      assertThat(firstPoll.getUrl().encodedPath()).isEqualTo("/v2/actions/7001");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/actions/7001");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
      assertThat(server.getRequestCount()).isEqualTo(6);
    }
  }

  @Test
  void create_whenEveryOptionIsSet_sendsThemInApiTerms(TestClock clock) throws Exception {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(created(droplet(42, "db-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(dropletResponse(droplet(42, "db-1", "active", VPC)));
    DropletSpec spec =
        spec()
            .name("db-1")
            .image(7555620)
            .sshKeys("512189")
            .vpcUuid("")
            .inDefaultVpc(Justification.of("SEC-9: legacy network"))
            .publicNetworking(false)
            .monitoring(false)
            .withDropletAgent(false)
            .backups(BackupPolicy.weekly(DayOfWeek.SUNDAY, 4))
            .userData("#cloud-config\npackages:\n  - postgresql\n")
            .tags("db", "env:prod")
            .build();
    try (DigitalOcean client = client(clock)) {
      Compute.droplets(client).create(spec, Duration.ofMinutes(5));

      server.takeRequest();
      assertThat(body(server.takeRequest()))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "db-1",
                  "region",
                  "fra1",
                  "size",
                  "s-1vcpu-1gb",
                  "image",
                  7555620L,
                  "ssh_keys",
                  List.of(512189L),
                  "backups",
                  true,
                  "backup_policy",
                  FakeJson.object("plan", "weekly", "weekday", "SUN", "hour", 4L),
                  "ipv6",
                  false,
                  "monitoring",
                  false,
                  "tags",
                  List.of("db", "env:prod"),
                  "user_data",
                  "#cloud-config\npackages:\n  - postgresql\n",
                  "with_droplet_agent",
                  false,
                  "public_networking",
                  false));
    }
  }

  @Test
  void create_whenAcceptedButDropletThen404_failsKeepingTheDropletId(TestClock clock) {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().build()))
          .isInstanceOfSatisfying(
              DropletCreationException.class,
              e -> {
                assertThat(e.dropletId()).isEqualTo(42);
                assertThat(e).hasMessageContaining("42").hasMessageContaining("404");
                assertThat(e.getCause()).isInstanceOf(NotFoundException.class);
              });
    }
  }

  @Test
  void create_whenDropletStaysNew_timesOutAtTheDeadline(TestClock clock) {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    for (int i = 0; i < 100; i++) {
      server.enqueue(dropletResponse(droplet(42, "web-1", "new", VPC)));
    }
    Duration timeout = Duration.ofMinutes(1);
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().build(), timeout))
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("droplet 42")
          .hasMessageContaining("status new");
      assertThat(clock.slept()).isLessThanOrEqualTo(timeout);
    }
  }

  @Test
  void create_whenTimeoutIsZero_stillPollsOnceAndFailsWithoutSleeping(TestClock clock) {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "in-progress", 42));
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().build(), Duration.ZERO))
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("7001");
      assertThat(clock.slept()).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void create_whenApiRejectsTheBody_throwsWithoutEchoingUserData(TestClock clock) {
    server.enqueue(page("droplets", List.of()));
    server.enqueue(error(422, "unprocessable_entity"));
    DropletSpec spec = spec().userData("#cloud-config\nhostname: marker-6f1c\n").build();
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec))
          .isInstanceOf(UnprocessableException.class)
          .hasMessageNotContaining("marker-6f1c");
    }
  }

  // ---------------------------------------------------------------- get, list, delete

  @Test
  void get_whenExists_getsById(TestClock clock) throws Exception {
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Droplet droplet = Compute.droplets(client).get(42);

      assertThat(droplet.name()).isEqualTo("web-1");
      assertThat(droplet.vpcUuid()).contains(VPC);
      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
    }
  }

  @Test
  void listByTag_sendsTagNameAndFullPages(TestClock clock) throws Exception {
    server.enqueue(page("droplets", List.of(droplet(42, "web-1", "active", VPC))));
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).listByTag("web"))
          .extracting(Droplet::id)
          .containsExactly(42L);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(request.getUrl().queryParameter("tag_name")).isEqualTo("web");
      assertThat(request.getUrl().queryParameter("per_page")).isEqualTo("200");
    }
  }

  @Test
  void list_whenSeveralPages_returnsAll(TestClock clock) throws Exception {
    String next = server.url("/v2/droplets?page=2&per_page=200").toString();
    server.enqueue(
        TestClients.json(
            200,
            FakeJson.object(
                "droplets", List.of(droplet(1, "a", "active", VPC)),
                "links", FakeJson.object("pages", FakeJson.object("next", next, "last", next)),
                "meta", FakeJson.object("total", 2L))));
    server.enqueue(
        TestClients.json(
            200,
            FakeJson.object(
                "droplets", List.of(droplet(2, "b", "off", VPC)),
                "links", FakeJson.object(),
                "meta", FakeJson.object("total", 2L))));
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).list())
          .extracting(Droplet::id, Droplet::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, DropletStatus.ACTIVE),
              org.assertj.core.groups.Tuple.tuple(2L, DropletStatus.OFF));
      assertThat(server.takeRequest().getUrl().queryParameter("tag_name")).isNull();
    }
  }

  @Test
  void delete_whenExists_sendsDeleteAndIsTrue(TestClock clock) throws Exception {
    server.enqueue(TestClients.noContent());
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).delete(42)).isTrue();

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
    }
  }

  @Test
  void delete_when404_isFalse(TestClock clock) {
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).delete(42)).isFalse();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "401, unauthorized, dev.seawall.core.UnauthorizedException",
    "403, forbidden, dev.seawall.core.ForbiddenException",
    "404, not_found, dev.seawall.core.NotFoundException",
    "422, unprocessable_entity, dev.seawall.core.UnprocessableException"
  })
  void get_whenErrorStatus_throwsTheMatchingException(
      int status, String id, Class<? extends Exception> type, TestClock clock) {
    server.enqueue(error(status, id));
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).get(42)).isInstanceOf(type);
    }
  }

  @Test
  void listAndFind_whenBlank_refuseLocally(TestClock clock) {
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).listByTag(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Compute.droplets(client).findByName(""))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  // ---------------------------------------------------------------- behaviour, against the fake

  static Map<String, Object> seedKey(FakeDigitalOcean fake) {
    return FakeSshKeys.seed(fake.state(), "ci", ED25519);
  }

  @Test
  void create_againstFake_waitsForTheActionAndReturnsTheActiveDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Droplet droplet =
          Compute.droplets(client)
              .create(spec().sshKeys(FINGERPRINT).build(), Duration.ofMinutes(5));

      assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);
      assertThat(droplet.vpcUuid()).contains(VPC);
      assertThat(droplet.tags()).containsExactly("web");
      assertThat(droplet.hasFeature("monitoring")).isTrue();
      assertThat(droplet.hasFeature("droplet_agent")).isTrue();
      assertThat(droplet.publicIpv4()).isPresent();
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(CoreOperations.ACTIONS_GET)).isGreaterThan(1);
      assertThat(fake.calls())
          .extracting(FakeCall::operationId)
          .isSubsetOf(
              DropletService.CREATE_OPERATIONS.stream().map(Operation::operationId).toList());
      assertThat(Scopes.required(DropletService.CREATE_OPERATIONS))
          .containsExactly("actions:read", "droplet:create", "droplet:read");
    }
  }

  @Test
  void create_whenCalledTwice_adoptsTheFirstDroplet(FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    DropletSpec spec = spec().sshKeys(FINGERPRINT).build();
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);

      Droplet first = droplets.create(spec);
      Droplet second = droplets.create(spec);

      assertThat(second.id()).isEqualTo(first.id());
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(fake.state().table(FakeDroplets.TABLE).size()).isEqualTo(1);
    }
  }

  @Test
  void create_whenResponseIsLost_adoptsInsteadOfPostingAgain(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    fake.disconnectNext("droplets_create");
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Droplet droplet = Compute.droplets(client).create(spec().sshKeys(FINGERPRINT).build());

      assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(fake.state().table(FakeDroplets.TABLE).size()).isEqualTo(1);
    }
  }

  @Test
  void create_whenCreateActionErrors_failsKeepingTheDropletId(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    fake.state().actions().failNext(1);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().sshKeys(FINGERPRINT).build()))
          .isInstanceOfSatisfying(
              DropletCreationException.class,
              e -> {
                long created =
                    ((Number) fake.state().table(FakeDroplets.TABLE).values().get(0).get("id"))
                        .longValue();
                assertThat(e.dropletId()).isEqualTo(created);
                assertThat(e).hasMessageContaining("errored");
              });
    }
  }

  @Test
  void create_whenActionOutlastsTheTimeout_timesOut(FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    Duration timeout = ACTION_DELAY.dividedBy(2);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(
              () -> Compute.droplets(client).create(spec().sshKeys(FINGERPRINT).build(), timeout))
          .isInstanceOf(WaitTimeoutException.class);
      assertThat(clock.slept()).isLessThanOrEqualTo(timeout);
    }
  }

  @Test
  void create_whenSameNameExistsInAnotherVpc_refusesToAdoptIt(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      droplets.create(spec().sshKeys(FINGERPRINT).build());

      assertThatThrownBy(
              () -> droplets.create(spec().sshKeys(FINGERPRINT).vpcUuid(OTHER_VPC).build()))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining(VPC)
          .hasMessageContaining(OTHER_VPC);
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
    }
  }

  @Test
  void create_whenSameNameExistsWithoutTheTags_refusesToAdoptIt(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      droplets.create(spec().sshKeys(FINGERPRINT).build());

      assertThatThrownBy(() -> droplets.create(spec().sshKeys(FINGERPRINT).addTag("pci").build()))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining("[pci]");
    }
  }

  @Test
  void create_whenSameNameInAnotherRegion_createsASecondDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      Droplet fra = droplets.create(spec().sshKeys(FINGERPRINT).build());
      Droplet nyc = droplets.create(spec().sshKeys(FINGERPRINT).region("nyc3").build());

      assertThat(nyc.id()).isNotEqualTo(fra.id());
      assertThat(droplets.findByName("WEB-1")).hasSize(2);
    }
  }

  @Test
  void create_whenSshKeyIsNotInTheAccount_surfacesTheApi422(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().sshKeys(FINGERPRINT).build()))
          .isInstanceOf(UnprocessableException.class);
      assertThat(fake.state().table(FakeDroplets.TABLE).size()).isZero();
    }
  }

  @Test
  void create_inDefaultVpc_isFlaggedByTheAuditorGivenTheDefaultVpc(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    DropletSpec spec =
        spec()
            .sshKeys(FINGERPRINT)
            .vpcUuid("")
            .inDefaultVpc(Justification.of("SEC-9: legacy network"))
            .build();
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      Droplet droplet = Compute.droplets(client).create(spec);
      String defaultVpc = FakeVpcs.findDefaultVpc(fake.state(), "fra1").orElseThrow();

      List<Violation> violations =
          DropletAuditor.builder().defaultVpcUuids(Set.of(defaultVpc)).build().audit(droplet);

      assertThat(droplet.vpcUuid()).contains(defaultVpc);
      assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-002");
    }
  }

  @Test
  void listByTagAndDelete_againstFake_seeOnlyTaggedAndRemove(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      Droplet web = droplets.create(spec().sshKeys(FINGERPRINT).build());
      Droplet db = droplets.create(spec().sshKeys(FINGERPRINT).name("db-1").tags("db").build());

      assertThat(droplets.listByTag("db")).extracting(Droplet::id).containsExactly(db.id());
      assertThat(droplets.delete(web.id())).isTrue();
      assertThat(droplets.delete(web.id())).isFalse();
      assertThat(droplets.list()).extracting(Droplet::id).containsExactly(db.id());
    }
  }

  @Test
  void get_whenServerErrorsPersist_throwsServerErrorAfterRetrying(
      FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.DROPLETS_GET.operationId(), 500, 20);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).get(1)).isInstanceOf(ServerException.class);
      assertThat(fake.callCount(ComputeOperations.DROPLETS_GET)).isGreaterThan(1);
    }
  }

  @Test
  void list_whenRateLimitedOnce_retriesAndSucceeds(FakeDigitalOcean fake, TestClock clock) {
    fake.rateLimitNext("droplets_list", 1);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThat(Compute.droplets(client).list()).isEmpty();
      assertThat(fake.callCount(ComputeOperations.DROPLETS_LIST)).isEqualTo(2);
    }
  }

  @Test
  void list_whenUnauthorizedOrForbidden_throwsTyped(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.DROPLETS_LIST, 401);
    fake.failNext(ComputeOperations.DROPLETS_LIST, 403);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).list())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining(TestClients.TOKEN_TEXT);
      assertThatThrownBy(() -> Compute.droplets(client).list())
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e -> assertThat(e.requiredScopes()).contains("droplet:read"));
    }
  }
}
