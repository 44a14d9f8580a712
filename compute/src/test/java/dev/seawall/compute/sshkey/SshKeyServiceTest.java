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
import dev.seawall.core.UnauthorizedException;
import dev.seawall.core.UnprocessableException;
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

  static MockResponse error(int code, String id) {
    return json(code, "{\"id\":\"" + id + "\",\"message\":\"m\",\"request_id\":\"r\"}");
  }

  static Object bodyTree(RecordedRequest request) {
    return FakeJson.parse(request.getBody().utf8());
  }

  // ---------------------------------------------------------------- requests, as sent

  @Test
  void upload_whenValidKey_postsNameAndCanonicalLine(TestClock clock) throws Exception {
    server.enqueue(json(201, keyJson(512189, "deploy")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      SshKey key = Compute.sshKeys(client).upload(" deploy ", KEY);

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
      assertThat(Compute.sshKeys(client).get(512189).id()).isEqualTo(512189);

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys/512189");
    }
  }

  @Test
  void list_whenTwoPages_followsNextAndAsksFor200PerPage(TestClock clock) throws Exception {
    String next = server.url("/v2/account/keys?page=2&per_page=200").toString();
    server.enqueue(
        json(
            200,
            FakeJson.write(
                FakeJson.object(
                    "ssh_keys",
                    List.of(
                        FakeJson.object(
                            "id", 1L, "fingerprint", MD5, "public_key", "a", "name", "a")),
                    "links",
                    FakeJson.object("pages", FakeJson.object("next", next, "last", next)),
                    "meta",
                    FakeJson.object("total", 2L)))));
    server.enqueue(
        json(
            200,
            FakeJson.write(
                FakeJson.object(
                    "ssh_keys",
                    List.of(
                        FakeJson.object(
                            "id", 2L, "fingerprint", MD5, "public_key", "b", "name", "b")),
                    "links",
                    FakeJson.object(),
                    "meta",
                    FakeJson.object("total", 2L)))));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      List<SshKey> keys = Compute.sshKeys(client).list();

      assertThat(keys).extracting(SshKey::id).containsExactly(1L, 2L);
      RecordedRequest first = server.takeRequest();
      assertThat(first.getMethod()).isEqualTo("GET");
      assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/account/keys");
      assertThat(first.getUrl().queryParameter("per_page")).isEqualTo("200");
      assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
    }
  }

  @Test
  void delete_whenExists_sendsDeleteAndIsTrue(TestClock clock) throws Exception {
    server.enqueue(TestClients.noContent());
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).delete(512189)).isTrue();

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/account/keys/512189");
    }
  }

  @Test
  void delete_when404_isFalse(TestClock clock) {
    server.enqueue(error(404, "not_found"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThat(Compute.sshKeys(client).delete(KEY)).isFalse();
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
      assertThatThrownBy(() -> Compute.sshKeys(client).get(1)).isInstanceOf(type);
    }
  }

  @Test
  void upload_whenKeyAlreadyUploaded_throwsUnprocessable(TestClock clock) {
    server.enqueue(error(422, "unprocessable_entity"));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).upload("deploy", KEY))
          .isInstanceOf(UnprocessableException.class);
    }
  }

  @Test
  void ensure_whenUploadLosesARace_findsTheKeyUploadedMeanwhile(TestClock clock) throws Exception {
    server.enqueue(error(404, "not_found"));
    server.enqueue(error(422, "unprocessable_entity"));
    server.enqueue(json(200, keyJson(7, "other")));
    try (DigitalOcean client = TestClients.client(server, clock)) {
      SshKey key = Compute.sshKeys(client).ensure("deploy", KEY);

      assertThat(key.id()).isEqualTo(7);
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
      assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
      assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    }
  }

  @Test
  void upload_whenLineIsWeak_refusesLocally(TestClock clock) {
    try (DigitalOcean client = TestClients.client(server, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).upload("old", TestKeys.RSA_2048))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Compute.sshKeys(client).ensure(" ", KEY))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  // ---------------------------------------------------------------- behaviour, against the fake

  @Test
  void ensure_whenCalledTwice_uploadsOnceAndReusesTheKey(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);

      SshKey first = keys.ensure("deploy", KEY);
      SshKey second = keys.ensure("renamed", TestKeys.ED25519);

      assertThat(second).isEqualTo(first);
      assertThat(first.fingerprint()).isEqualTo(KEY.md5Fingerprint());
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.calls())
          .extracting(FakeCall::operationId)
          .isSubsetOf(
              SshKeyService.ENSURE_OPERATIONS.stream().map(Operation::operationId).toList());
    }
  }

  @Test
  void ensure_whenKeyWasUploadedElsewhere_reusesItWithoutPosting(
      FakeDigitalOcean fake, TestClock clock) {
    Map<String, Object> seeded = FakeSshKeys.seed(fake.state(), "laptop", TestKeys.ED25519);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKey key = Compute.sshKeys(client).ensure("deploy", KEY);

      assertThat(key.id()).isEqualTo(seeded.get("id"));
      assertThat(key.name()).isEqualTo("laptop");
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isZero();
    }
  }

  @Test
  void upload_whenResponseIsLost_findsTheKeyInsteadOfPostingAgain(
      FakeDigitalOcean fake, TestClock clock) {
    fake.disconnectNext("sshKeys_create");
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKey key = Compute.sshKeys(client).upload("deploy", KEY);

      assertThat(key.fingerprint()).isEqualTo(KEY.md5Fingerprint());
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_CREATE)).isEqualTo(1);
      assertThat(fake.state().table(FakeSshKeys.TABLE).size()).isEqualTo(1);
    }
  }

  @Test
  void deleteAndList_againstFake_removeOnlyThatKey(FakeDigitalOcean fake, TestClock clock) {
    SshPublicKey other =
        SshPublicKey.parse(TestKeys.line("ssh-ed25519", TestKeys.ed25519Blob(), "x"));
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      SshKeyService keys = Compute.sshKeys(client);
      SshKey kept = keys.upload("kept", other);
      keys.upload("gone", KEY);

      assertThat(keys.delete(KEY)).isTrue();
      assertThat(keys.delete(KEY)).isFalse();
      assertThat(keys.list()).containsExactly(kept);
      assertThat(keys.find(KEY)).isEmpty();
    }
  }

  @Test
  void list_whenUnauthorized_throwsWithoutTheToken(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.SSH_KEYS_LIST, 401);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).list())
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageNotContaining(TestClients.TOKEN_TEXT);
    }
  }

  @Test
  void list_whenForbidden_namesTheScope(FakeDigitalOcean fake, TestClock clock) {
    fake.failNext(ComputeOperations.SSH_KEYS_LIST, 403);
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).list())
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
      assertThat(Compute.sshKeys(client).get((Long) seeded.get("id")).name()).isEqualTo("laptop");
      assertThat(fake.callCount(ComputeOperations.SSH_KEYS_GET)).isEqualTo(2);
    }
  }

  @Test
  void get_whenMissing_throwsNotFound(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = TestClients.client(fake, clock)) {
      assertThatThrownBy(() -> Compute.sshKeys(client).get(999))
          .isInstanceOf(NotFoundException.class);
    }
  }
}
