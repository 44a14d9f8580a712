package dev.seawall.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.OpenApiContract;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every testkit fake together, each request and response checked against the official
 * specification: the resources compose, and they see each other as the real API's do.
 */
class FakeResourcesTest {
  static final Duration ACTION_DELAY = Duration.ofSeconds(10);
  static final String ED25519 =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl ci";
  static final String FINGERPRINT = "89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01";

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.allResources().actionDelay(ACTION_DELAY));

  private static String dropletBody(String name, String extra) {
    return "{'name':'"
        + name
        + "','region':'fra1','size':'s-1vcpu-1gb','image':'ubuntu-24-04-x64',"
        + "'ssh_keys':['"
        + FINGERPRINT
        + "']"
        + extra
        + "}";
  }

  private static long createDroplet(Client client, String name, String extra) {
    Client.Reply created = client.post("/v2/droplets", dropletBody(name, extra));
    assertThat(created.status()).isEqualTo(202);
    return Client.id(created.object("droplet").get("id"));
  }

  @Test
  void all_whenRegistered_servesEveryResourceWithoutRouteClashes(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    for (String path :
        List.of(
            "/v2/droplets",
            "/v2/account/keys",
            "/v2/vpcs",
            "/v2/firewalls",
            "/v2/volumes",
            "/v2/databases",
            "/v2/kubernetes/clusters",
            "/v2/spaces/keys",
            "/v2/certificates",
            "/v2/load_balancers",
            "/v2/domains",
            "/v2/reserved_ips",
            "/v2/projects",
            "/v2/regions",
            "/v2/sizes",
            "/v2/images",
            "/v2/apps",
            "/v2/functions/namespaces")) {
      assertThat(client.get(path).status()).as(path).isEqualTo(200);
    }
    assertThat(FakeResources.all())
        .extracting(r -> (Class) r.getClass())
        .containsExactly(
            FakeSshKeys.class,
            FakeDroplets.class,
            FakeVpcs.class,
            FakeFirewalls.class,
            FakeVolumes.class,
            FakeDatabases.class,
            FakeKubernetes.class,
            FakeSpacesKeys.class,
            FakeTags.class,
            FakeCertificates.class,
            FakeLoadBalancers.class,
            FakeDomains.class,
            FakeReservedIps.class,
            FakeProjects.class,
            FakeRegions.class,
            FakeImages.class,
            FakeApps.class,
            FakeFunctions.class);
    assertThat(FakeResources.all().get(5)).isNotSameAs(FakeResources.all().get(5));
  }

  @Test
  void addResource_whenSameClassAsOneOfAll_replacesItInsteadOfClashing() {
    TestClock clock = new TestClock();
    try (FakeDigitalOcean fake =
        FakeDigitalOcean.builder()
            .clock(clock)
            .contract(OpenApiContract.require())
            .allResources()
            .addResource(new FakeFirewalls(Duration.ZERO))
            .build()
            .start()) {
      Client client = new Client(fake);

      Client.Reply created =
          client.post(
              "/v2/firewalls",
              "{'name':'web','inbound_rules':[{'protocol':'tcp','ports':'443',"
                  + "'sources':{'addresses':['10.0.0.0/8']}}]}");
      String id = String.valueOf(created.object("firewall").get("id"));

      assertThat(client.get("/v2/firewalls/" + id).object("firewall"))
          .containsEntry("status", "succeeded");
      fake.verifyNoProblems();
    }
  }

  @Test
  void addResource_whenLambdaAddedTwice_stillRefusesTheClash() {
    FakeResource twice =
        (routes, state) ->
            routes.on(
                FakeOperations.TAGS_GET, request -> dev.seawall.testkit.FakeResponse.noContent());

    assertThatThrownBy(
            () -> FakeDigitalOcean.builder().addResource(twice).addResource(twice).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dropletsCreate_whenCreateActionCompletes_turnsActive(
      FakeDigitalOcean fake, TestClock clock) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);

    Client.Reply created = client.post("/v2/droplets", dropletBody("web-1", ""));
    long id = Client.id(created.object("droplet").get("id"));

    assertThat(created.object("droplet")).containsEntry("status", "new");
    assertThat(created.object("links").toString()).contains("/v2/actions/");
    assertThat(client.get("/v2/droplets/" + id).object("droplet")).containsEntry("status", "new");
    clock.advance(ACTION_DELAY);
    assertThat(client.get("/v2/droplets/" + id).object("droplet"))
        .containsEntry("status", "active");
  }

  @Test
  void dropletsCreate_whenSshKeyUnknown_answers422AndCreatesNothing(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    assertThat(client.post("/v2/droplets", dropletBody("web-1", "")).status()).isEqualTo(422);
    assertThat(fake.state().table(FakeDroplets.TABLE).size()).isZero();
  }

  @Test
  void dropletsCreate_withoutVpc_joinsTheRegionsDefaultVpcAsAMember(FakeDigitalOcean fake) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);

    long id = createDroplet(client, "web-1", "");

    String vpc = FakeVpcs.findDefaultVpc(fake.state(), "fra1").orElseThrow();
    assertThat(client.get("/v2/droplets/" + id).object("droplet")).containsEntry("vpc_uuid", vpc);
    assertThat(client.get("/v2/vpcs/" + vpc).object("vpc"))
        .containsEntry("default", true)
        .containsEntry("region", "fra1");
    assertThat(client.get("/v2/vpcs/" + vpc + "/members").list("members"))
        .extracting(m -> m.get("urn"))
        .containsExactly("do:droplet:" + id);
    assertThat(client.delete("/v2/vpcs/" + vpc).status()).isEqualTo(403);
  }

  @Test
  void vpcsDelete_whenADatabaseClusterIsAMember_isForbiddenUntilItIsGone(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    FakeVpcs.seed(fake.state(), "default-fra1", "fra1", "10.114.0.0/20", true);
    String vpc =
        String.valueOf(
            client
                .post("/v2/vpcs", "{'name':'data','region':'fra1','ip_range':'10.20.0.0/24'}")
                .object("vpc")
                .get("id"));
    Client.Reply cluster =
        client.post(
            "/v2/databases",
            "{'name':'pg','engine':'pg','num_nodes':1,'size':'db-s-1vcpu-1gb','region':'fra1',"
                + "'private_network_uuid':'"
                + vpc
                + "'}");
    String clusterId = String.valueOf(cluster.object("database").get("id"));

    assertThat(client.get("/v2/vpcs/" + vpc + "/members").list("members"))
        .extracting(m -> m.get("urn"))
        .containsExactly("do:dbaas:" + clusterId);
    assertThat(client.delete("/v2/vpcs/" + vpc).status()).isEqualTo(403);
    assertThat(client.delete("/v2/databases/" + clusterId).status()).isEqualTo(204);
    assertThat(client.delete("/v2/vpcs/" + vpc).status()).isEqualTo(204);
  }

  @Test
  void databasesCreate_withoutVpc_getsTheRegionsDefaultVpc(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply cluster =
        client.post(
            "/v2/databases",
            "{'name':'pg','engine':'pg','num_nodes':1,'size':'db-s-1vcpu-1gb','region':'nyc3'}");

    assertThat(cluster.object("database"))
        .containsEntry(
            "private_network_uuid", FakeVpcs.findDefaultVpc(fake.state(), "nyc3").orElseThrow());
  }

  @Test
  void volumeAttach_whenActionCompletes_showsOnVolumeAndDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "db-1", "fra1");
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));

    Client.Reply attach =
        client.post(
            "/v2/volumes/" + volume + "/actions",
            "{'type':'attach','droplet_id':" + droplet + ",'region':'fra1'}");

    assertThat(attach.status()).isEqualTo(202);
    assertThat(client.get("/v2/droplets/" + droplet).object("droplet").get("volume_ids"))
        .isEqualTo(List.of());
    clock.advance(ACTION_DELAY);
    assertThat(client.get("/v2/droplets/" + droplet).object("droplet").get("volume_ids"))
        .isEqualTo(List.of(volume));
    assertThat(client.get("/v2/volumes/" + volume).object("volume").get("droplet_ids"))
        .isEqualTo(List.of(droplet));
  }

  @Test
  void tagsAssignAndUnassign_whenTheTagExists_changeTheTagsOfAVolume(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String volume =
        String.valueOf(
            client
                .post(
                    "/v2/volumes",
                    "{'name':'pgdata','size_gigabytes':10,'region':'fra1','tags':['env:prod']}")
                .object("volume")
                .get("id"));
    String resources = "{'resources':[{'resource_id':'" + volume + "','resource_type':'volume'}]}";

    Client.Reply unknownTag = client.post("/v2/tags/backup/resources", resources);
    client.post("/v2/tags", "{'name':'backup'}");
    Client.Reply assigned = client.post("/v2/tags/backup/resources", resources);
    Client.Reply unassigned = client.delete("/v2/tags/env:prod/resources", resources);
    Client.Reply image =
        client.post(
            "/v2/tags/backup/resources",
            "{'resources':[{'resource_id':'7','resource_type':'image'}]}");

    assertThat(unknownTag.status()).isEqualTo(404);
    assertThat(assigned.status()).isEqualTo(204);
    assertThat(unassigned.status()).as("tags a volume is created with exist").isEqualTo(204);
    assertThat(image.status()).isEqualTo(422);
    assertThat(client.get("/v2/volumes/" + volume).object("volume").get("tags"))
        .isEqualTo(List.of("backup"));
  }

  @Test
  void volumeResize_whileAnotherActionRunsOnTheVolume_answersPendingEvent(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));
    String resize = "{'type':'resize','size_gigabytes':20,'region':'fra1'}";

    Client.Reply first = client.post("/v2/volumes/" + volume + "/actions", resize);
    Client.Reply second = client.post("/v2/volumes/" + volume + "/actions", resize);
    clock.advance(ACTION_DELAY);
    Client.Reply afterwards =
        client.post(
            "/v2/volumes/" + volume + "/actions",
            "{'type':'resize','size_gigabytes':30,'region':'fra1'}");

    assertThat(first.status()).isEqualTo(202);
    assertThat(second.status()).isEqualTo(422);
    assertThat(second.json()).containsEntry("message", "Volume already has a pending event.");
    assertThat(afterwards.status()).isEqualTo(202);
  }

  @Test
  void volumeAttach_whileDropletIsBeingCreated_answersPendingEvent(
      FakeDigitalOcean fake, TestClock clock) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);
    long droplet = createDroplet(client, "db-1", "");
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));
    String attach = "{'type':'attach','droplet_id':" + droplet + ",'region':'fra1'}";

    Client.Reply busy = client.post("/v2/volumes/" + volume + "/actions", attach);
    clock.advance(ACTION_DELAY);
    Client.Reply idle = client.post("/v2/volumes/" + volume + "/actions", attach);

    assertThat(busy.status()).isEqualTo(422);
    assertThat(busy.json()).containsEntry("message", "Droplet already has a pending event.");
    assertThat(idle.status()).isEqualTo(202);
  }

  @Test
  void dropletsCreate_withVolumes_attachesThemAtOnce(FakeDigitalOcean fake) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));

    long droplet = createDroplet(client, "db-1", ",'volumes':['" + volume + "']");

    assertThat(client.get("/v2/droplets/" + droplet).object("droplet").get("volume_ids"))
        .isEqualTo(List.of(volume));
    assertThat(client.get("/v2/volumes/" + volume).object("volume").get("droplet_ids"))
        .isEqualTo(List.of(droplet));
    assertThat(client.post("/v2/droplets", dropletBody("db-2", ",'volumes':['" + volume + "']")))
        .extracting(Client.Reply::status)
        .isEqualTo(422);
  }

  @Test
  void dropletsDestroy_detachesVolumesAndLeavesFirewalls(FakeDigitalOcean fake, TestClock clock) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);
    String volume =
        String.valueOf(
            client
                .post("/v2/volumes", "{'name':'pgdata','size_gigabytes':10,'region':'fra1'}")
                .object("volume")
                .get("id"));
    long droplet = createDroplet(client, "db-1", ",'volumes':['" + volume + "']");
    String firewall =
        String.valueOf(
            client
                .post(
                    "/v2/firewalls",
                    "{'name':'db','droplet_ids':["
                        + droplet
                        + "],'inbound_rules':[{'protocol':'tcp','ports':'5432',"
                        + "'sources':{'addresses':['10.0.0.0/8']}}]}")
                .object("firewall")
                .get("id"));

    assertThat(client.delete("/v2/droplets/" + droplet).status()).isEqualTo(204);

    assertThat(client.get("/v2/droplets/" + droplet).status()).isEqualTo(404);
    assertThat(client.get("/v2/volumes/" + volume).object("volume").get("droplet_ids"))
        .isEqualTo(List.of());
    assertThat(client.get("/v2/firewalls/" + firewall).object("firewall").get("droplet_ids"))
        .isEqualTo(List.of());
  }

  @Test
  void sshKeys_whenAddressedByFingerprint_areFoundAndDeleted(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    Client.Reply created =
        client.post("/v2/account/keys", "{'name':'ci','public_key':'" + ED25519 + "'}");

    assertThat(created.object("ssh_key")).containsEntry("fingerprint", FINGERPRINT);
    assertThat(client.get("/v2/account/keys/" + FINGERPRINT).object("ssh_key"))
        .containsEntry("name", "ci");
    assertThat(client.post("/v2/account/keys", "{'name':'again','public_key':'" + ED25519 + "'}"))
        .extracting(Client.Reply::status)
        .isEqualTo(422);
    assertThat(client.delete("/v2/account/keys/" + FINGERPRINT).status()).isEqualTo(204);
    assertThat(client.get("/v2/account/keys/" + FINGERPRINT).status()).isEqualTo(404);
  }

  @Test
  void sshKeysUpdate_renamesTheKeyByIdOrFingerprint(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long id =
        Client.id(
            client
                .post("/v2/account/keys", "{'name':'ci','public_key':'" + ED25519 + "'}")
                .object("ssh_key")
                .get("id"));

    assertThat(client.put("/v2/account/keys/" + id, "{'name':'deploy'}").object("ssh_key"))
        .containsEntry("name", "deploy");
    assertThat(client.put("/v2/account/keys/" + FINGERPRINT, "{'name':'ops'}").status())
        .isEqualTo(200);
    assertThat(client.get("/v2/account/keys/" + id).object("ssh_key")).containsEntry("name", "ops");
    assertThat(client.put("/v2/account/keys/1", "{'name':'x'}").status()).isEqualTo(404);
  }

  @Test
  void tagResources_whenAssignedAndUnassigned_changeTheDropletsTags(FakeDigitalOcean fake) {
    FakeSshKeys.seed(fake.state(), "ci", ED25519);
    Client client = new Client(fake);
    long droplet = createDroplet(client, "web-1", ",'tags':['web']");
    String resources =
        "{'resources':[{'resource_id':'" + droplet + "','resource_type':'droplet'}]}";

    assertThat(client.get("/v2/tags/web").status()).isEqualTo(200);
    assertThat(client.post("/v2/tags/db/resources", resources).status()).isEqualTo(404);
    assertThat(client.post("/v2/tags", "{'name':'db'}").status()).isEqualTo(201);
    assertThat(client.post("/v2/tags/db/resources", resources).status()).isEqualTo(204);
    assertThat(client.delete("/v2/tags/web/resources", resources).status()).isEqualTo(204);

    assertThat(client.get("/v2/droplets/" + droplet).object("droplet").get("tags"))
        .isEqualTo(List.of("db"));
    assertThat(client.get("/v2/droplets?tag_name=db").json().get("droplets"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .hasSize(1);
  }

  @Test
  void firewalls_storePortsAsTheApiReportsThem(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply created =
        client.post(
            "/v2/firewalls",
            "{'name':'web','inbound_rules':["
                + "{'protocol':'tcp','ports':'1-65535','sources':{'addresses':['10.0.0.0/8']}},"
                + "{'protocol':'udp','ports':'53-53','sources':{'addresses':['10.0.0.0/8']}},"
                + "{'protocol':'icmp','sources':{'addresses':['10.0.0.0/8']}}]}");
    Client.Reply allPorts =
        client.post(
            "/v2/firewalls",
            "{'name':'bad','inbound_rules':[{'protocol':'tcp','ports':'0',"
                + "'sources':{'addresses':['10.0.0.0/8']}}]}");

    assertThat(created.object("firewall").toString())
        .contains("ports=0, sources")
        .contains("ports=53, sources");
    assertThat(allPorts.status()).isEqualTo(422);
    assertThat(allPorts.json())
        .containsEntry("message", "You must specify a positive value for ports.");
  }

  @Test
  void spacesKeys_whenFullAccessAmongGrants_keepOnlyFullAccessAndShowTheSecretOnce(
      FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply created =
        client.post(
            "/v2/spaces/keys",
            "{'name':'ci','grants':[{'bucket':'logs','permission':'read'},"
                + "{'bucket':'','permission':'fullaccess'}]}");
    String accessKey = String.valueOf(created.object("key").get("access_key"));

    assertThat(created.object("key")).containsKey("secret_key");
    assertThat(created.object("key").get("grants"))
        .isEqualTo(List.of(Map.of("bucket", "", "permission", "fullaccess")));
    assertThat(client.get("/v2/spaces/keys/" + accessKey).object("key"))
        .doesNotContainKey("secret_key");
  }
}
