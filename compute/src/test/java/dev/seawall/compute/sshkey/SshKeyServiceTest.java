package dev.seawall.compute.sshkey;

import static dev.seawall.testkit.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.compute.Compute;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeSshKeys;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SshKeyService}: requests as sent (MockWebServer) and behaviour against the stateful fake,
 * every request validated against the official OpenAPI specification.
 */
class SshKeyServiceTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake -> fake.addResource(new FakeSshKeys()).addResource(new FakeDroplets()));

  MockWebServer server;

  /** The extension's validating server; it is closed and checked for violations after each test. */
  @BeforeEach
  void useServer(MockWebServer server) {
    this.server = server;
  }

  static final SshPublicKey KEY = SshPublicKey.parse(TestKeys.ED25519);
  static final String MD5 = "89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01";

  static String keyJson(long id, String name) {
    return FakeJson.write(
        FakeJson.object(
            "ssh_key",
            FakeJson.object(
                "id", id, "fingerprint", MD5, "public_key", TestKeys.ED25519, "name", name)));
  }

  /** One page of {@code sshKeys_list} holding one key named {@code name}. */
  static MockResponse keysPage(long id, String name, Object links, long total) {
    return json(
        200,
        FakeJson.write(
            FakeJson.object(
                "ssh_keys",
                List.of(
                    FakeJson.object(
                        "id", id, "fingerprint", MD5, "public_key", name, "name", name)),
                "links",
                links,
                "meta",
                FakeJson.object("total", total))));
  }

  static MockResponse error(int code, String id) {
    return json(code, "{\"id\":\"" + id + "\",\"message\":\"m\",\"request_id\":\"r\"}");
  }

  static Object bodyTree(RecordedRequest request) {
    return FakeJson.parse(request.getBody().utf8());
  }

  // ---------------------------------------------------------------- requests, as sent

  static SshKeySpec spec(String name) {
    return SshKeySpec.builder().name(name).publicKey(KEY).build();
  }

  @Test
  void create_whenValidKey_postsNameAndCanonicalLine(TestClock clock) throws Exception {
    server.enqueue(json(201, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      SshKey key = Compute.sshKeys(client).create(spec(" deploy "));

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys");
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(bodyTree(request))
          .isEqualTo(FakeJson.object("name", "deploy", "public_key", TestKeys.ED25519));
      assertThat(key).isEqualTo(new SshKey(512189, MD5, TestKeys.ED25519, "deploy"));
    }
  }

  @Test
  void findByFingerprint_whenPresent_getsTheKeyByFingerprint(TestClock clock) throws Exception {
    server.enqueue(json(200, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).findByFingerprint(MD5.toUpperCase()))
          .contains(new SshKey(512189, MD5, TestKeys.ED25519, "deploy"));

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().pathSegments()).containsExactly("v2", "account", "keys", MD5);
      assertThat(request.getBodySize()).isZero();
    }
  }

  @Test
  void findByFingerprint_when404_isEmpty(TestClock clock) {
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).findByFingerprint(MD5)).isEmpty();
    }
  }

  @Test
  void findByFingerprint_whenNotAnMd5Fingerprint_refusesLocally(TestClock clock) {
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).findByFingerprint(KEY.sha256Fingerprint()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("md5Fingerprint()");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void get_whenId_getsByIdPath(TestClock clock) throws Exception {
    server.enqueue(json(200, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).get("512189").id()).isEqualTo(512189);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys/512189");
    }
  }

  @Test
  void apply_whenAbsent_looksUpByFingerprintThenPosts(TestClock clock) throws Exception {
    server.enqueue(error(404, "not_found"));
    server.enqueue(json(201, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      Applied<SshKey> applied = Compute.sshKeys(client).apply(spec("deploy"));

      assertThat(applied.created()).isTrue();
      assertThat(applied.diff().changes())
          .extracting(FieldChange::toString)
          .containsExactly("fingerprint = " + MD5, "name = deploy");
      RecordedRequest lookup = server.takeRequest();
      assertThat(lookup.getMethod()).isEqualTo("GET");
      assertThat(lookup.getUrl().pathSegments()).containsExactly("v2", "account", "keys", MD5);
      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(bodyTree(post))
          .isEqualTo(FakeJson.object("name", "deploy", "public_key", TestKeys.ED25519));
    }
  }

  @Test
  void apply_whenSameKeyAndName_sendsOnlyTheLookUp(TestClock clock) throws Exception {
    server.enqueue(json(200, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      Applied<SshKey> applied = Compute.sshKeys(client).apply(spec("deploy"));

      assertThat(applied.diff().isNone()).isTrue();
      assertThat(applied.resource().id()).isEqualTo(512189);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void apply_whenNameDiffers_putsTheNewNameById(TestClock clock) throws Exception {
    server.enqueue(json(200, keyJson(512189, "laptop")));
    server.enqueue(json(200, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      Applied<SshKey> applied = Compute.sshKeys(client).apply(spec("deploy"));

      assertThat(applied.diff().changes())
          .containsExactly(FieldChange.updated("name", "laptop", "deploy"));
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
      RecordedRequest put = server.takeRequest();
      assertThat(put.getMethod()).isEqualTo("PUT");
      assertThat(put.getUrl().encodedPath()).isEqualTo("/v2/account/keys/512189");
      assertThat(bodyTree(put)).isEqualTo(FakeJson.object("name", "deploy"));
      assertThat(applied.resource().name()).isEqualTo("deploy");
    }
  }

  @Test
  void update_whenTheSpecHoldsAnotherKey_isRefusedAfterReadingOnly(TestClock clock) {
    SshPublicKey other =
        SshPublicKey.parse(TestKeys.line("ssh-ed25519", TestKeys.ed25519Blob(), "x"));
    server.enqueue(json(200, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(
              () ->
                  Compute.sshKeys(client)
                      .update(
                          "512189", SshKeySpec.builder().name("deploy").publicKey(other).build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("fingerprint: " + MD5 + " → " + other.md5Fingerprint())
          .hasMessageContaining("nothing was sent");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void list_sendsPageAndPerPage(TestClock clock) throws Exception {
    server.enqueue(keysPage(1, "a", FakeJson.object(), 1));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      Page<SshKey> page = Compute.sshKeys(client).list(2, 5);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys");
      assertThat(request.getUrl().queryParameter("page")).isEqualTo("2");
      assertThat(request.getUrl().queryParameter("per_page")).isEqualTo("5");
      assertThat(page.items()).extracting(SshKey::id).containsExactly(1L);
    }
  }

  @Test
  void listAll_whenTwoPages_followsNextAndAsksFor200PerPage(TestClock clock) throws Exception {
    String next = server.url("/v2/account/keys?page=2&per_page=200").toString();
    server.enqueue(
        keysPage(1, "a", FakeJson.object("pages", FakeJson.object("next", next, "last", next)), 2));
    server.enqueue(keysPage(2, "b", FakeJson.object(), 2));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      List<SshKey> keys = Compute.sshKeys(client).listAll().toList();

      assertThat(keys).extracting(SshKey::id).containsExactly(1L, 2L);
      RecordedRequest first = server.takeRequest();
      assertThat(first.getMethod()).isEqualTo("GET");
      assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/account/keys");
      assertThat(first.getUrl().queryParameter("per_page")).isEqualTo("200");
      assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
    }
  }

  @Test
  void delete_whenExists_sendsDeleteAndIsDeleted(TestClock clock) throws Exception {
    server.enqueue(TestClients.noContent());
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).delete("512189")).isEqualTo(Deletion.DELETED);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys/512189");
    }
  }

  @Test
  void delete_whenKeyIsGone_isAlreadyDeletedByFingerprint(TestClock clock) throws Exception {
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).delete(KEY)).isEqualTo(Deletion.ALREADY_DELETED);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().pathSegments()).containsExactly("v2", "account", "keys", MD5);
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
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).get("1")).isInstanceOf(type);
    }
  }

  @Test
  void create_whenKeyAlreadyUploaded_throwsUnprocessable(TestClock clock) {
    server.enqueue(error(422, "unprocessable_entity"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).create(spec("deploy")))
          .isInstanceOf(UnprocessableException.class);
    }
  }

  @Test
  void apply_whenUploadLosesARace_findsTheKeyUploadedMeanwhileAndRenamesIt(TestClock clock)
      throws Exception {
    server.enqueue(error(404, "not_found"));
    server.enqueue(error(422, "unprocessable_entity"));
    server.enqueue(json(200, keyJson(7, "other")));
    server.enqueue(json(200, keyJson(7, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      Applied<SshKey> applied = Compute.sshKeys(client).apply(spec("deploy"));

      assertThat(applied.resource().id()).isEqualTo(7);
      assertThat(applied.diff().fields()).containsExactly("name");
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
      assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET"); // read once, then renamed
      assertThat(server.takeRequest().getMethod()).isEqualTo("PUT");
    }
  }

  @Test
  void apply_whenTheApiRefusesAndTheKeyIsStillAbsent_throwsTheRefusal(TestClock clock) {
    server.enqueue(error(404, "not_found"));
    server.enqueue(error(422, "unprocessable_entity"));
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).apply(spec("deploy")))
          .isInstanceOf(UnprocessableException.class);
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @Test
  void spec_whenLineIsWeakOrNameBlank_refusesLocallyWithBoth(TestClock clock) {
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> SshKeySpec.builder().name(" ").publicKey(TestKeys.RSA_2048).build())
          .isInstanceOfSatisfying(
              InvalidSpecException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::resource)
                      .containsExactly("ssh_key/<unnamed>.name", "ssh_key/<unnamed>.publicKey"));
      assertThat(server.getRequestCount()).isZero();
    }
  }

  // ---------------------------------------------------------------- behaviour, against the fake

  @Test
  void apply_whenRepeated_uploadsOnceThenSendsNoWrite(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);

      Applied<SshKey> first = keys.apply(spec("deploy"));
      Applied<SshKey> second =
          keys.apply(SshKeySpec.builder().name("deploy").publicKey(TestKeys.ED25519).build());

      assertThat(first.created()).isTrue();
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.resource()).isEqualTo(first.resource());
      assertThat(first.resource().fingerprint()).isEqualTo(KEY.md5Fingerprint());
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_UPDATE)).isZero();
      assertThat(fake.calls())
          .extracting(FakeCall::operationId)
          .isSubsetOf(SshKeyService.operations().stream().map(Operation::operationId).toList());
    }
  }

  @Test
  void apply_whenKeyWasUploadedElsewhere_renamesItInPlaceWithoutPosting(
      FakeDigitalOcean fake, TestClock clock) {
    Map<String, Object> seeded = FakeSshKeys.seed(fake.state(), "laptop", TestKeys.ED25519);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);

      Applied<SshKey> renamed = keys.apply(spec("deploy"));
      Applied<SshKey> again = keys.apply(spec("deploy"));

      assertThat(renamed.resource().id()).isEqualTo(seeded.get("id"));
      assertThat(renamed.resource().name()).isEqualTo("deploy");
      assertThat(renamed.diff().changes())
          .containsExactly(FieldChange.updated("name", "laptop", "deploy"));
      assertThat(again.diff().isNone()).isTrue();
      assertThat(keys.get(String.valueOf(seeded.get("id"))).name()).isEqualTo("deploy");
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isZero();
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_UPDATE)).isEqualTo(1);
    }
  }

  @Test
  void update_whenTheSpecHoldsAnotherKey_isRefusedAndSendsNoWrite(
      FakeDigitalOcean fake, TestClock clock) {
    Map<String, Object> seeded = FakeSshKeys.seed(fake.state(), "deploy", TestKeys.ED25519);
    SshPublicKey other =
        SshPublicKey.parse(TestKeys.line("ssh-ed25519", TestKeys.ed25519Blob(), "x"));
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(
              () ->
                  Compute.sshKeys(client)
                      .update(
                          String.valueOf(seeded.get("id")),
                          SshKeySpec.builder().name("renamed").publicKey(other).build()))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("fingerprint");
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_UPDATE)).isZero();
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isZero();
    }
  }

  @Test
  void create_whenResponseIsLost_findsTheKeyInsteadOfPostingAgain(
      FakeDigitalOcean fake, TestClock clock) {
    fake.disconnectNext("sshKeys_create");
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKey key = Compute.sshKeys(client).create(spec("deploy"));

      assertThat(key.fingerprint()).isEqualTo(KEY.md5Fingerprint());
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.state().table(FakeSshKeys.TABLE).size()).isEqualTo(1);
    }
  }

  @Test
  void deleteAndList_againstFake_removeOnlyThatKeyAndRepeatIdempotently(
      FakeDigitalOcean fake, TestClock clock) {
    SshPublicKey other =
        SshPublicKey.parse(TestKeys.line("ssh-ed25519", TestKeys.ed25519Blob(), "x"));
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);
      SshKey kept = keys.create(SshKeySpec.builder().name("kept").publicKey(other).build());
      SshKey gone = keys.create(spec("gone"));

      assertThat(keys.delete(String.valueOf(gone.id()))).isEqualTo(Deletion.DELETED);
      assertThat(keys.delete(String.valueOf(gone.id()))).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(keys.delete(KEY)).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(keys.listAll()).containsExactly(kept);
      assertThat(keys.findByFingerprint(KEY.md5Fingerprint())).isEmpty();
      assertThat(keys.find("kept")).contains(kept);
    }
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheKeyAsDeleted(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);
      SshKey key = keys.create(spec("deploy"));
      fake.disconnectNext(ComputeOperations.SSH_KEYS_DELETE.operationId());

      assertThat(keys.delete(String.valueOf(key.id()))).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(keys.findByFingerprint(KEY.md5Fingerprint())).isEmpty();
      assertThat(fake.state().table(FakeSshKeys.TABLE).size()).isZero();
    }
  }

  @Test
  void list_whenUnauthorized_throwsWithoutTheToken(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.SSH_KEYS_LIST, 401);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).listAll().toList())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining(TestClients.TOKEN_TEXT);
    }
  }

  @Test
  void list_whenForbidden_namesTheScope(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.SSH_KEYS_LIST, 403);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).listAll().toList())
          .isInstanceOfSatisfying(
              ForbiddenException.class,
              e -> assertThat(e.requiredScopes()).contains("ssh_key:read"));
    }
  }

  @Test
  void get_whenRateLimitedOnce_retriesAndSucceeds(FakeDigitalOcean fake, TestClock clock) {
    Map<String, Object> seeded = FakeSshKeys.seed(fake.state(), "laptop", TestKeys.ED25519);
    fake.rateLimitNext("sshKeys_get", 1);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThat(Compute.sshKeys(client).get(String.valueOf(seeded.get("id"))).name())
          .isEqualTo("laptop");
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_GET)).isEqualTo(2);
    }
  }

  @Test
  void get_whenMissing_throwsNotFound(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).get("999"))
          .isInstanceOf(NotFoundException.class);
    }
  }
}
