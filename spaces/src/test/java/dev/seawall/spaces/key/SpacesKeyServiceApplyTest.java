package dev.seawall.spaces.key;

import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeSpacesKeys;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SpacesKeyService} in the one vocabulary ({@code apply}, {@code update}, {@code get},
 * {@code list}, {@code delete}): requests as sent (validated against the official spec) and
 * behaviour against the fake.
 */
class SpacesKeyServiceApplyTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeSpacesKeys()));

  private static final String ACCESS_KEY = "DO00AAAABBBBCCCCDDDD";

  private static Map<String, Object> key(String name, Map<?, ?>... grants) {
    return FakeJson.object(
        "name",
        name,
        "access_key",
        ACCESS_KEY,
        "grants",
        List.of(grants),
        "created_at",
        "2026-01-02T03:04:05Z");
  }

  private static Map<String, Object> grant(String bucket, String permission) {
    return FakeJson.object("bucket", bucket, "permission", permission);
  }

  private static MockResponse list(Map<?, ?>... keys) {
    return json(
        200,
        FakeJson.object(
            "keys",
            List.of(keys),
            "links",
            FakeJson.object(),
            "meta",
            FakeJson.object("total", keys.length)));
  }

  private static SpacesKeySpec reader(SpacesKeyGrant... grants) {
    return SpacesKeySpec.builder().name("reader").grants(List.of(grants)).build();
  }

  // ------------------------------------------------------------------ requests, as sent

  @Test
  void apply_whenSameGrantsExist_listsByNameAndSendsNothingElse(
      MockWebServer server, TestClock clock) throws Exception {
    server.enqueue(list(key("reader", grant("acme-invoices", "read"))));

    try (DigitalOcean client = client(server, clock)) {
      Applied<SpacesKey> applied =
          Spaces.keys(client).apply(reader(SpacesKeyGrant.read("acme-invoices")));

      assertThat(applied.diff().isNone()).isTrue();
      assertThat(applied.resource().credentials()).isEmpty();
      RecordedRequest lookup = server.takeRequest();
      assertThat(lookup.getMethod()).isEqualTo("GET");
      assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("reader");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void apply_whenGrantsDiffer_putsTheNameAndTheNewGrants(MockWebServer server, TestClock clock)
      throws Exception {
    server.enqueue(list(key("reader", grant("acme-invoices", "read"))));
    server.enqueue(
        json(
            200,
            FakeJson.object(
                "key",
                key(
                    "reader",
                    grant("acme-invoices", "readwrite"),
                    grant("acme-reports", "read")))));

    try (DigitalOcean client = client(server, clock)) {
      Applied<SpacesKey> applied =
          Spaces.keys(client)
              .apply(
                  reader(
                      SpacesKeyGrant.readWrite("acme-invoices"),
                      SpacesKeyGrant.read("acme-reports")));

      assertThat(applied.updated()).isTrue();
      assertThat(applied.diff().changes())
          .containsExactly(
              FieldChange.removed("grants", "read:acme-invoices"),
              FieldChange.added("grants", "readwrite:acme-invoices"),
              FieldChange.added("grants", "read:acme-reports"));
      server.takeRequest();
      RecordedRequest put = server.takeRequest();
      assertThat(put.getMethod()).isEqualTo("PUT");
      assertThat(put.getUrl().encodedPath()).isEqualTo("/v2/spaces/keys/" + ACCESS_KEY);
      assertThat(FakeJson.parse(put.getBody().utf8()))
          .isEqualTo(
              FakeJson.object(
                  "name",
                  "reader",
                  "grants",
                  List.of(grant("acme-invoices", "readwrite"), grant("acme-reports", "read"))));
      assertThat(applied.resource().grants()).hasSize(2);
    }
  }

  @Test
  void apply_whenTheSpecConvertsToFullAccess_isRefusedAfterTheLookUpOnly(
      MockWebServer server, TestClock clock) {
    server.enqueue(list(key("reader", grant("acme-invoices", "read"))));
    SpacesKeySpec admin =
        SpacesKeySpec.builder()
            .name("reader")
            .allowFullAccess(Justification.of("OPS-3: migration"))
            .build();

    try (DigitalOcean client = client(server, clock)) {
      assertThatThrownBy(() -> Spaces.keys(client).apply(admin))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("Spaces key 'reader' (" + ACCESS_KEY + ")")
          .hasMessageContaining("fullaccess: false → true")
          .hasMessageContaining("nothing was sent");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void apply_whenTwoKeysHaveTheName_namesBothAndSendsNothing(
      MockWebServer server, TestClock clock) {
    Map<String, Object> second = key("reader", grant("acme-invoices", "read"));
    second.put("access_key", "DO00SECONDKEY");
    server.enqueue(list(key("reader", grant("acme-invoices", "read")), second));

    try (DigitalOcean client = client(server, clock)) {
      assertThatThrownBy(
              () -> Spaces.keys(client).apply(reader(SpacesKeyGrant.read("acme-invoices"))))
          .isInstanceOf(SeawallException.class)
          .hasMessageContaining(ACCESS_KEY)
          .hasMessageContaining("DO00SECONDKEY");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void get_getsByAccessKey(MockWebServer server, TestClock clock) throws Exception {
    server.enqueue(json(200, FakeJson.object("key", key("reader", grant("acme-a", "read")))));

    try (DigitalOcean client = client(server, clock)) {
      SpacesKey key = Spaces.keys(client).get(ACCESS_KEY);

      RecordedRequest get = server.takeRequest();
      assertThat(get.getMethod()).isEqualTo("GET");
      assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/spaces/keys/" + ACCESS_KEY);
      assertThat(key.grants()).containsExactly(SpacesKeyGrant.read("acme-a"));
      assertThat(key.credentials()).isEmpty();
    }
  }

  @Test
  void get_whenTheIdIsNotAnAccessKey_isRefusedBeforeSending(MockWebServer server, TestClock clock) {
    try (DigitalOcean client = client(server, clock)) {
      assertThatThrownBy(() -> Spaces.keys(client).get("../droplets"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void list_sendsPageAndPerPage(MockWebServer server, TestClock clock) throws Exception {
    server.enqueue(list(key("reader")));

    try (DigitalOcean client = client(server, clock)) {
      Page<SpacesKey> page = Spaces.keys(client).list(2, 10);

      RecordedRequest get = server.takeRequest();
      assertThat(get.getUrl().queryParameter("page")).isEqualTo("2");
      assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("10");
      assertThat(page.items()).extracting(SpacesKey::name).containsExactly("reader");
    }
  }

  @Test
  void operations_coverEveryScopeTheServiceNeeds() {
    assertThat(Scopes.required(SpacesKeyService.operations()))
        .containsExactly(
            "spaces_key:create_credentials",
            "spaces_key:delete",
            "spaces_key:read",
            "spaces_key:update");
  }

  // ------------------------------------------------------------------ against the fake

  @Test
  void apply_whenRepeated_createsOnceThenSendsNoWrite(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);

      Applied<SpacesKey> first = keys.apply(reader(SpacesKeyGrant.read("acme-a")));
      Applied<SpacesKey> second = keys.apply(reader(SpacesKeyGrant.read("acme-a")));

      assertThat(first.created()).isTrue();
      assertThat(first.resource().credentials()).isPresent();
      assertThat(second.diff().isNone()).isTrue();
      assertThat(second.resource().credentials()).isEmpty();
      assertThat(second.resource().accessKey()).isEqualTo(first.resource().accessKey());
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_CREATE)).isEqualTo(1);
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_UPDATE)).isZero();
    }
    fake.verifyNoProblems();
  }

  @Test
  void apply_whenGrantsChange_updatesTheKeyInPlace(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      SpacesKey created = keys.apply(reader(SpacesKeyGrant.read("acme-a"))).resource();

      Applied<SpacesKey> changed =
          keys.apply(reader(SpacesKeyGrant.read("acme-a"), SpacesKeyGrant.readWrite("acme-b")));
      Applied<SpacesKey> again =
          keys.apply(reader(SpacesKeyGrant.read("acme-a"), SpacesKeyGrant.readWrite("acme-b")));

      assertThat(changed.diff().changes())
          .containsExactly(FieldChange.added("grants", "readwrite:acme-b"));
      assertThat(changed.resource().accessKey()).isEqualTo(created.accessKey());
      assertThat(keys.get(created.accessKey()).grants())
          .containsExactlyInAnyOrder(
              SpacesKeyGrant.read("acme-a"), SpacesKeyGrant.readWrite("acme-b"));
      assertThat(again.diff().isNone()).isTrue();
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_UPDATE)).isEqualTo(1);
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_CREATE)).isEqualTo(1);
    }
    fake.verifyNoProblems();
  }

  @Test
  void update_whenTheSpecConvertsAFullAccessKey_sendsNothing(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      SpacesKey admin =
          keys.create(
              SpacesKeySpec.builder()
                  .name("reader")
                  .allowFullAccess(Justification.of("OPS-4: backup job"))
                  .build());

      assertThatThrownBy(
              () -> keys.update(admin.accessKey(), reader(SpacesKeyGrant.read("acme-a"))))
          .isInstanceOf(RefusedChangeException.class)
          .hasMessageContaining("fullaccess: true → false");
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_UPDATE)).isZero();
    }
  }

  @Test
  void apply_withAGeneratedSecret_neverShowsItInDiffsOrMessages(
      FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      Applied<SpacesKey> created = keys.apply(reader(SpacesKeyGrant.read("acme-a")));
      String secret = created.resource().credentials().orElseThrow().secretAccessKey();
      Throwable refused =
          org.assertj.core.api.Assertions.catchThrowable(
              () ->
                  keys.apply(
                      SpacesKeySpec.builder()
                          .name("reader")
                          .allowFullAccess(Justification.of("OPS-5: test"))
                          .build()));

      assertThat(secret).hasSizeGreaterThan(20);
      assertThat(created.diff().toString()).doesNotContain(secret);
      assertThat(created.toString()).doesNotContain(secret);
      assertThat(created.resource().toString()).doesNotContain(secret);
      assertThat(refused).isInstanceOf(RefusedChangeException.class);
      assertThat(refused.getMessage()).doesNotContain(secret);
      assertThat(((RefusedChangeException) refused).diff().toString()).doesNotContain(secret);
    }
  }

  @Test
  void delete_whenRepeatedOrTheAnswerIsLost_succeeds(FakeDigitalOcean fake, TestClock clock) {
    try (DigitalOcean client = client(fake, clock)) {
      SpacesKeyService keys = Spaces.keys(client);
      SpacesKey first = keys.create(reader(SpacesKeyGrant.read("acme-a")));
      SpacesKey second =
          keys.create(
              SpacesKeySpec.builder()
                  .name("writer")
                  .addGrant(SpacesKeyGrant.readWrite("acme-a"))
                  .build());
      fake.disconnectNext(SpacesOperations.SPACES_KEY_DELETE.operationId());

      // The first answer is lost after the key was deleted; the retry finds it gone.
      assertThat(keys.delete(first.accessKey())).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(keys.delete(first.accessKey())).isEqualTo(Deletion.ALREADY_DELETED);
      assertThat(keys.delete(second.accessKey())).isEqualTo(Deletion.DELETED);
      assertThat(keys.listAll()).isEmpty();
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_DELETE)).isEqualTo(4);
    }
  }
}
