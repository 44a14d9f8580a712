package dev.seawall.networking.tag;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link TagService} method: method, path and JSON body of every request, each
 * validated against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class TagServiceRequestTest {
  private static final String NOT_FOUND =
      "{\"id\":\"not_found\",\"message\":\"The resource you requested could not be found.\"}";

  private DigitalOcean client;
  private TagService tags;
  private MockWebServer server;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.tags = Networking.tags(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String tag(String name) {
    return "{\"name\":\""
        + name
        + "\",\"resources\":{\"count\":0,\"last_tagged_uri\":\"\","
        + "\"droplets\":{\"count\":0,\"last_tagged_uri\":\"\"}}}";
  }

  @Test
  void get_getsByName() throws Exception {
    server.enqueue(json(200, "{\"tag\":" + tag("env:prod") + "}"));

    Tag tag = tags.get("env:prod");

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getUrl().pathSegments()).containsExactly("v2", "tags", "env:prod");
    assertThat(tag).isEqualTo(new Tag("env:prod"));
  }

  @Test
  void find_when404_isEmpty() {
    server.enqueue(json(404, NOT_FOUND));

    assertThat(tags.find("web")).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void getFindDelete_whenNotATagName_refusedLocally() {
    assertThatThrownBy(() -> tags.get("has space")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tags.find("a/b")).hasMessageContaining("is not a valid tag name");
    assertThatThrownBy(() -> tags.delete("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void apply_whenAbsent_looksUpByNameThenPostsTheName() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(201, "{\"tag\":" + tag("web") + "}"));

    Applied<Tag> applied = tags.apply(TagSpec.of("web"));

    RecordedRequest lookup = server.takeRequest();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/tags/web");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/tags");
    assertThat(bodyTree(post)).isEqualTo(tree("{'name':'web'}"));
    assertThat(applied.created()).isTrue();
    assertThat(applied.resource().name()).isEqualTo("web");
  }

  @Test
  void apply_whenPresent_sendsNoWrite() {
    server.enqueue(json(200, "{\"tag\":" + tag("web") + "}"));

    Applied<Tag> applied = tags.apply(TagSpec.of("web"));

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void update_whenTheSpecNamesAnotherTag_isRefusedAfterReadingOnly() {
    server.enqueue(json(200, "{\"tag\":" + tag("web") + "}"));

    assertThatThrownBy(() -> tags.update("web", TagSpec.of("api")))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("name: web → api");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void update_whenSameName_readsAndWritesNothing() {
    server.enqueue(json(200, "{\"tag\":" + tag("web") + "}"));

    assertThat(tags.update("web", TagSpec.of("web"))).isEqualTo(new Tag("web"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void list_whenPageRequested_sendsPageAndPerPage() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"tags\":["
                + tag("web")
                + ","
                + tag("db")
                + "],\"links\":{},\"meta\":{\"total\":2}}"));

    Page<Tag> page = tags.list(2, 50);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/tags");
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("50");
    assertThat(page.items()).extracting(Tag::name).containsExactly("web", "db");
  }

  @Test
  void delete_deletesByName() throws Exception {
    server.enqueue(noContent());

    assertThat(tags.delete("web")).isEqualTo(Deletion.DELETED);

    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/tags/web");
  }

  @Test
  void delete_when404_isAlreadyDeleted() {
    server.enqueue(json(404, NOT_FOUND));

    assertThat(tags.delete("web")).isEqualTo(Deletion.ALREADY_DELETED);
  }

  @Test
  void get_when404_throwsNotFound() {
    server.enqueue(json(404, NOT_FOUND));

    assertThatThrownBy(() -> tags.get("web")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void operations_coverEveryScopeTheServiceNeeds() {
    assertThat(Scopes.required(TagService.operations()))
        .containsExactly("tag:create", "tag:delete", "tag:read");
  }
}
