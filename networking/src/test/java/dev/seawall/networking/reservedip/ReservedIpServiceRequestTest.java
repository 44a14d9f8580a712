package dev.seawall.networking.reservedip;

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
import dev.seawall.core.Scopes;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.resource.Deletion;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link ReservedIpService} method: method, path and JSON body, each request validated
 * against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class ReservedIpServiceRequestTest {
  private static final String IP = "45.55.96.47";

  private MockWebServer server;
  private DigitalOcean client;
  private ReservedIpService ips;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.ips = Networking.reservedIps(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String reservedIp(Long dropletId) {
    String droplet =
        dropletId == null
            ? "null"
            : "{'id':" + dropletId + ",'name':'web-1','tags':['web'],'region':{'slug':'nyc3'}}";
    return ("{'ip':'"
            + IP
            + "','region':{'name':'New York 3','slug':'nyc3'},'droplet':"
            + droplet
            + ",'locked':false,'project_id':'746c6152-2fa2-11ed-92d3-27aaa54e4988'}")
        .replace('\'', '"');
  }

  private static String action(String status) {
    return ("{'action':{'id':72531856,'status':'"
            + status
            + "','type':'assign_ip','started_at':'2015-11-12T17:51:03Z','completed_at':null,"
            + "'resource_id':758604968,'resource_type':'reserved_ip','region_slug':'nyc3'}}")
        .replace('\'', '"');
  }

  @Test
  void create_whenAssigned_postsOnlyTheDropletId() throws Exception {
    server.enqueue(json(202, "{\"reserved_ip\":" + reservedIp(2457247L) + "}"));

    ReservedIp created =
        ips.create(ReservedIpSpec.builder().region("nyc3").dropletId(2457247).build());

    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/reserved_ips");
    assertThat(bodyTree(post)).isEqualTo(tree("{'droplet_id':2457247}"));
    assertThat(created.isAssignedTo(2457247)).isTrue();
    assertThat(created.droplet().orElseThrow().tags()).containsExactly("web");
    assertThat(created.projectId()).contains("746c6152-2fa2-11ed-92d3-27aaa54e4988");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void create_whenUnassigned_listsTheRegionThenPostsTheRegion() throws Exception {
    server.enqueue(json(200, "{\"reserved_ips\":[],\"links\":{},\"meta\":{\"total\":0}}"));
    server.enqueue(json(202, "{\"reserved_ip\":" + reservedIp(null) + "}"));

    ReservedIp created = ips.create(ReservedIpSpec.builder().region("nyc3").build());

    RecordedRequest list = server.takeRequest();
    assertThat(list.getMethod()).isEqualTo("GET");
    assertThat(list.getUrl().encodedPath()).isEqualTo("/v2/reserved_ips");
    RecordedRequest post = server.takeRequest();
    assertThat(bodyTree(post)).isEqualTo(tree("{'region':'nyc3'}"));
    assertThat(created.droplet()).isEmpty();
  }

  @Test
  void get_readsTheAddressPath() throws Exception {
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(null) + "}"));

    ReservedIp ip = ips.get(IP);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/reserved_ips/" + IP);
    assertThat(ip.region()).isEqualTo("nyc3");
    assertThat(ip.urn()).isEqualTo("do:floatingip:" + IP);
  }

  @Test
  void assign_whenUnassigned_postsAnAssignActionAndPollsIt() throws Exception {
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(null) + "}"));
    server.enqueue(json(201, action("in-progress")));
    server.enqueue(json(200, action("completed")));
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(758604968L) + "}"));

    ReservedIp assigned = ips.assign(IP, 758604968L);

    server.takeRequest();
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/reserved_ips/" + IP + "/actions");
    assertThat(bodyTree(post)).isEqualTo(tree("{'type':'assign','droplet_id':758604968}"));
    RecordedRequest poll = server.takeRequest();
    assertThat(poll.getTarget()).isEqualTo("/v2/reserved_ips/" + IP + "/actions/72531856");
    assertThat(assigned.isAssignedTo(758604968L)).isTrue();
  }

  @Test
  void unassign_whenAssigned_postsAnUnassignAction() throws Exception {
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(758604968L) + "}"));
    server.enqueue(json(201, action("completed")));
    server.enqueue(json(200, action("completed")));
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(null) + "}"));

    ReservedIp unassigned = ips.unassign(IP);

    server.takeRequest();
    assertThat(bodyTree(server.takeRequest())).isEqualTo(tree("{'type':'unassign'}"));
    assertThat(unassigned.droplet()).isEmpty();
  }

  @Test
  void assign_whenRefusedAndTheGoalDoesNotHold_throws() {
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(null) + "}"));
    server.enqueue(
        json(422, "{\"id\":\"unprocessable_entity\",\"message\":\"different regions\"}"));
    server.enqueue(json(200, "{\"reserved_ip\":" + reservedIp(null) + "}"));

    assertThatThrownBy(() -> ips.assign(IP, 99))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("different regions");
  }

  @Test
  void delete_sendsDeleteAndA404CountsAsAlreadyDeleted() throws Exception {
    server.enqueue(noContent());
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"not found\"}"));

    assertThat(ips.delete(IP)).isEqualTo(Deletion.DELETED);
    assertThat(ips.delete(IP)).isEqualTo(Deletion.ALREADY_DELETED);

    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/reserved_ips/" + IP);
  }

  @Test
  void get_whenForbiddenOrMissing_throwsTheTypedError() {
    server.enqueue(json(403, "{\"id\":\"forbidden\",\"message\":\"denied\"}"));
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"not found\"}"));

    assertThatThrownBy(() -> ips.get(IP))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("reserved_ip:read");
    assertThatThrownBy(() -> ips.get(IP)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void operations_needTheReservedIpScopes() {
    assertThat(Scopes.required(ReservedIpService.operations()))
        .containsExactlyInAnyOrder(
            "reserved_ip:read", "reserved_ip:create", "reserved_ip:update", "reserved_ip:delete");
  }
}
