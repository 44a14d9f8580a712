package dev.seawall.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * References to resources that do not exist are refused as DigitalOcean refuses them (status and
 * {@code {"id", "message", "request_id"}} body, see {@link References}), and nothing changes; every
 * request is checked against the official specification.
 */
class ReferentialIntegrityTest {
  private static final String MISSING_UUID = "00000000-0000-4000-8000-000000000000";
  private static final long MISSING_DROPLET = 999_999L;
  private static final String RULES =
      "'inbound_rules':[{'protocol':'tcp','ports':'443','sources':{'addresses':['10.0.0.0/8']}}]";

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.allResources().actionDelay(Duration.ZERO));

  private static void assertUnprocessable(Client.Reply reply, String mentioning) {
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json())
        .containsEntry("id", "unprocessable_entity")
        .containsKey("request_id")
        .hasEntrySatisfying("message", m -> assertThat((String) m).contains(mentioning));
  }

  private static void assertNotFound(Client.Reply reply) {
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json())
        .containsEntry("id", "not_found")
        .containsEntry("message", "The resource you were accessing could not be found.")
        .containsKey("request_id");
  }

  private static String createFirewall(Client client) {
    Client.Reply created = client.post("/v2/firewalls", "{'name':'web'," + RULES + "}");
    assertThat(created.status()).isEqualTo(202);
    return String.valueOf(created.object("firewall").get("id"));
  }

  private static String loadBalancerBody(String extra) {
    return "{'name':'web-lb','region':'fra1','forwarding_rules':[{'entry_protocol':'http',"
        + "'entry_port':80,'target_protocol':'http','target_port':80}]"
        + extra
        + "}";
  }

  private static String dropletBody(String extra) {
    return "{'name':'web-1','region':'fra1','size':'s-1vcpu-1gb','image':'ubuntu-24-04-x64'"
        + extra
        + "}";
  }

  private static String databaseBody(String extra) {
    return "{'name':'pg','engine':'pg','num_nodes':1,'size':'db-s-1vcpu-1gb','region':'fra1'"
        + extra
        + "}";
  }

  @Test
  void firewallsCreate_whenTargetTagDoesNotExist_isUnprocessableAndCreatesNothing(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post("/v2/firewalls", "{'name':'web'," + RULES + ",'tags':['web']}");

    assertUnprocessable(reply, "tag web");
    assertThat(fake.state().table(FakeFirewalls.TABLE).size()).isZero();
  }

  @Test
  void firewallsCreate_whenTargetTagExists_isAccepted(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    client.post("/v2/tags", "{'name':'web'}");

    Client.Reply reply =
        client.post("/v2/firewalls", "{'name':'web'," + RULES + ",'tags':['web']}");

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.object("firewall").get("tags")).isEqualTo(List.of("web"));
  }

  @Test
  void firewallsCreate_whenRuleSourceTagDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/firewalls",
            "{'name':'db','inbound_rules':[{'protocol':'tcp','ports':'5432',"
                + "'sources':{'tags':['web']}}]}");

    assertUnprocessable(reply, "sources.tags: tag web");
  }

  @Test
  void firewallsCreate_whenRuleSourceLoadBalancerDoesNotExist_isUnprocessable(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/firewalls",
            "{'name':'web','inbound_rules':[{'protocol':'tcp','ports':'80',"
                + "'sources':{'load_balancer_uids':['"
                + MISSING_UUID
                + "']}}]}");

    assertUnprocessable(reply, "load balancer " + MISSING_UUID);
  }

  @Test
  void firewallsCreate_whenDropletDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/firewalls",
            "{'name':'web'," + RULES + ",'droplet_ids':[" + MISSING_DROPLET + "]}");

    assertUnprocessable(reply, "droplet " + MISSING_DROPLET);
  }

  @Test
  void firewallsUpdate_whenTagDoesNotExist_isUnprocessableAndKeepsTheFirewall(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String id = createFirewall(client);

    Client.Reply reply =
        client.put("/v2/firewalls/" + id, "{'name':'renamed'," + RULES + ",'tags':['web']}");

    assertUnprocessable(reply, "tag web");
    assertThat(client.get("/v2/firewalls/" + id).object("firewall")).containsEntry("name", "web");
  }

  @Test
  void firewallsAddTags_whenTagDoesNotExist_isUnprocessableAndChangesNothing(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String id = createFirewall(client);

    Client.Reply reply = client.post("/v2/firewalls/" + id + "/tags", "{'tags':['web']}");

    assertUnprocessable(reply, "tag web");
    assertThat(client.get("/v2/firewalls/" + id).object("firewall").get("tags"))
        .isEqualTo(List.of());
  }

  @Test
  void firewallsAssignDroplets_whenDropletDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String id = createFirewall(client);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply reply =
        client.post(
            "/v2/firewalls/" + id + "/droplets",
            "{'droplet_ids':[" + droplet + "," + MISSING_DROPLET + "]}");

    assertUnprocessable(reply, "droplet " + MISSING_DROPLET);
    assertThat(client.get("/v2/firewalls/" + id).object("firewall").get("droplet_ids"))
        .isEqualTo(List.of());
  }

  @Test
  void loadBalancersCreate_whenDropletDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/load_balancers", loadBalancerBody(",'droplet_ids':[" + MISSING_DROPLET + "]"));

    assertUnprocessable(reply, "droplet " + MISSING_DROPLET);
    assertThat(fake.state().table(FakeLoadBalancers.TABLE).size()).isZero();
  }

  @Test
  void loadBalancersCreate_whenVpcDoesNotExist_isNotFound(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply reply =
        client.post(
            "/v2/load_balancers",
            loadBalancerBody(",'droplet_ids':[" + droplet + "],'vpc_uuid':'" + MISSING_UUID + "'"));

    assertNotFound(reply);
    assertThat(fake.state().table(FakeLoadBalancers.TABLE).size()).isZero();
  }

  @Test
  void loadBalancersCreate_whenCertificateDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply reply =
        client.post(
            "/v2/load_balancers",
            "{'name':'web-lb','region':'fra1','droplet_ids':["
                + droplet
                + "],'forwarding_rules':[{'entry_protocol':'https','entry_port':443,"
                + "'target_protocol':'http','target_port':80,'certificate_id':'"
                + MISSING_UUID
                + "'}]}");

    assertUnprocessable(reply, "certificate " + MISSING_UUID);
  }

  @Test
  void dropletsCreate_whenVpcDoesNotExist_isNotFound(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post("/v2/droplets", dropletBody(",'vpc_uuid':'" + MISSING_UUID + "'"));

    assertNotFound(reply);
    assertThat(fake.state().table(FakeDroplets.TABLE).size()).isZero();
  }

  @Test
  void dropletsCreate_withTagsThatDoNotExist_createsTheTags(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply = client.post("/v2/droplets", dropletBody(",'tags':['web']"));

    assertThat(reply.status()).isEqualTo(202);
    assertThat(client.get("/v2/tags/web").status()).isEqualTo(200);
  }

  @Test
  void volumeAttach_whenDropletDoesNotExist_isNotFound(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));

    Client.Reply reply =
        client.post(
            "/v2/volumes/" + volume + "/actions",
            "{'type':'attach','droplet_id':" + MISSING_DROPLET + ",'region':'fra1'}");

    assertNotFound(reply);
  }

  @Test
  void tagsAssignResources_whenDropletDoesNotExist_isNotFound(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    client.post("/v2/tags", "{'name':'web'}");

    Client.Reply reply =
        client.post(
            "/v2/tags/web/resources",
            "{'resources':[{'resource_id':'" + MISSING_DROPLET + "','resource_type':'droplet'}]}");

    assertNotFound(reply);
  }

  @Test
  void databasesCreate_whenVpcDoesNotExist_isNotFound(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/databases", databaseBody(",'private_network_uuid':'" + MISSING_UUID + "'"));

    assertNotFound(reply);
    assertThat(fake.state().table(FakeDatabases.TABLE).size()).isZero();
  }

  @Test
  void databasesUpdateFirewallRules_whenDropletDoesNotExist_isUnprocessableAndKeepsTheRules(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String cluster =
        String.valueOf(client.post("/v2/databases", databaseBody("")).object("database").get("id"));

    Client.Reply reply =
        client.put(
            "/v2/databases/" + cluster + "/firewall",
            "{'rules':[{'type':'droplet','value':'" + MISSING_DROPLET + "'}]}");

    assertUnprocessable(reply, "droplet " + MISSING_DROPLET);
    assertThat(client.get("/v2/databases/" + cluster + "/firewall").list("rules")).isEmpty();
  }

  @Test
  void databasesCreate_whenTrustedSourceDropletDoesNotExist_isUnprocessable(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply reply =
        client.post(
            "/v2/databases",
            databaseBody(",'rules':[{'type':'droplet','value':'" + MISSING_DROPLET + "'}]"));

    assertUnprocessable(reply, "droplet " + MISSING_DROPLET);
    assertThat(fake.state().table(FakeDatabases.TABLE).size()).isZero();
  }
}
