package dev.seawall.kubernetes.cluster;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.kubernetes.Kubernetes;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per public {@link KubernetesClusterService} method, with its error paths: method, path,
 * query and JSON body; every request and answer validated against the official OpenAPI
 * specification by {@link ContractTest}.
 */
@ContractTest
class KubernetesClusterServiceRequestTest {
  private static final String ID = "bd5f5959-5e1e-4205-a714-a914373942af";
  private static final String POOL_ID = "cdda885e-7663-40c8-bc74-3a036c66545d";
  private static final String VERSION = "1.31.1-do.3";
  private static final String NEWER = "1.31.4-do.0";

  private MockWebServer server;
  private DigitalOcean client;
  private KubernetesClusterService clusters;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.clusters = Kubernetes.clusters(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A cluster as the API reports it, secure like {@link KubernetesClusterSpecTest#secure()}. */
  static String cluster(String name, String state, String version) {
    return ("{'id':'"
            + ID
            + "','name':'"
            + name
            + "','region':'fra1','version':'"
            + version
            + "','cluster_subnet':'10.244.0.0/16','service_subnet':'10.245.0.0/16',"
            + "'vpc_uuid':'"
            + KubernetesClusterSpecTest.VPC
            + "','ipv4':'68.183.121.157','endpoint':'https://"
            + ID
            + ".k8s.ondigitalocean.com','tags':['k8s','k8s:"
            + ID
            + "'],'node_pools':[{'id':'"
            + POOL_ID
            + "','name':'workers','size':'s-2vcpu-4gb','count':3,'tags':['prod-nodes','k8s',"
            + "'k8s:"
            + ID
            + "','k8s:worker'],'labels':null,'taints':[],'auto_scale':false,'min_nodes':0,"
            + "'max_nodes':0,'nodes':[{'id':'e78247f8-b1bb-4f7a-8db9-2a5f8d4b8f8f',"
            + "'name':'workers-0','status':{'state':'running'},'droplet_id':'205545370',"
            + "'created_at':'2018-11-15T16:00:11Z','updated_at':'2018-11-15T16:00:11Z'}]}],"
            + "'maintenance_policy':{'start_time':'03:00','duration':'4h0m0s','day':'sunday'},"
            + "'auto_upgrade':true,'surge_upgrade':true,'ha':true,'registry_enabled':false,"
            + "'control_plane_firewall':{'enabled':true,'allowed_addresses':['203.0.113.0/24']},"
            + "'status':{'state':'"
            + state
            + "','message':''},'created_at':'2018-11-15T16:00:11Z',"
            + "'updated_at':'2018-11-15T16:00:11Z'}")
        .replace('\'', '"');
  }

  private static String one(String cluster) {
    return "{\"kubernetes_cluster\":" + cluster + "}";
  }

  private static String list(String... clusters) {
    return "{\"kubernetes_clusters\":["
        + String.join(",", clusters)
        + "],\"links\":{},\"meta\":{\"total\":"
        + clusters.length
        + "}}";
  }

  private static String versions(String... slugs) {
    StringBuilder out = new StringBuilder();
    for (String slug : slugs) {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append("{\"slug\":\"")
          .append(slug)
          .append("\",\"kubernetes_version\":\"")
          .append(slug, 0, slug.indexOf('-'))
          .append("\"}");
    }
    return "[" + out + "]";
  }

  private static String error(String id, String message) {
    return "{\"id\":\"" + id + "\",\"message\":\"" + message + "\"}";
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  private static KubernetesClusterSpec.Builder pinned() {
    return KubernetesClusterSpecTest.secure().version(VERSION);
  }

  @Test
  void get_getsById() throws Exception {
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));

    KubernetesCluster cluster = clusters.get(ID);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID);
    assertThat(cluster.name()).isEqualTo("prod");
    assertThat(cluster.nodePools())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.userTags()).containsExactly("prod-nodes");
              assertThat(p.dropletIds()).containsExactly("205545370");
            });
  }

  @Test
  void get_whenMissing_throwsNotFound() {
    server.enqueue(json(404, error("not_found", "The resource you requested could not be found.")));

    assertThatThrownBy(() -> clusters.get(ID)).isInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void find_listsAndMatchesTheName() throws Exception {
    server.enqueue(json(200, list(cluster("prod", "running", VERSION))));

    assertThat(clusters.find("prod")).map(KubernetesCluster::id).contains(ID);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/kubernetes/clusters");
  }

  @Test
  void find_whenAbsent_isEmpty() {
    server.enqueue(json(200, list()));

    assertThat(clusters.find("prod")).isEmpty();
  }

  @Test
  void list_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, list(cluster("prod", "running", VERSION))));

    Page<KubernetesCluster> page = clusters.list(2, 20);

    RecordedRequest get = take();
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("20");
    assertThat(page.items()).extracting(KubernetesCluster::name).containsExactly("prod");
  }

  @Test
  void listAll_requestsPagesOf200() throws Exception {
    server.enqueue(json(200, list(cluster("prod", "running", VERSION))));

    assertThat(clusters.listAll().toList()).hasSize(1);

    assertThat(take().getUrl().queryParameter("per_page")).isEqualTo("200");
  }

  @Test
  void latestVersion_picksTheNewestSlugNumerically() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"options\":{\"regions\":[],\"sizes\":[],\"versions\":"
                + versions("1.31.10-do.0", "1.31.9-do.2", "1.30.5-do.0")
                + "}}"));

    assertThat(clusters.latestVersion()).isEqualTo("1.31.10-do.0");

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/kubernetes/options");
  }

  @Test
  void latestVersion_whenTheApiListsNone_throws() {
    server.enqueue(json(200, "{\"options\":{\"regions\":[],\"sizes\":[],\"versions\":[]}}"));

    assertThatThrownBy(() -> clusters.latestVersion())
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("no Kubernetes version");
  }

  @Test
  void availableUpgrades_getsTheSlugs() throws Exception {
    server.enqueue(json(200, "{\"available_upgrade_versions\":" + versions(NEWER) + "}"));

    assertThat(clusters.availableUpgrades(ID)).containsExactly(NEWER);

    assertThat(take().getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID + "/upgrades");
  }

  @Test
  void create_postsEverySecureDefaultAndWaitsUntilRunning() throws Exception {
    server.enqueue(json(201, one(cluster("prod", "provisioning", VERSION))));
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));

    KubernetesCluster created = clusters.create(pinned().build());

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/kubernetes/clusters");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'prod','region':'fra1','version':'"
                    + VERSION
                    + "','vpc_uuid':'"
                    + KubernetesClusterSpecTest.VPC
                    + "','node_pools':[{'size':'s-2vcpu-4gb','name':'workers','count':3,"
                    + "'tags':['prod-nodes'],'labels':{},'taints':[],'auto_scale':false}],"
                    + "'auto_upgrade':true,'surge_upgrade':true,'ha':true,"
                    + "'maintenance_policy':{'day':'sunday','start_time':'03:00'},"
                    + "'control_plane_firewall':{'enabled':true,"
                    + "'allowed_addresses':['203.0.113.0/24']}}"));
    RecordedRequest poll = take();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID);
    assertThat(created.state()).isEqualTo("running");
  }

  @Test
  void create_whenLatest_resolvesTheVersionFirst() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"options\":{\"regions\":[],\"sizes\":[],\"versions\":"
                + versions(NEWER, VERSION)
                + "}}"));
    server.enqueue(json(201, one(cluster("prod", "running", NEWER))));
    server.enqueue(json(200, one(cluster("prod", "running", NEWER))));

    clusters.create(KubernetesClusterSpecTest.secure().build());

    assertThat(take().getTarget()).isEqualTo("/v2/kubernetes/options");
    assertThat(((java.util.Map<?, ?>) bodyTree(take())).get("version")).isEqualTo(NEWER);
  }

  @Test
  void create_whenTheApiRefusesTheBody_throwsUnprocessableAndSendsNoSecondCreate() {
    server.enqueue(json(422, error("unprocessable_entity", "name is already in use")));

    assertThatThrownBy(() -> clusters.create(pinned().build()))
        .isInstanceOf(UnprocessableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenTheSameClusterExists_sendsNoWrite() throws Exception {
    server.enqueue(json(200, list(cluster("prod", "running", VERSION))));

    Applied<KubernetesCluster> applied = clusters.apply(KubernetesClusterSpecTest.secure().build());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(take().getMethod()).isEqualTo("GET");
  }

  @Test
  void apply_whenASettingDiffers_putsTheSettings() throws Exception {
    server.enqueue(json(200, list(cluster("prod", "running", VERSION))));
    server.enqueue(json(202, one(cluster("prod", "running", VERSION))));
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));

    clusters.apply(
        KubernetesClusterSpecTest.secure()
            .maintenanceWindow(MaintenanceDay.SATURDAY, java.time.LocalTime.of(2, 0))
            .build());

    take();
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID);
    assertThat(bodyTree(put))
        .isEqualTo(
            tree(
                "{'name':'prod','tags':[],'auto_upgrade':true,'surge_upgrade':true,'ha':true,"
                    + "'maintenance_policy':{'day':'saturday','start_time':'02:00'},"
                    + "'control_plane_firewall':{'enabled':true,"
                    + "'allowed_addresses':['203.0.113.0/24']}}"));
    assertThat(take().getMethod()).isEqualTo("GET");
  }

  @Test
  void update_whenTheVersionIsAnAvailableUpgrade_postsTheUpgrade() throws Exception {
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));
    server.enqueue(json(200, "{\"available_upgrade_versions\":" + versions(NEWER) + "}"));
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(202).build());
    server.enqueue(json(200, one(cluster("prod", "running", NEWER))));

    KubernetesCluster upgraded =
        clusters.update(ID, KubernetesClusterSpecTest.secure().version(NEWER).build());

    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(take().getTarget()).endsWith("/upgrades");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID + "/upgrade");
    assertThat(bodyTree(post)).isEqualTo(tree("{'version':'" + NEWER + "'}"));
    assertThat(upgraded.version()).isEqualTo(NEWER);
  }

  @Test
  void update_whenTheVersionIsNoAvailableUpgrade_isRefusedAfterReadingOnly() {
    server.enqueue(json(200, one(cluster("prod", "running", NEWER))));
    server.enqueue(json(200, "{\"available_upgrade_versions\":[]}"));

    assertThatThrownBy(
            () -> clusters.update(ID, KubernetesClusterSpecTest.secure().version(VERSION).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("version");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void update_whenAPoolIsAdded_postsTheNodePool() throws Exception {
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));
    server.enqueue(
        json(
            201,
            "{\"node_pool\":{\"id\":\"0f4bd0e4-b1b7-4b9b-9a57-4e4a5b1f7e0e\",\"name\":\"batch\","
                + "\"size\":\"s-4vcpu-8gb\",\"count\":1,\"tags\":[],\"labels\":{},\"taints\":[],"
                + "\"auto_scale\":false,\"min_nodes\":0,\"max_nodes\":0,\"nodes\":[]}}"));
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));

    clusters.update(
        ID,
        KubernetesClusterSpecTest.secure()
            .addNodePool(NodePoolSpec.builder("batch").size("s-4vcpu-8gb").count(1).build())
            .build());

    take();
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID + "/node_pools");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'size':'s-4vcpu-8gb','name':'batch','count':1,'tags':[],'labels':{},"
                    + "'taints':[],'auto_scale':false}"));
  }

  @Test
  void delete_deletesById_andA404MeansAlreadyDeleted() throws Exception {
    server.enqueue(noContent());
    server.enqueue(json(404, error("not_found", "The resource you requested could not be found.")));

    assertThat(clusters.delete(ID)).isEqualTo(Deletion.DELETED);
    assertThat(clusters.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);

    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/kubernetes/clusters/" + ID);
  }

  @Test
  void kubeconfig_asksForShortLivedCredentials() throws Exception {
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));
    server.enqueue(
        json(
            200,
            "{\"server\":\"https://"
                + ID
                + ".k8s.ondigitalocean.com\",\"certificate_authority_data\":\"TFMwdExTMUNSVWc9\","
                + "\"token\":\"dok-secret-request-test\",\"expires_at\":\"2019-11-09T11:50:28Z\"}"));

    Kubeconfig kubeconfig = clusters.kubeconfig(ID, Duration.ofMinutes(30));

    take();
    RecordedRequest credentials = take();
    assertThat(credentials.getMethod()).isEqualTo("GET");
    assertThat(credentials.getUrl().encodedPath())
        .isEqualTo("/v2/kubernetes/clusters/" + ID + "/credentials");
    assertThat(credentials.getUrl().queryParameter("expiry_seconds")).isEqualTo("1800");
    assertThat(kubeconfig.toString()).doesNotContain("dok-secret-request-test");
    assertThat(kubeconfig.yaml()).contains("dok-secret-request-test");
  }

  @Test
  void kubeconfig_whenTheExpiryIsOutOfRange_sendsNothing() {
    assertThatThrownBy(() -> clusters.kubeconfig(ID, Duration.ofHours(25)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clusters.kubeconfig(ID, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void kubeconfig_whenTheTokenLacksTheScope_namesIt() {
    server.enqueue(json(200, one(cluster("prod", "running", VERSION))));
    server.enqueue(
        json(403, error("forbidden", "You are not authorized to perform this operation")));

    assertThatThrownBy(() -> clusters.kubeconfig(ID))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).contains("kubernetes:access_cluster"));
  }

  @Test
  void operations_coverEveryScopeTheServiceNeeds() {
    assertThat(Scopes.required(KubernetesClusterService.operations()))
        .contains(
            "kubernetes:read",
            "kubernetes:create",
            "kubernetes:update",
            "kubernetes:delete",
            "kubernetes:access_cluster");
    assertThat(KubernetesClusterService.operations()).hasSize(14);
    assertThat(List.copyOf(KubernetesClusterService.operations())).doesNotHaveDuplicates();
  }
}
