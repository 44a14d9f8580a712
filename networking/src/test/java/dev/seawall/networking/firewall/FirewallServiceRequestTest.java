package dev.seawall.networking.firewall;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link FirewallService} method: method, path and JSON body of every request, each
 * validated against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class FirewallServiceRequestTest {
  private static final String ID = "bb4b2611-3d72-467b-8602-280330ecd65c";

  private static final String FIREWALL =
      "{'id':'"
          + ID
          + "','name':'web','status':'%s','created_at':'2026-01-01T00:00:00Z',"
          + "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'tags':['lb']}}],"
          + "'outbound_rules':[{'protocol':'udp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
          + "{'protocol':'tcp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
          + "{'protocol':'tcp','ports':'443','destinations':{'addresses':['0.0.0.0/0','::/0']}}],"
          + "'droplet_ids':[],'tags':['web'],'pending_changes':[]}";

  private DigitalOcean client;
  private FirewallService firewalls;
  private MockWebServer server;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.firewalls = Networking.firewalls(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String firewall(String status) {
    return String.format(FIREWALL, status).replace('\'', '"');
  }

  private static FirewallSpec spec() {
    return FirewallSpec.builder()
        .name("web")
        .addInboundRule(InboundRule.tcp(443, Targets.ofTags("lb")))
        .outbound(OutboundPreset.DNS_AND_HTTPS)
        .tags("web")
        .build();
  }

  private static final Object SPEC_BODY =
      tree(
          "{'name':'web',"
              + "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'tags':['lb']}}],"
              + "'outbound_rules':["
              + "{'protocol':'udp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
              + "{'protocol':'tcp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
              + "{'protocol':'tcp','ports':'443','destinations':{'addresses':['0.0.0.0/0','::/0']}}],"
              + "'droplet_ids':[],'tags':['web']}");

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  private static String list(String... firewalls) {
    return "{\"firewalls\":["
        + String.join(",", firewalls)
        + "],\"links\":{},\"meta\":{\"total\":"
        + firewalls.length
        + "}}";
  }

  @Test
  void create_whenSucceededAtOnce_postsFullSpecAndDoesNotPoll() throws Exception {
    server.enqueue(json(202, "{\"firewall\":" + firewall("succeeded") + "}"));

    Firewall created = firewalls.create(spec());

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/firewalls");
    assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(bodyTree(post)).isEqualTo(SPEC_BODY);
    assertThat(created.id()).isEqualTo(ID);
    assertThat(created.status()).isEqualTo(Firewall.Status.SUCCEEDED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_whenWaiting_pollsGetUntilSucceeded(TestClock clock) throws Exception {
    server.enqueue(json(202, "{\"firewall\":" + firewall("waiting") + "}"));
    server.enqueue(json(200, "{\"firewall\":" + firewall("waiting") + "}"));
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));

    Firewall created = firewalls.create(spec());

    assertThat(take().getMethod()).isEqualTo("POST");
    RecordedRequest poll = take();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(take().getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(created.status()).isEqualTo(Firewall.Status.SUCCEEDED);
    assertThat(clock.slept()).isPositive();
  }

  @Test
  void get_whenExists_getsById() throws Exception {
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));

    Firewall firewall = firewalls.get(ID);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(firewall.inboundRules()).containsExactly(InboundRule.tcp(443, Targets.ofTags("lb")));
    assertThat(firewall.outboundRules()).isEqualTo(OutboundPreset.DNS_AND_HTTPS.rules());
    assertThat(firewall.tags()).containsExactly("web");
  }

  @Test
  void list_whenPageRequested_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, list(firewall("succeeded"))));

    Page<Firewall> page = firewalls.list(2, 50);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/firewalls");
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("50");
    assertThat(page.items()).extracting(Firewall::name).containsExactly("web");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void listAll_whenOnePage_requestsPagesOf200() throws Exception {
    server.enqueue(json(200, list(firewall("succeeded"))));

    List<Firewall> all = firewalls.listAll().toList();

    RecordedRequest get = take();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/firewalls");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("200");
    assertThat(all).hasSize(1);
  }

  @Test
  void find_whenPresent_listsAndFilters() throws Exception {
    server.enqueue(json(200, list(firewall("succeeded"))));

    assertThat(firewalls.find("web")).map(Firewall::id).contains(ID);
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/firewalls");
  }

  @Test
  void update_whenSpecDiffers_getsThenPutsFullRepresentation() throws Exception {
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));
    FirewallSpec changed =
        spec().toBuilder().addInboundRule(InboundRule.tcp(22, Targets.ofTags("bastion"))).build();

    firewalls.update(ID, changed);

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(bodyTree(put))
        .isEqualTo(
            tree(
                "{'name':'web',"
                    + "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'tags':['lb']}},"
                    + "{'protocol':'tcp','ports':'22','sources':{'tags':['bastion']}}],"
                    + "'outbound_rules':["
                    + "{'protocol':'udp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
                    + "{'protocol':'tcp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
                    + "{'protocol':'tcp','ports':'443','destinations':{'addresses':['0.0.0.0/0','::/0']}}],"
                    + "'droplet_ids':[],'tags':['web']}"));
  }

  @Test
  void update_whenNothingChanged_sendsNoPut() throws Exception {
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));

    Firewall result = firewalls.update(ID, spec());

    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(result.id()).isEqualTo(ID);
  }

  @Test
  void updateWithChange_readsModifiesAndWritesEverything() throws Exception {
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));

    firewalls.update(ID, b -> b.addDropletId(8043964L));

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    Object expected =
        tree(
            "{'name':'web',"
                + "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'tags':['lb']}}],"
                + "'outbound_rules':["
                + "{'protocol':'udp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
                + "{'protocol':'tcp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}},"
                + "{'protocol':'tcp','ports':'443','destinations':{'addresses':['0.0.0.0/0','::/0']}}],"
                + "'droplet_ids':[8043964],'tags':['web']}");
    assertThat(bodyTree(put)).isEqualTo(expected);
  }

  @Test
  void apply_whenAbsent_listsThenCreates() throws Exception {
    server.enqueue(json(200, list()));
    server.enqueue(json(202, "{\"firewall\":" + firewall("succeeded") + "}"));

    Applied<Firewall> applied = firewalls.apply(spec());

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post)).isEqualTo(SPEC_BODY);
    assertThat(applied.created()).isTrue();
  }

  @Test
  void apply_whenSameRulesReportedInOtherOrderAndGrouping_sendsNothing() throws Exception {
    String regrouped =
        ("{'id':'"
                + ID
                + "','name':'web','status':'succeeded','created_at':'2026-01-01T00:00:00Z',"
                + "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'tags':['lb']}}],"
                + "'outbound_rules':["
                + "{'protocol':'tcp','ports':'443','destinations':{'addresses':['::/0','0.0.0.0/0']}},"
                + "{'protocol':'udp','ports':'53','destinations':{'addresses':['::/0']}},"
                + "{'protocol':'udp','ports':'53','destinations':{'addresses':['0.0.0.0/0']}},"
                + "{'protocol':'tcp','ports':'53','destinations':{'addresses':['0.0.0.0/0','::/0']}}],"
                + "'droplet_ids':[],'tags':['web'],'pending_changes':[]}")
            .replace('\'', '"');
    server.enqueue(json(200, list(regrouped)));

    Applied<Firewall> applied = firewalls.apply(spec());

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(applied.diff().isNone()).isTrue();
    assertThat(applied.resource().outboundRules()).hasSize(4);
  }

  @Test
  void apply_whenSomeoneOpenedSsh_putsTheSpecAndReportsTheRemovedRule() throws Exception {
    String opened =
        firewall("succeeded")
            .replace(
                "\"inbound_rules\":[",
                "\"inbound_rules\":[{\"protocol\":\"tcp\",\"ports\":\"22\","
                    + "\"sources\":{\"addresses\":[\"0.0.0.0/0\"]}},");
    server.enqueue(json(200, list(opened)));
    server.enqueue(json(200, "{\"firewall\":" + firewall("succeeded") + "}"));

    Applied<Firewall> applied = firewalls.apply(spec());

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(bodyTree(put)).isEqualTo(SPEC_BODY);
    assertThat(applied.updated()).isTrue();
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.removed("inbound_rules", "tcp 22 from 0.0.0.0/0"));
  }

  /** The API writes an empty array as {@code null}; it reads as empty, never as a change. */
  @Test
  void diff_whenTheApiWritesNullForEmptyArrays_isNone() {
    String nulls =
        firewall("succeeded")
            .replaceFirst("\"outbound_rules\":\\[.*?}}],", "\"outbound_rules\":null,")
            .replace("\"droplet_ids\":[]", "\"droplet_ids\":null");
    assertThat(nulls).contains("\"outbound_rules\":null", "\"droplet_ids\":null");
    server.enqueue(json(200, list(nulls)));

    Diff diff =
        firewalls.diff(
            FirewallSpec.builder()
                .name("web")
                .addInboundRule(InboundRule.tcp(443, Targets.ofTags("lb")))
                .tags("web")
                .build());

    assertThat(diff.isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void addDroplets_postsDropletIds() throws Exception {
    server.enqueue(noContent());

    firewalls.addDroplets(ID, 8043964L, 8043965L);

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/firewalls/" + ID + "/droplets");
    assertThat(bodyTree(post)).isEqualTo(tree("{'droplet_ids':[8043964,8043965]}"));
  }

  @Test
  void removeDroplets_deletesWithDropletIdsBody() throws Exception {
    server.enqueue(noContent());

    firewalls.removeDroplets(ID, 8043964L);

    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/firewalls/" + ID + "/droplets");
    assertThat(bodyTree(delete)).isEqualTo(tree("{'droplet_ids':[8043964]}"));
  }

  @Test
  void addTags_postsTags() throws Exception {
    server.enqueue(noContent());

    firewalls.addTags(ID, "frontend", "env:prod");

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/firewalls/" + ID + "/tags");
    assertThat(bodyTree(post)).isEqualTo(tree("{'tags':['frontend','env:prod']}"));
  }

  @Test
  void removeTags_deletesWithTagsBody() throws Exception {
    server.enqueue(noContent());

    firewalls.removeTags(ID, "frontend");

    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/firewalls/" + ID + "/tags");
    assertThat(bodyTree(delete)).isEqualTo(tree("{'tags':['frontend']}"));
  }

  @Test
  void delete_deletesById() throws Exception {
    server.enqueue(noContent());

    assertThat(firewalls.delete(ID)).isEqualTo(Deletion.DELETED);

    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/firewalls/" + ID);
    assertThat(delete.getBodySize()).isZero();
  }

  @Test
  void delete_when404_isAlreadyDeleted() throws Exception {
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"The resource was not found.\"}"));

    assertThat(firewalls.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(take().getMethod()).isEqualTo("DELETE");
  }

  @Test
  void awaitSucceeded_whenFailed_throwsWaitFailed() {
    server.enqueue(json(200, "{\"firewall\":" + firewall("waiting") + "}"));
    server.enqueue(json(200, "{\"firewall\":" + firewall("failed") + "}"));

    assertThatThrownBy(() -> firewalls.awaitSucceeded(ID, Duration.ofMinutes(1)))
        .isInstanceOf(dev.seawall.core.WaitFailedException.class)
        .hasMessageContaining("status failed");
  }

  @Test
  void addDroplets_whenMoreThanTenOrInvalid_refusedLocally() {
    assertThatThrownBy(() -> firewalls.addDroplets(ID, LongStream.rangeClosed(1, 11).toArray()))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("use addTags(...)");
    assertThatThrownBy(() -> firewalls.addTags(ID, "has space"))
        .isInstanceOf(InvalidSpecException.class);
    assertThatThrownBy(() -> firewalls.removeDroplets(ID, List.of()))
        .isInstanceOf(InvalidSpecException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void operations_coverEveryScopeTheServiceNeeds() {
    assertThat(dev.seawall.core.Scopes.required(FirewallService.operations()))
        .containsExactly("firewall:create", "firewall:delete", "firewall:read", "firewall:update");
  }
}
