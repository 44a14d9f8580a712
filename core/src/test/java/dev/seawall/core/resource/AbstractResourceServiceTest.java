package dev.seawall.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.Thing;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parts of {@link AbstractResourceService} a kind inside another resource needs: the {@link
 * AbstractResourceService#request} hook adds the parent's path parameter to every request, and an
 * {@linkplain WireKind.Builder#unpaged() unpaged} list is read in one request and cut into pages.
 */
class AbstractResourceServiceTest extends MockServerTest {
  private static final String CLUSTER = "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30";

  private static final Operation LIST_USERS =
      Operation.of(
          "databases_list_users",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users",
          "database:read");
  private static final Operation GET_USER =
      Operation.of(
          "databases_get_user",
          HttpMethod.GET,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:read");
  private static final Operation DELETE_USER =
      Operation.of(
          "databases_delete_user",
          HttpMethod.DELETE,
          "/v2/databases/{database_cluster_uuid}/users/{username}",
          "database:delete");

  /** Users of one database cluster, reduced to what the base class does. */
  private static final class Users extends AbstractResourceService<String, Thing, Thing> {
    Users(DigitalOcean client) {
      super(
          client,
          WireKind.builder("database_user", Thing.class, thing -> thing)
              .envelope("user", "users")
              .list(LIST_USERS)
              .unpaged()
              .get(GET_USER, "username")
              .delete(DELETE_USER)
              .identity(Thing::id, Thing::name)
              .build());
    }

    @Override
    protected ApiRequest.Builder request(Operation operation) {
      return super.request(operation).pathParam("database_cluster_uuid", CLUSTER);
    }

    @Override
    protected Differ<String, Thing> differ() {
      return Differ.<String, Thing>builder().build();
    }

    @Override
    protected String name(String spec) {
      return spec;
    }

    @Override
    public Thing create(String spec) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected Thing change(Thing observed, String spec, Diff diff) {
      throw new UnsupportedOperationException();
    }
  }

  private static String users(String... names) {
    StringBuilder items = new StringBuilder();
    for (String name : names) {
      items.append(items.length() == 0 ? "" : ",");
      items.append("{\"id\":\"").append(name).append("\",\"name\":\"").append(name).append("\"}");
    }
    return "{\"users\":[" + items + "]}";
  }

  @Test
  void list_whenUnpaged_sendsOneRequestWithoutPagingAndCutsThePage() throws Exception {
    server.enqueue(Responses.json(200, users("a", "b", "c")));
    server.enqueue(Responses.json(200, users("a", "b", "c")));
    Users service = new Users(client);

    Page<Thing> second = service.list(2, 2);
    Page<Thing> first = service.list(1, 2);

    assertThat(second.items()).extracting(Thing::name).containsExactly("c");
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.hasNext()).isFalse();
    assertThat(first.next()).contains("/v2/databases/" + CLUSTER + "/users?page=2&per_page=2");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/databases/" + CLUSTER + "/users");
    assertThatThrownBy(() -> service.list(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAll_whenUnpaged_isLazyAndReadsOnce() throws Exception {
    server.enqueue(Responses.json(200, users("a", "b")));
    Users service = new Users(client);

    Stream<Thing> all = service.listAll();
    assertThat(server.getRequestCount()).isZero();

    assertThat(all).extracting(Thing::name).containsExactly("a", "b");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/databases/" + CLUSTER + "/users");
  }

  @Test
  void getAndDelete_carryTheParentFromTheRequestHook() throws Exception {
    server.enqueue(Responses.json(200, "{\"user\":{\"id\":\"app\",\"name\":\"app\"}}"));
    server.enqueue(Responses.error(404, "not_found", "gone"));
    Users service = new Users(client);

    assertThat(service.get("app").name()).isEqualTo("app");
    assertThat(service.delete("app")).isEqualTo(Deletion.ALREADY_DELETED);

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v2/databases/" + CLUSTER + "/users/app");
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
  }
}
