package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.support.Examples;
import dev.seawall.core.support.MockServerTest;
import dev.seawall.core.support.Responses;
import dev.seawall.core.support.Thing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ApiPaginationTest extends MockServerTest {
  private static String page(List<Integer> ids, long total, String next) {
    String items =
        ids.stream()
            .map(i -> "{\"id\":\"" + i + "\",\"name\":\"thing-" + i + "\"}")
            .collect(Collectors.joining(","));
    String links = next == null ? "{}" : "{\"pages\":{\"next\":\"" + next + "\"}}";
    return "{\"firewalls\":["
        + items
        + "],\"links\":"
        + links
        + ",\"meta\":{\"total\":"
        + total
        + "}}";
  }

  private static List<Integer> range(int fromInclusive, int toInclusive) {
    return IntStream.rangeClosed(fromInclusive, toInclusive).boxed().toList();
  }

  private Stream<Thing> listAll(ApiRequest request) {
    return client.api().listAll(request, "firewalls", Thing.class, Thing::id);
  }

  private String link(int page) {
    return server.url("/v2/firewalls?page=" + page + "&per_page=200").toString();
  }

  @Test
  void listAll_when601ItemsWithOneRepeatedAcrossPages_yieldsEachOnceFollowingNextLinks()
      throws Exception {
    // page 2 repeats item 200 (as if an item was inserted before it while listing)
    server.enqueue(Responses.json(200, page(range(1, 200), 601, link(2))));
    server.enqueue(Responses.json(200, page(range(200, 399), 601, link(3))));
    server.enqueue(Responses.json(200, page(range(400, 599), 601, link(4))));
    server.enqueue(Responses.json(200, page(range(600, 601), 601, null)));

    List<Thing> all = listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList();

    assertThat(all).extracting(Thing::id).doesNotHaveDuplicates().hasSize(601);
    assertThat(all.get(600).id()).isEqualTo("601");
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      targets.add(server.takeRequest().getTarget());
    }
    assertThat(targets)
        .containsExactly(
            "/v2/firewalls?per_page=200",
            "/v2/firewalls?page=2&per_page=200",
            "/v2/firewalls?page=3&per_page=200",
            "/v2/firewalls?page=4&per_page=200");
  }

  @Test
  void listAll_isLazy_sendsNoRequestUntilConsumedAndStopsEarly() {
    server.enqueue(Responses.json(200, page(range(1, 200), 400, link(2))));

    Stream<Thing> stream = listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build());
    assertThat(server.getRequestCount()).isZero();

    assertThat(stream.limit(3)).extracting(Thing::id).containsExactly("1", "2", "3");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void listAll_whenDistinctCountDiffersFromMetaTotal_throwsReadableError() {
    server.enqueue(Responses.json(200, page(range(1, 3), 5, link(2))));
    server.enqueue(Responses.json(200, page(range(3, 4), 5, null)));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("firewalls_list")
        .hasMessageContaining("4 distinct items but meta.total is 5");
  }

  @Test
  void listAll_whenNextLinkNamesAnotherHost_requestsThePageFromTheConfiguredBaseUrl()
      throws Exception {
    server.enqueue(
        Responses.json(
            200,
            page(range(1, 2), 3, "https://evil.example.com/v2/firewalls?page=2&per_page=200")));
    server.enqueue(Responses.json(200, page(range(3, 3), 3, null)));

    List<Thing> all = listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList();

    assertThat(all).hasSize(3);
    server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(second.getUrl().host()).isEqualTo(server.url("/").host());
    assertThat(second.getTarget()).isEqualTo("/v2/firewalls?page=2&per_page=200");
  }

  @Test
  void listAll_whenNextLinkIsAnotherPath_refusesToFollowIt() {
    server.enqueue(
        Responses.json(200, page(range(1, 2), 3, server.url("/v2/account?page=2").toString())));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("refusing to follow");
  }

  @Test
  void listAll_whenItemsArrayIsNull_yieldsNothing() {
    server.enqueue(Responses.json(200, "{\"firewalls\":null,\"links\":{},\"meta\":{\"total\":0}}"));

    assertThat(listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList()).isEmpty();
  }

  @Test
  void page_whenItemsArrayIsNull_isEmpty() {
    server.enqueue(Responses.json(200, "{\"firewalls\":null}"));

    Page<Thing> page =
        client
            .api()
            .page(ApiRequest.of(Examples.FIREWALLS_LIST).build(), "firewalls", Thing.class, 1, 20);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void call_whenListUnderEnvelopeIsNull_returnsEmptyList() {
    server.enqueue(Responses.json(200, "{\"firewalls\":null}"));

    List<Thing> things =
        client
            .api()
            .call(
                ApiRequest.of(Examples.FIREWALLS_LIST).build(),
                "firewalls",
                com.squareup.moshi.Types.newParameterizedType(List.class, Thing.class));

    assertThat(things).isEmpty();
  }

  @Test
  void listAll_keepsQueryParametersAndReplacesPerPage() throws Exception {
    server.enqueue(Responses.json(200, page(range(1, 1), 1, null)));

    listAll(
            ApiRequest.of(Examples.DROPLETS_LIST)
                .query("tag_name", "web")
                .query("per_page", 5)
                .build())
        .toList();

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v2/droplets?tag_name=web&per_page=200");
  }

  @Test
  void page_addsPageAndPerPage_andReadsTotalAndNext() throws Exception {
    server.enqueue(Responses.json(200, page(range(21, 30), 95, link(4))));

    Page<Thing> page =
        client
            .api()
            .page(ApiRequest.of(Examples.FIREWALLS_LIST).build(), "firewalls", Thing.class, 3, 10);

    assertThat(page.items()).hasSize(10);
    assertThat(page.total()).isEqualTo(95);
    assertThat(page.next()).contains(link(4));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/firewalls?page=3&per_page=10");
  }

  @Test
  void page_whenPerPageAbove200_isRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () ->
                client
                    .api()
                    .page(
                        ApiRequest.of(Examples.FIREWALLS_LIST).build(),
                        "firewalls",
                        Thing.class,
                        1,
                        201))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listAll_whenPageLacksTheItemsKey_throwsReadableApiException() {
    server.enqueue(Responses.json(200, "{\"droplets\":[],\"links\":{},\"meta\":{\"total\":0}}"));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.requestId()).contains("req-200");
              assertThat(e.getMessage())
                  .contains("firewalls_list GET /v2/firewalls")
                  .contains("no 'firewalls' array");
            });
  }

  @Test
  void listAll_whenNextLinkPointsBackToAPageAlreadyRead_stopsWithReadableError() {
    server.enqueue(Responses.json(200, page(range(1, 2), 6, link(2))));
    server.enqueue(Responses.json(200, page(range(3, 4), 6, link(2))));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("points back to a page already read");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAll_whenPagesWithoutNewItemsKeepNamingANextPage_stops() {
    server.enqueue(Responses.json(200, page(range(1, 2), 99, link(2))));
    server.enqueue(Responses.json(200, page(List.of(), 99, link(3))));
    server.enqueue(Responses.json(200, page(List.of(), 99, link(4))));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("a page without any new item names a next page");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAll_whenAPageOnlyRepeatsItemsAndNamesANextPage_stops() {
    server.enqueue(Responses.json(200, page(range(1, 2), 99, link(2))));
    server.enqueue(Responses.json(200, page(range(1, 2), 99, link(3))));

    assertThatThrownBy(() -> listAll(ApiRequest.of(Examples.FIREWALLS_LIST).build()).toList())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("without any new item");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
