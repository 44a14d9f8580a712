package dev.seawall.databases.cluster;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.Page;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.Databases;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserService;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requests of {@link DatabaseClusterService} and {@link DatabaseUserService}: method, path and
 * JSON body, each request validated against the official OpenAPI specification by {@link
 * ContractTest}.
 */
@ContractTest
class DatabaseClusterServiceRequestTest {
  private static final String ID = ClusterFixtures.ID;
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";

  private MockWebServer server;
  private DigitalOcean client;
  private DatabaseClusterService clusters;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.clusters = Databases.clusters(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String cluster(String name, int numNodes, String version) {
    return ("{'id':'"
            + ID
            + "','name':'"
            + name
            + "','engine':'pg','version':'"
            + version
            + "','num_nodes':"
            + numNodes
            + ",'size':'db-s-1vcpu-2gb','region':'fra1','status':'online',"
            + "'private_network_uuid':'"
            + VPC
            + "','tags':[]}")
        .replace('\'', '"');
  }

  private static MockResponse one(String cluster) {
    return json(200, "{\"database\":" + cluster + "}");
  }

  private static MockResponse list(String... clusters) {
    return json(200, "{\"databases\":[" + String.join(",", clusters) + "]}");
  }

  private static MockResponse firewall() {
    return json(
        200,
        tree(
            "{'rules':[{'uuid':'79f26d28-ea8a-41f2-8ad8-8cfcdd020095','cluster_uuid':'"
                + ID
                + "','type':'tag','value':'orders-api','created_at':'2026-01-11T18:37:36Z'}]}"));
  }

  private static MockResponse accepted() {
    return new MockResponse.Builder().code(202).body("").build();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  @Test
  void apply_whenAbsent_listsWithoutPagingThenPostsTheClusterWithItsTrustedSources()
      throws Exception {
    server.enqueue(list());
    server.enqueue(json(201, "{\"database\":" + cluster("orders-db", 1, "17") + "}"));
    server.enqueue(one(cluster("orders-db", 1, "17")));
    server.enqueue(one(cluster("orders-db", 1, "17")));
    server.enqueue(firewall());

    Applied<DatabaseCluster> applied = clusters.apply(DatabaseClusterSpecTest.valid().build());

    RecordedRequest lookup = take();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getTarget()).isEqualTo("/v2/databases");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/databases");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'orders-db','engine':'pg','version':'17','num_nodes':1,"
                    + "'size':'db-s-1vcpu-2gb','region':'fra1','private_network_uuid':'"
                    + VPC
                    + "','rules':[{'type':'tag','value':'orders-api'}]}"));
    assertThat(applied.created()).isTrue();
    assertThat(applied.resource().trustedSources().orElseThrow()).hasSize(1);
  }

  @Test
  void apply_whenNodesDiffer_putsTheResizeWithSizeAndNodes() throws Exception {
    server.enqueue(list(cluster("orders-db", 1, "17")));
    server.enqueue(firewall());
    server.enqueue(accepted());
    server.enqueue(one(cluster("orders-db", 2, "17")));
    server.enqueue(one(cluster("orders-db", 2, "17")));
    server.enqueue(firewall());

    clusters.apply(DatabaseClusterSpecTest.valid().numNodes(2).build());

    assertThat(take().getTarget()).isEqualTo("/v2/databases");
    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID + "/firewall");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/databases/" + ID + "/resize");
    assertThat(bodyTree(put)).isEqualTo(tree("{'size':'db-s-1vcpu-2gb','num_nodes':2}"));
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void apply_whenTheVersionIsRaised_putsTheUpgrade() throws Exception {
    server.enqueue(list(cluster("orders-db", 1, "16")));
    server.enqueue(firewall());
    server.enqueue(noContent());
    server.enqueue(one(cluster("orders-db", 1, "17")));
    server.enqueue(one(cluster("orders-db", 1, "17")));
    server.enqueue(firewall());

    clusters.apply(DatabaseClusterSpecTest.valid().build());

    take();
    take();
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/databases/" + ID + "/upgrade");
    assertThat(bodyTree(put)).isEqualTo(tree("{'version':'17'}"));
  }

  @Test
  void list_sendsNoPagingParametersAndCutsThePageFromTheAnswer() throws Exception {
    server.enqueue(
        list(cluster("a-db", 1, "17"), cluster("b-db", 1, "17"), cluster("c-db", 1, "17")));

    Page<DatabaseCluster> page = clusters.list(2, 2);

    assertThat(take().getTarget()).isEqualTo("/v2/databases");
    assertThat(page.items()).extracting(DatabaseCluster::name).containsExactly("c-db");
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  void get_readsTheClusterAndItsTrustedSources() throws Exception {
    server.enqueue(one(cluster("orders-db", 1, "17")));
    server.enqueue(firewall());

    DatabaseCluster cluster = clusters.get(ID);

    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID);
    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID + "/firewall");
    assertThat(cluster.trustedSources().orElseThrow())
        .extracting(rule -> rule.value())
        .containsExactly("orders-api");
  }

  @Test
  void delete_whenTheApiSays404_isAlreadyDeleted() throws Exception {
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"not found\"}"));

    assertThat(clusters.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);

    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/databases/" + ID);
  }

  @Test
  void create_whenForbidden_namesTheScopeAndSendsOnce() {
    server.enqueue(json(403, "{\"id\":\"forbidden\",\"message\":\"forbidden\"}"));

    assertThatThrownBy(() -> clusters.create(DatabaseClusterSpecTest.valid().build()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("database:create"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void users_update_putsTheSettingsUnderTheCluster() throws Exception {
    DatabaseUserService users = Databases.users(client, ID);
    String cdc =
        "{\"name\":\"cdc\",\"role\":\"normal\",\"settings\":{\"pg_allow_replication\":%s}}";
    server.enqueue(json(200, "{\"user\":" + cdc.formatted("false") + "}"));
    server.enqueue(json(201, "{\"user\":" + cdc.formatted("true") + "}"));

    DatabaseUser updated =
        users.update(
            "cdc",
            DatabaseUserSpec.builder(DatabaseEngine.PG, "cdc")
                .allowReplication(Justification.of("DATA-7: change data capture"))
                .build());

    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID + "/users/cdc");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/databases/" + ID + "/users/cdc");
    assertThat(bodyTree(put)).isEqualTo(tree("{'settings':{'pg_allow_replication':true}}"));
    assertThat(updated.settings().orElseThrow().pgAllowReplication()).isTrue();
  }

  @Test
  void users_findAndList_readUnderTheClusterWithoutPaging() throws Exception {
    DatabaseUserService users = Databases.users(client, ID);
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"not found\"}"));
    server.enqueue(json(200, "{\"users\":[{\"name\":\"doadmin\",\"role\":\"primary\"}]}"));

    assertThat(users.find("ghost")).isEmpty();
    assertThat(users.listAll()).extracting(DatabaseUser::name).containsExactly("doadmin");

    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID + "/users/ghost");
    assertThat(take().getTarget()).isEqualTo("/v2/databases/" + ID + "/users");
  }
}
