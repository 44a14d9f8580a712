package dev.seawall.networking.vpc;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link VpcService} method: method, path and JSON body, each request validated
 * against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class VpcServiceRequestTest {
  private static final String ID = "5a4981aa-9653-4bd1-bef5-d6bff52042e4";

  private MockWebServer server;
  private DigitalOcean client;
  private VpcService vpcs;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.vpcs = Networking.vpcs(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String vpc(String name, String range, boolean isDefault) {
    return ("{'id':'"
            + ID
            + "','urn':'do:vpc:"
            + ID
            + "','name':'"
            + name
            + "','description':'production','region':'nyc1','ip_range':'"
            + range
            + "','default':"
            + isDefault
            + ",'created_at':'2020-03-13T19:20:47.442049222Z'}")
        .replace('\'', '"');
  }

  private static String list(String... vpcs) {
    return "{\"vpcs\":["
        + String.join(",", vpcs)
        + "],\"links\":{},\"meta\":{\"total\":"
        + vpcs.length
        + "}}";
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  @Test
  void apply_whenAbsent_looksUpByNameThenPosts() throws Exception {
    server.enqueue(json(200, list()));
    server.enqueue(json(200, list(vpc("default-nyc1", "10.116.0.0/20", true))));
    server.enqueue(json(201, "{\"vpc\":" + vpc("prod-nyc1", "10.10.0.0/20", false) + "}"));
    VpcSpec spec =
        VpcSpec.builder()
            .name("prod-nyc1")
            .region("nyc1")
            .ipRange("10.10.0.0/20")
            .description("production")
            .build();

    Vpc created = vpcs.apply(spec).resource();

    RecordedRequest lookup = take();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/vpcs");
    RecordedRequest regionDefault = take();
    assertThat(regionDefault.getMethod()).isEqualTo("GET");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/vpcs");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'prod-nyc1','region':'nyc1','ip_range':'10.10.0.0/20',"
                    + "'description':'production'}"));
    assertThat(created.ipRange()).isEqualTo(Cidr.parse("10.10.0.0/20"));
    assertThat(created.urn()).isEqualTo("do:vpc:" + ID);
  }

  @Test
  void create_whenItMayBecomeTheDefault_postsAtOnceWithNeitherRangeNorEmptyStrings()
      throws Exception {
    server.enqueue(json(201, "{\"vpc\":" + vpc("scratch", "10.100.0.0/20", true) + "}"));
    VpcSpec spec =
        VpcSpec.builder()
            .name("scratch")
            .region("nyc1")
            .allowRegionDefault(Justification.of("NET-12: single-VPC region"))
            .build();

    vpcs.create(spec);

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post)).isEqualTo(tree("{'name':'scratch','region':'nyc1'}"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-VPC-002");
  }

  @Test
  void create_whenTheRegionHasNoDefault_createsTheRegionDefaultFirst() throws Exception {
    server.enqueue(json(200, list(vpc("elsewhere", "10.20.0.0/20", false))));
    server.enqueue(json(200, list(vpc("elsewhere", "10.20.0.0/20", false))));
    server.enqueue(json(201, "{\"vpc\":" + vpc("default-nyc1", "10.116.0.0/20", true) + "}"));
    server.enqueue(json(201, "{\"vpc\":" + vpc("scratch", "10.100.0.0/20", false) + "}"));

    Vpc created = vpcs.create(VpcSpec.builder().name("scratch").region("nyc1").build());

    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest regionDefault = take();
    assertThat(bodyTree(regionDefault))
        .isEqualTo(
            tree(
                "{'name':'default-nyc1','region':'nyc1',"
                    + "'description':'Default VPC of nyc1, created by Seawall (SW-VPC-002)'}"));
    assertThat(bodyTree(take())).isEqualTo(tree("{'name':'scratch','region':'nyc1'}"));
    assertThat(created.isDefault()).isFalse();
  }

  @Test
  void create_whenTheDefaultNameIsTakenElsewhere_refusesBeforeCreatingAnything() {
    String taken = vpc("default-nyc1", "10.30.0.0/20", false);
    server.enqueue(json(200, list(taken)));
    server.enqueue(json(200, list(taken)));

    assertThatThrownBy(() -> vpcs.create(VpcSpec.builder().name("scratch").region("nyc1").build()))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("default-nyc1 is taken")
        .hasMessageContaining("allowRegionDefault");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void apply_whenSameVpcExists_returnsItWithoutWriting() throws Exception {
    server.enqueue(json(200, list(vpc("prod-nyc1", "10.10.0.0/20", false))));

    Applied<Vpc> applied =
        vpcs.apply(
            VpcSpec.builder()
                .name("prod-nyc1")
                .region("nyc1")
                .ipRange("10.10.0.0/20")
                .description("production")
                .build());

    assertThat(applied.resource().id()).isEqualTo(ID);
    assertThat(applied.diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenNameTakenWithOtherRange_isRefusedWithoutPosting() {
    server.enqueue(json(200, list(vpc("prod-nyc1", "10.20.0.0/20", false))));

    assertThatThrownBy(
            () ->
                vpcs.apply(
                    VpcSpec.builder()
                        .name("prod-nyc1")
                        .region("nyc1")
                        .ipRange("10.10.0.0/20")
                        .build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("ip_range: 10.20.0.0/20 → 10.10.0.0/20");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void get_getsById() throws Exception {
    server.enqueue(json(200, "{\"vpc\":" + vpc("prod-nyc1", "10.10.0.0/20", false) + "}"));

    Vpc vpc = vpcs.get(ID);

    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/vpcs/" + ID);
    assertThat(vpc.region()).isEqualTo("nyc1");
    assertThat(vpc.isDefault()).isFalse();
    assertThat(vpc.createdAt()).isPresent();
  }

  @Test
  void list_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, list(vpc("a", "10.10.0.0/20", true))));

    Page<Vpc> page = vpcs.list(3, 10);

    RecordedRequest get = take();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/vpcs");
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("3");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("10");
    assertThat(page.items()).extracting(Vpc::isDefault).containsExactly(true);
  }

  @Test
  void listAll_requestsPagesOf200() throws Exception {
    server.enqueue(json(200, list(vpc("a", "10.10.0.0/20", true))));

    assertThat(vpcs.listAll().toList()).hasSize(1);
    assertThat(take().getUrl().queryParameter("per_page")).isEqualTo("200");
  }

  @Test
  void update_whenTheDescriptionDiffers_readsThenPutsNameAndDescription() throws Exception {
    server.enqueue(json(200, "{\"vpc\":" + vpc("prod", "10.10.0.0/20", false) + "}"));
    server.enqueue(json(200, "{\"vpc\":" + vpc("prod", "10.10.0.0/20", false) + "}"));

    vpcs.update(ID, VpcSpec.builder().name("prod").region("nyc1").description("").build());

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest put = take();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/vpcs/" + ID);
    assertThat(bodyTree(put)).isEqualTo(tree("{'name':'prod','description':''}"));
  }

  @Test
  void update_whenTheSpecMovesTheRegion_isRefusedAfterReadingOnly() {
    server.enqueue(json(200, "{\"vpc\":" + vpc("prod", "10.10.0.0/20", false) + "}"));

    assertThatThrownBy(() -> vpcs.update(ID, VpcSpec.builder().name("prod").region("fra1").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("region: nyc1 → fra1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void diff_whenTheApiOmitsTheDescription_treatsItAsUnknown() {
    String withoutDescription =
        vpc("prod", "10.10.0.0/20", false).replace("\"description\":\"production\",", "");
    server.enqueue(json(200, list(withoutDescription)));

    Diff diff =
        vpcs.diff(
            VpcSpec.builder()
                .name("prod")
                .region("nyc1")
                .ipRange("10.10.0.0/20")
                .description("something else")
                .build());

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void listMembers_getsMembers() throws Exception {
    server.enqueue(
        json(
            200,
            "{\"members\":[{\"name\":\"web-1\",\"urn\":\"do:droplet:13457723\","
                + "\"created_at\":\"2020-03-13T19:30:48Z\"}],\"links\":{},\"meta\":{\"total\":1}}"));

    List<VpcMember> members = vpcs.listMembers(ID);

    RecordedRequest get = take();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/vpcs/" + ID + "/members");
    assertThat(members).extracting(VpcMember::urn).containsExactly("do:droplet:13457723");
  }

  @Test
  void delete_whenNotDefault_getsThenDeletes() throws Exception {
    server.enqueue(json(200, "{\"vpc\":" + vpc("prod", "10.10.0.0/20", false) + "}"));
    server.enqueue(noContent());

    vpcs.delete(ID);

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/vpcs/" + ID);
  }

  @Test
  void delete_whenDefaultVpc_refusedLocallyAfterReading() throws Exception {
    server.enqueue(json(200, "{\"vpc\":" + vpc("default-nyc1", "10.102.0.0/20", true) + "}"));

    assertThatThrownBy(() -> vpcs.delete(ID))
        .hasMessageContaining("default VPC of region nyc1")
        .hasMessageContaining("nothing was sent");
    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void operations_coverEveryScopeTheServiceNeeds() {
    assertThat(Scopes.required(VpcService.operations()))
        .containsExactly("vpc:create", "vpc:delete", "vpc:read", "vpc:update");
  }
}
