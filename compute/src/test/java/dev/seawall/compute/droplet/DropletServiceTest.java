package dev.seawall.compute.droplet;

import static dev.seawall.compute.droplet.DropletJson.action;
import static dev.seawall.compute.droplet.DropletJson.created;
import static dev.seawall.compute.droplet.DropletJson.droplet;
import static dev.seawall.compute.droplet.DropletJson.dropletResponse;
import static dev.seawall.compute.droplet.DropletJson.error;
import static dev.seawall.compute.droplet.DropletJson.page;
import static dev.seawall.compute.droplet.DropletJson.tag;
import static dev.seawall.testkit.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.compute.Compute;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.Page;
import dev.seawall.core.RetryPolicy;
import dev.seawall.core.SeawallException;
import dev.seawall.core.ServerException;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.CreationMark;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeSshKeys;
import dev.seawall.testkit.fakes.FakeTags;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DropletService}: requests as sent (MockWebServer) and behaviour against the stateful fake,
 * every request validated against the official OpenAPI specification.
 */
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
                  .addResource(new FakeDroplets())
                  .addResource(new FakeTags())
                  .addResource((routes, state) -> seedVpcs(state)));

  MockWebServer server;

  /** The VPCs the specs name exist, as they must on DigitalOcean (a missing one is a 404). */
  static void seedVpcs(FakeState state) {
    FakeVpcs.seed(state, VPC, "web", "fra1", "10.110.0.0/20", false);
    FakeVpcs.seed(state, OTHER_VPC, "db", "fra1", "10.120.0.0/20", false);
  }

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

  /** The answer to deleting the creation mark's tag. */
  static MockResponse markRemoved() {
    return new MockResponse.Builder().code(204).build();
  }

  /** A create body without its creation mark, which must be there once (the last tag). */
  static Map<String, Object> unmarked(Object parsed) {
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) parsed;
    Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
    @SuppressWarnings("unchecked")
    List<String> tags = (List<String>) body.get("tags");
    assertThat(tags).filteredOn(CreationMark::isMark).hasSize(1);
    assertThat(tags.get(tags.size() - 1)).matches(CreationMark.PREFIX + "[0-9a-f]{16}");
    copy.put("tags", tags.subList(0, tags.size() - 1));
    return copy;
  }

  DigitalOcean client(TestClock clock) {
    return TestClients.client(server, clock);
  }

  static Object body(RecordedRequest request) {
    return FakeJson.parse(request.getBody().utf8());
  }

  // ---------------------------------------------------------------- create: requests as sent

  @Test
  void create_whenNew_postsHardenedBodyAwaitsActionAndActive(TestClock clock) throws Exception {
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "in-progress", 42));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
    server.enqueue(dropletResponse(droplet(42, "web-1", "new", VPC)));
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Droplet droplet = Compute.droplets(client).create(spec().build(), Duration.ofMinutes(5));

      assertThat(droplet.id()).isEqualTo(42);
      assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);

      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(unmarked(body(post)))
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
      RecordedRequest removeMark = server.takeRequest();
      assertThat(removeMark.getMethod()).isEqualTo("DELETE");
      assertThat(removeMark.getUrl().encodedPath()).startsWith("/v2/tags/" + CreationMark.PREFIX);
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
      assertThat(server.getRequestCount()).isEqualTo(6);
    }
  }

  @Test
  void apply_whenAbsent_looksUpByNameThenCreates(TestClock clock) throws Exception {
    server.enqueue(page("droplets", List.of(droplet(7, "web-1", "active", VPC, "nyc3"))));
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Applied<Droplet> applied = Compute.droplets(client).apply(spec().build());

      assertThat(applied.created()).isTrue();
      assertThat(applied.resource().id()).isEqualTo(42);
      RecordedRequest lookup = server.takeRequest();
      assertThat(lookup.getMethod()).isEqualTo("GET");
      assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("web-1");
      assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
      assertThat(server.getRequestCount()).isEqualTo(5);
    }
  }

  @Test
  void apply_whenTheDropletMatches_sendsOnlyTheLookUp(TestClock clock) {
    server.enqueue(page("droplets", List.of(droplet(42, "web-1", "active", VPC))));
    try (DigitalOcean client = client(clock)) {
      Applied<Droplet> applied = Compute.droplets(client).apply(spec().build());

      assertThat(applied.diff().isNone()).isTrue();
      assertThat(applied.resource().id()).isEqualTo(42);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void apply_whenTagsDiffer_createsAndAssignsTheNewTagThenUnassignsTheOldOne(TestClock clock)
      throws Exception {
    server.enqueue(page("droplets", List.of(droplet(42, "web-1", "active", VPC))));
    server.enqueue(json(201, FakeJson.object("tag", tag("edge"))));
    server.enqueue(TestClients.noContent());
    server.enqueue(TestClients.noContent());
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Applied<Droplet> applied = Compute.droplets(client).apply(spec().tags("edge").build());

      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.removed("tags", "web"), FieldChange.added("tags", "edge"));
      server.takeRequest();
      RecordedRequest createTag = server.takeRequest();
      assertThat(createTag.getMethod()).isEqualTo("POST");
      assertThat(createTag.getUrl().encodedPath()).isEqualTo("/v2/tags");
      assertThat(body(createTag)).isEqualTo(FakeJson.object("name", "edge"));
      Object resources =
          FakeJson.object(
              "resources",
              List.of(FakeJson.object("resource_id", "42", "resource_type", "droplet")));
      RecordedRequest assign = server.takeRequest();
      assertThat(assign.getMethod()).isEqualTo("POST");
      assertThat(assign.getUrl().encodedPath()).isEqualTo("/v2/tags/edge/resources");
      assertThat(body(assign)).isEqualTo(resources);
      RecordedRequest unassign = server.takeRequest();
      assertThat(unassign.getMethod()).isEqualTo("DELETE");
      assertThat(unassign.getUrl().encodedPath()).isEqualTo("/v2/tags/web/resources");
      assertThat(body(unassign)).isEqualTo(resources);
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
    }
  }

  @Test
  void apply_whenTheImageDiffers_isRefusedAfterTheLookUpOnly(TestClock clock) {
    server.enqueue(page("droplets", List.of(droplet(42, "web-1", "active", VPC))));
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(
              () -> Compute.droplets(client).apply(spec().image("debian-12-x64").build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("droplet 'web-1' (42) in fra1")
          .hasMessageContaining("image: ubuntu-24-04-x64 → debian-12-x64")
          .hasMessageContaining("nothing was sent");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void update_whenTheSizeDiffers_isRefusedAfterReadingOnly(TestClock clock) throws Exception {
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(
              () -> Compute.droplets(client).update("42", spec().size("s-2vcpu-4gb").build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("size: s-1vcpu-1gb → s-2vcpu-4gb")
          .hasMessageContaining("powers the droplet off");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void create_whenEveryOptionIsSet_sendsThemInApiTerms(TestClock clock) throws Exception {
    server.enqueue(created(droplet(42, "db-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
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

      assertThat(unmarked(body(server.takeRequest())))
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
  void create_whenTheFirstReadsAfterTheCreateAnswer404_waitsThemOutAndCompletes(TestClock clock) {
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(error(404, "not_found")); // GET /v2/actions/7001: not visible yet
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
    server.enqueue(error(404, "not_found")); // GET /v2/droplets/42: not visible yet
    server.enqueue(dropletResponse(droplet(42, "web-1", "active", VPC)));
    try (DigitalOcean client = client(clock)) {
      Droplet droplet = Compute.droplets(client).create(spec().build());

      assertThat(droplet.id()).isEqualTo(42);
      assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);
      assertThat(server.getRequestCount()).isEqualTo(6);
    }
  }

  @Test
  void create_whenAcceptedButDropletThen404_failsKeepingTheDropletId(TestClock clock) {
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
    // Still 404 once the read-after-write window (30 s by default) is over.
    for (int i = 0; i < 20; i++) {
      server.enqueue(error(404, "not_found"));
    }
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
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "completed", 42));
    server.enqueue(markRemoved());
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
    server.enqueue(created(droplet(42, "web-1", "new", VPC), 7001));
    server.enqueue(action(7001, "in-progress", 42));
    server.enqueue(markRemoved());
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).create(spec().build(), Duration.ZERO))
          .isInstanceOf(WaitTimeoutException.class)
          .hasMessageContaining("7001");
      assertThat(clock.slept()).isEqualTo(Duration.ZERO);
    }
  }

  @Test
  void create_whenApiRejectsTheBody_throwsWithoutEchoingUserData(TestClock clock) {
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
      Droplet droplet = Compute.droplets(client).get("42");

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
  void list_sendsPageAndPerPage(TestClock clock) throws Exception {
    server.enqueue(page("droplets", List.of(droplet(42, "web-1", "active", VPC))));
    try (DigitalOcean client = client(clock)) {
      Page<Droplet> page = Compute.droplets(client).list(3, 10);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/droplets");
      assertThat(request.getUrl().queryParameter("page")).isEqualTo("3");
      assertThat(request.getUrl().queryParameter("per_page")).isEqualTo("10");
      assertThat(page.items()).extracting(Droplet::id).containsExactly(42L);
    }
  }

  @Test
  void listAll_whenSeveralPages_returnsAll(TestClock clock) throws Exception {
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
      assertThat(Compute.droplets(client).listAll())
          .extracting(Droplet::id, Droplet::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, DropletStatus.ACTIVE),
              org.assertj.core.groups.Tuple.tuple(2L, DropletStatus.OFF));
      assertThat(server.takeRequest().getUrl().queryParameter("tag_name")).isNull();
    }
  }

  @Test
  void delete_whenExists_sendsDeleteAndIsDeleted(TestClock clock) throws Exception {
    server.enqueue(TestClients.noContent());
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).delete("42")).isEqualTo(Deletion.DELETED);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/droplets/42");
    }
  }

  @Test
  void delete_when404_isAlreadyDeleted(TestClock clock) {
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = client(clock)) {
      assertThat(Compute.droplets(client).delete("42")).isEqualTo(Deletion.ALREADY_DELETED);
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
      assertThatThrownBy(() -> Compute.droplets(client).get("42")).isInstanceOf(type);
    }
  }

  @Test
  void listAndFind_whenBlank_refuseLocally(TestClock clock) {
    try (DigitalOcean client = client(clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).listByTag(" "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Compute.droplets(client).listByName(""))
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
          .isSubsetOf(DropletService.operations().stream().map(Operation::operationId).toList());
    }
  }

  @Test
  void apply_whenRepeated_createsOnceThenSendsNoWrite(FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    DropletSpec spec = spec().sshKeys(FINGERPRINT).build();
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);

      Applied<Droplet> first = droplets.apply(spec);
      int callsAfterFirst = fake.calls().size();
      Applied<Droplet> second = droplets.apply(spec);

      assertThat(first.created()).isTrue();
      assertThat(first.resource().status()).isEqualTo(DropletStatus.ACTIVE);
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.resource().id()).isEqualTo(first.resource().id());
      assertThat(fake.calls().subList(callsAfterFirst, fake.calls().size()))
          .extracting(FakeCall::operationId)
          .containsExactly(ComputeOperations.DROPLETS_LIST.operationId());
      assertThat(fake.state().table(FakeDroplets.TABLE).size()).isEqualTo(1);
    }
  }

  @Test
  void apply_whenTheDropletIsStillNew_waitsUntilItIsActiveWithoutCreatingAgain(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    DropletSpec spec = spec().sshKeys(FINGERPRINT).build();
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      assertThatThrownBy(() -> droplets.create(spec, Duration.ZERO))
          .isInstanceOf(WaitTimeoutException.class);
      List<String> awaited = new ArrayList<>();

      Applied<Droplet> applied =
          Waiter.reportingTo((what, elapsed) -> awaited.add(what), () -> droplets.apply(spec));

      assertThat(applied.diff().isNone()).isTrue();
      assertThat(applied.resource().status()).isEqualTo(DropletStatus.ACTIVE);
      assertThat(awaited).contains("droplet " + applied.resource().id() + " to become active");
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
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
  void apply_whenSameNameExistsInAnotherVpc_isRefusedAndSendsNoWrite(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      droplets.apply(spec().sshKeys(FINGERPRINT).build());
      int callsBefore = fake.calls().size();

      assertThatThrownBy(
              () ->
                  droplets.apply(
                      spec().sshKeys(FINGERPRINT).vpcUuid(OTHER_VPC).addTag("db").build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("vpc_uuid: " + VPC + " → " + OTHER_VPC);
      assertThat(fake.calls().subList(callsBefore, fake.calls().size()))
          .extracting(FakeCall::operationId)
          .containsExactly(ComputeOperations.DROPLETS_LIST.operationId());
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
    }
  }

  @Test
  void apply_whenTagsDiffer_changesThemInPlaceOnTheSameDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      Droplet created = droplets.apply(spec().sshKeys(FINGERPRINT).build()).resource();

      Applied<Droplet> tagged = droplets.apply(spec().sshKeys(FINGERPRINT).addTag("pci").build());
      Applied<Droplet> untagged = droplets.apply(spec().sshKeys(FINGERPRINT).tags("pci").build());

      assertThat(tagged.diff().changes()).containsExactly(FieldChange.added("tags", "pci"));
      assertThat(tagged.resource().tags()).containsExactlyInAnyOrder("web", "pci");
      assertThat(untagged.diff().changes()).containsExactly(FieldChange.removed("tags", "web"));
      assertThat(untagged.resource().id()).isEqualTo(created.id());
      assertThat(droplets.get(String.valueOf(created.id())).tags()).containsExactly("pci");
      assertThat(droplets.listByTag("web")).isEmpty();
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.TAGS_ASSIGN_RESOURCES)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.TAGS_UNASSIGN_RESOURCES)).isEqualTo(1);
    }
  }

  @Test
  void apply_whenSameNameInAnotherRegion_createsASecondDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      Droplet fra = droplets.apply(spec().sshKeys(FINGERPRINT).build()).resource();
      Droplet nyc = droplets.apply(spec().sshKeys(FINGERPRINT).region("nyc3").build()).resource();

      assertThat(nyc.id()).isNotEqualTo(fra.id());
      assertThat(droplets.listByName("WEB-1")).hasSize(2);
      assertThatThrownBy(() -> droplets.find("web-1"))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining(String.valueOf(fra.id()))
          .hasMessageContaining(String.valueOf(nyc.id()));
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
      assertThat(droplets.delete(String.valueOf(web.id()))).isEqualTo(Deletion.DELETED);
      assertThat(droplets.delete(String.valueOf(web.id()))).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(droplets.listAll()).extracting(Droplet::id).containsExactly(db.id());
    }
  }

  @Test
  void create_whenTheAnswerIsLostAndListsLag_sendsOnePostAndTheNextRunAdoptsIt(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    fake.disconnectNext(ComputeOperations.DROPLETS_CREATE.operationId());
    // DigitalOcean's list lags: the lookups in a 10 s window (at 0, 1, 3, 7 and 10 s) miss it.
    for (int i = 0; i < 5; i++) {
      fake.respondNext(
          "GET /v2/droplets",
          new mockwebserver3.MockResponse.Builder()
              .setHeader("content-type", "application/json")
              .body("{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}")
              .build());
    }
    DropletSpec spec = spec().sshKeys(FINGERPRINT).build();
    try (DigitalOcean client =
        TestClients.builder(fake.url(), clock)
            .retryPolicy(RetryPolicy.builder().outcomeLookupWindow(Duration.ofSeconds(10)).build())
            .build()) {
      DropletService droplets = Compute.droplets(client);

      assertThatThrownBy(() -> droplets.create(spec))
          .isInstanceOfSatisfying(
              OutcomeUnknownException.class,
              e -> {
                assertThat(e.resource()).isEqualTo("droplet 'web-1'");
                assertThat(e.getMessage()).contains("Re-run the same apply");
              });
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);

      Droplet adopted = droplets.apply(spec).resource();

      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(droplets.listAll()).extracting(Droplet::id).containsExactly(adopted.id());
    }
  }

  @Test
  void create_whenTheAnswerIsLost_adoptsOnlyTheDropletItsMarkNames_andRemovesTheMark(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    long theirs = FakeDroplets.seed(fake.state(), "web-1", "fra1");
    fake.disconnectNext(ComputeOperations.DROPLETS_CREATE.operationId());
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);

      Droplet ours = droplets.create(spec().sshKeys(FINGERPRINT).build());

      assertThat(ours.id()).isNotEqualTo(theirs);
      assertThat(fake.callCount(ComputeOperations.DROPLETS_CREATE)).isEqualTo(1);
      assertThat(droplets.listByName("web-1")).hasSize(2);
      assertThat(droplets.get(String.valueOf(ours.id())).tags())
          .noneMatch(CreationMark::isMark)
          .containsExactlyElementsOf(spec().build().tags());
      assertThat(fake.state().table(FakeTags.TABLE).values())
          .noneMatch(tag -> CreationMark.isMark(String.valueOf(tag.get("name"))));
    }
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheDropletAsDeleted(
      FakeDigitalOcean fake, TestClock clock) {
    seedKey(fake);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      DropletService droplets = Compute.droplets(client);
      Droplet web = droplets.create(spec().sshKeys(FINGERPRINT).build());
      fake.disconnectNext(ComputeOperations.DROPLETS_DESTROY.operationId());

      assertThat(droplets.delete(String.valueOf(web.id()))).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(droplets.listAll()).isEmpty();
      assertThat(fake.callCount(ComputeOperations.DROPLETS_DESTROY)).isEqualTo(2);
    }
  }

  @Test
  void get_whenServerErrorsPersist_throwsServerErrorAfterRetrying(
      FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.DROPLETS_GET.operationId(), 500, 20);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).get("1"))
          .isInstanceOf(ServerException.class);
      assertThat(fake.callCount(ComputeOperations.DROPLETS_GET)).isGreaterThan(1);
    }
  }

  @Test
  void list_whenRateLimitedOnce_retriesAndSucceeds(FakeDigitalOcean fake, TestClock clock) {
    fake.rateLimitNext("droplets_list", 1);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThat(Compute.droplets(client).listAll()).isEmpty();
      assertThat(fake.callCount(ComputeOperations.DROPLETS_LIST)).isEqualTo(2);
    }
  }

  @Test
  void list_whenUnauthorizedOrForbidden_throwsTyped(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.DROPLETS_LIST, 401);
    fake.failNext(ComputeOperations.DROPLETS_LIST, 403);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.droplets(client).listAll().toList())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining(TestClients.TOKEN_TEXT);
      assertThatThrownBy(() -> Compute.droplets(client).listAll().toList())
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e -> assertThat(e.requiredScopes()).contains("droplet:read"));
    }
  }
}
