package dev.seawall.spaces.key;

import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Deletion;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeSpacesKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Spaces keys over the DigitalOcean API; every request is validated against the official spec. */
class SpacesKeyServiceTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeSpacesKeys()));

  private static final String SECRET = "RkFLRS1TRUNSRVQtbm90LXJlYWwtYnV0LWxvbmctZW5vdWdo";

  MockWebServer server;

  /** The extension's validating server; it is closed and checked for violations after each test. */
  @BeforeEach
  void useServer(MockWebServer server) {
    this.server = server;
  }

  private static Map<String, Object> keyJson(String name, String accessKey) {
    return FakeJson.object(
        "name",
        name,
        "access_key",
        accessKey,
        "grants",
        List.of(FakeJson.object("bucket", "acme-invoices", "permission", "read")),
        "created_at",
        "2026-01-02T03:04:05Z");
  }

  private static MockResponse emptyList() {
    return json(
        200,
        FakeJson.object(
            "keys", List.of(), "links", FakeJson.object(), "meta", FakeJson.object("total", 0)));
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // ------------------------------------------------------------------ requests, as sent

  @Test
  void create_whenScopedGrants_postsNameAndGrantsAndReturnsSecretOnce(TestClock clock)
      throws Exception {
    server.enqueue(emptyList());
    Map<String, Object> created = keyJson("invoices-reader", "DO00AAAABBBBCCCCDDDD");
    created.put("secret_key", SECRET);
    server.enqueue(json(201, FakeJson.object("key", created)));
    SpacesKeySpec spec =
        SpacesKeySpec.builder()
            .name("invoices-reader")
            .addGrant(SpacesKeyGrant.read("acme-invoices"))
            .build();

    try (DigitalOcean client = client(server, clock)) {
      SpacesKey key = Spaces.keys(client).create(spec);

      RecordedRequest lookup = server.takeRequest();
      assertThat(lookup.getMethod()).isEqualTo("GET");
      assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/spaces/keys");
      assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("invoices-reader");
      RecordedRequest post = server.takeRequest();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/spaces/keys");
      assertThat(FakeJson.parse(post.getBody().utf8()))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "invoices-reader",
                  "grants",
                  List.of(FakeJson.object("bucket", "acme-invoices", "permission", "read"))));
      assertThat(key.credentials()).contains(SpacesCredentials.of("DO00AAAABBBBCCCCDDDD", SECRET));
      assertThat(key.grants()).containsExactly(SpacesKeyGrant.read("acme-invoices"));
      assertThat(key.createdAt()).hasToString("2026-01-02T03:04:05Z");
      assertThat(key.toString()).contains("DO00AAAABBBBCCCCDDDD").doesNotContain(SECRET);
      assertThat(key.withoutCredentials().credentials()).isEmpty();
    }
  }

  @Test
  void create_whenFullAccessWithoutOptOut_refusesLocally() {
    assertThatThrownBy(
            () ->
                SpacesKeySpec.builder()
                    .name("admin")
                    .addGrant(new SpacesKeyGrant("", SpacesKeyPermission.FULL_ACCESS))
                    .build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-SP-006")
        .hasMessageContaining("allowFullAccess(Justification)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void create_withFullAccessOptOut_postsFullAccessGrant(TestClock clock) throws Exception {
    server.enqueue(emptyList());
    Map<String, Object> created =
        FakeJson.object(
            "name",
            "admin",
            "access_key",
            "DO00FULL0000000000000",
            "secret_key",
            SECRET,
            "grants",
            List.of(FakeJson.object("bucket", "", "permission", "fullaccess")),
            "created_at",
            "2026-01-02T03:04:05Z");
    server.enqueue(json(201, FakeJson.object("key", created)));
    SpacesKeySpec spec =
        SpacesKeySpec.builder()
            .name("admin")
            .addGrant(SpacesKeyGrant.read("old-grant-is-replaced"))
            .allowFullAccess(Justification.of("OPS-1: backup job"))
            .build();

    try (DigitalOcean client = client(server, clock)) {
      SpacesKey key = Spaces.keys(client).create(spec);

      server.takeRequest();
      assertThat(FakeJson.parse(server.takeRequest().getBody().utf8()))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "admin",
                  "grants",
                  List.of(FakeJson.object("bucket", "", "permission", "fullaccess"))));
      assertThat(new SpacesKeyAuditor().audit(key))
          .extracting(v -> v.ruleId())
          .containsExactly("SW-SP-006");
    }
  }

  @Test
  void rename_putsNameOnly(TestClock clock) throws Exception {
    server.enqueue(json(200, FakeJson.object("key", keyJson("new-name", "DO00AAAABBBBCCCCDDDD"))));

    try (DigitalOcean client = client(server, clock)) {
      SpacesKey key = Spaces.keys(client).rename("DO00AAAABBBBCCCCDDDD", " new-name ");

      RecordedRequest request = server.takeRequest();
      assertThat(request.getMethod()).isEqualTo("PUT");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/spaces/keys/DO00AAAABBBBCCCCDDDD");
      assertThat(FakeJson.parse(request.getBody().utf8()))
          .isEqualTo(FakeJson.object("name", "new-name"));
      assertThat(key.name()).isEqualTo("new-name");
    }
  }

  @Test
  void listAll_whenTwoPages_followsNextWith200PerPage(TestClock clock) throws Exception {
    String next = server.url("/v2/spaces/keys?page=2&per_page=200").toString();
    server.enqueue(
        json(
            200,
            FakeJson.object(
                "keys", List.of(keyJson("a", "DO00A")),
                "links", FakeJson.object("pages", FakeJson.object("next", next, "last", next)),
                "meta", FakeJson.object("total", 2))));
    server.enqueue(
        json(
            200,
            FakeJson.object(
                "keys", List.of(keyJson("b", "DO00B")),
                "links", FakeJson.object(),
                "meta", FakeJson.object("total", 2))));

    try (DigitalOcean client = client(server, clock)) {
      assertThat(Spaces.keys(client).listAll())
          .extracting(SpacesKey::accessKey)
          .containsExactly("DO00A", "DO00B");
      assertThat(server.takeRequest().getUrl().queryParameter("per_page")).isEqualTo("200");
      assertThat(server.takeRequest().getUrl().queryParameter("page")).isEqualTo("2");
    }
  }

  @Test
  void delete_whenAbsent_isAlreadyDeleted(TestClock clock) throws Exception {
    server.enqueue(
        json(404, FakeJson.object("id", "not_found", "message", "m", "request_id", "r")));
    server.enqueue(noContent());

    try (DigitalOcean client = client(server, clock)) {
      assertThat(Spaces.keys(client).delete("DO00GONE")).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(Spaces.keys(client).delete("DO00HERE")).isEqualTo(Deletion.DELETED);
      assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/spaces/keys/DO00HERE");
    }
  }

  @Test
  void create_when403_namesMissingScopeWithoutSecret(TestClock clock) {
    server.enqueue(emptyList());
    server.enqueue(
        json(
            403,
            FakeJson.object(
                "id", "forbidden", "message", "You are not authorized", "request_id", "r1")));

    try (DigitalOcean client = client(server, clock)) {
      assertThatThrownBy(
              () ->
                  Spaces.keys(client)
                      .create(
                          SpacesKeySpec.builder()
                              .name("k")
                              .addGrant(SpacesKeyGrant.read("acme-b"))
                              .build()))
          .isInstanceOf(ForbiddenException.class)
          .hasMessageContaining("spaces_key:create_credentials");
    }
  }

  // ------------------------------------------------------------------ against the fake

  @Test
  void lifecycle_againstFake_createGetRenameDelete(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      SpacesKey created =
          keys.create(
              SpacesKeySpec.builder()
                  .name("uploader")
                  .addGrant(SpacesKeyGrant.readWrite("acme-uploads"))
                  .addGrant(SpacesKeyGrant.read("acme-public"))
                  .build());
      String secret = created.credentials().orElseThrow().secretAccessKey();

      assertThat(secret).isNotBlank();
      assertThat(keys.get(created.accessKey())).isEqualTo(created.withoutCredentials());
      assertThat(keys.find("uploader")).contains(created.withoutCredentials());
      assertThat(keys.findByName("uploader")).containsExactly(created.withoutCredentials());
      assertThat(keys.rename(created.accessKey(), "uploader-2").name()).isEqualTo("uploader-2");
      assertThat(keys.listAll()).extracting(SpacesKey::name).containsExactly("uploader-2");
      assertThat(keys.listAll().toList().get(0).toString()).doesNotContain(secret);
      assertThat(new SpacesKeyAuditor().audit(keys.listAll().toList().get(0))).isEmpty();
      assertThat(keys.delete(created.accessKey())).isEqualTo(Deletion.DELETED);
      assertThat(keys.delete(created.accessKey())).isEqualTo(Deletion.ALREADY_DELETED);
      assertThatThrownBy(() -> keys.get(created.accessKey())).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> keys.rename(created.accessKey(), "x"))
          .isInstanceOf(NotFoundException.class);
    }
    fake.verifyNoProblems();
  }

  @Test
  void create_logsKeyIdButNeverSecret(FakeDigitalOcean fake, TestClock clock) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    SpacesKey created;
    try (DigitalOcean client = client(fake, clock)) {
      System.setErr(
          new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
      created =
          Spaces.keys(client)
              .create(
                  SpacesKeySpec.builder()
                      .name("logged")
                      .addGrant(SpacesKeyGrant.read("acme-logs"))
                      .build());
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(log).contains("created Spaces key logged (" + created.accessKey() + ")");
    assertThat(log).doesNotContain(created.credentials().orElseThrow().secretAccessKey());
  }

  @Test
  void create_whenResponseLost_doesNotResendAndNamesKeyToDelete(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      SpacesKey older =
          keys.create(
              SpacesKeySpec.builder().name("ci").addGrant(SpacesKeyGrant.read("acme-ci")).build());
      fake.disconnectNext("spacesKey_create");

      Throwable thrown =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  keys.create(
                      SpacesKeySpec.builder()
                          .name("ci")
                          .addGrant(SpacesKeyGrant.read("acme-ci"))
                          .build()));

      assertThat(thrown)
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining("secret was lost");
      List<SpacesKey> named = keys.findByName("ci");
      assertThat(named).hasSize(2);
      String orphan =
          named.stream()
              .map(SpacesKey::accessKey)
              .filter(a -> !a.equals(older.accessKey()))
              .findFirst()
              .orElseThrow();
      assertThat(thrown).hasMessageContaining(orphan).hasMessageNotContaining(older.accessKey());
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_CREATE)).isEqualTo(2);
      assertThat(stackTrace(thrown))
          .doesNotContain(older.credentials().orElseThrow().secretAccessKey());
    }
  }
}
