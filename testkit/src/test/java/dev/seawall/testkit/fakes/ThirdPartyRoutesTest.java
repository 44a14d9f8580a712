package dev.seawall.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The routes a typical third-party client needs beyond what Seawall calls itself (regions, sizes,
 * images, droplet actions and snapshots, volume actions and deletes by name, tag statistics and
 * deletes, firewall rules), every request and response checked against the official specification.
 */
class ThirdPartyRoutesTest {
  static final Duration ACTION_DELAY = Duration.ofSeconds(10);

  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.allResources().actionDelay(ACTION_DELAY));

  private static String createVolume(Client client, String name, String region) {
    Client.Reply created =
        client.post(
            "/v2/volumes", "{'name':'" + name + "','size_gigabytes':10,'region':'" + region + "'}");
    assertThat(created.status()).isEqualTo(201);
    return String.valueOf(created.object("volume").get("id"));
  }

  /** Creates droplet web-1 in fra1 with {@code extra} JSON properties; its id. */
  private static long createDroplet(Client client, String extra) {
    Client.Reply created =
        client.post(
            "/v2/droplets",
            "{'name':'web-1','region':'fra1','size':'s-1vcpu-1gb','image':'ubuntu-24-04-x64'"
                + extra
                + "}");
    assertThat(created.status()).isEqualTo(202);
    return Client.id(created.object("droplet").get("id"));
  }

  @Test
  void regionsAndSizes_whenListed_referToEachOther(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply regions = client.get("/v2/regions?page=1&per_page=25");
    Client.Reply sizes = client.get("/v2/sizes?per_page=200");

    assertThat(regions.status()).isEqualTo(200);
    assertThat(regions.list("regions"))
        .extracting(r -> r.get("slug"))
        .containsExactlyElementsOf(FakeRegions.REGIONS);
    assertThat(sizes.list("sizes"))
        .extracting(s -> s.get("slug"))
        .containsExactlyElementsOf(FakeRegions.SIZES);
    assertThat(regions.list("regions"))
        .allSatisfy(r -> assertThat(r.get("sizes")).isEqualTo(FakeRegions.SIZES));
    assertThat(regions.object("meta")).containsEntry("total", 10L);
  }

  @Test
  void dropletActionsList_whenDropletWasCreated_listsItsCreateAction(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = createDroplet(client, "");
    clock.advance(ACTION_DELAY);

    Client.Reply actions = client.get("/v2/droplets/" + droplet + "/actions?page=1&per_page=25");

    assertThat(actions.status()).isEqualTo(200);
    assertThat(actions.list("actions"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a).containsEntry("type", "create").containsEntry("status", "completed");
              assertThat(Client.id(a.get("resource_id"))).isEqualTo(droplet);
            });
    assertThat(client.get("/v2/droplets/999999/actions").status()).isEqualTo(404);
  }

  @Test
  void dropletsDestroyByTag_destroysOnlyTheDropletsWithTheTag(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long staging =
        FakeDroplets.seed(
            fake.state(),
            "staging-1",
            "fra1",
            FakeVpcs.defaultVpc(fake.state(), "fra1"),
            List.of("staging"));
    long prod = FakeDroplets.seed(fake.state(), "prod-1", "fra1");

    Client.Reply deleted = client.delete("/v2/droplets?tag_name=staging");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(client.get("/v2/droplets/" + staging).status()).isEqualTo(404);
    assertThat(client.get("/v2/droplets/" + prod).status()).isEqualTo(200);
  }

  @Test
  void volumeActionsByName_whenAttachedAndDetached_actOnTheNamedVolume(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "db-1", "fra1");
    createVolume(client, "pgdata", "nyc1");
    String volume = createVolume(client, "pgdata", "fra1");
    String byName = "'volume_name':'pgdata','region':'fra1','droplet_id':" + droplet;

    Client.Reply attach = client.post("/v2/volumes/actions", "{'type':'attach'," + byName + "}");
    clock.advance(ACTION_DELAY);
    Map<String, Object> attached = client.get("/v2/volumes/" + volume).object("volume");
    Client.Reply detach = client.post("/v2/volumes/actions", "{'type':'detach'," + byName + "}");
    clock.advance(ACTION_DELAY);

    assertThat(attach.status()).isEqualTo(202);
    assertThat(attach.object("action")).containsEntry("type", "attach_volume");
    assertThat(attached.get("droplet_ids")).isEqualTo(List.of(droplet));
    assertThat(detach.status()).isEqualTo(202);
    assertThat(client.get("/v2/volumes/" + volume).object("volume").get("droplet_ids"))
        .isEqualTo(List.of());
  }

  @Test
  void volumeActionsByName_whenNoVolumeHasThatNameInTheRegion_answers404(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "db-1", "fra1");
    createVolume(client, "pgdata", "nyc1");

    Client.Reply attach =
        client.post(
            "/v2/volumes/actions",
            "{'type':'attach','volume_name':'pgdata','region':'fra1','droplet_id':"
                + droplet
                + "}");

    assertThat(attach.status()).isEqualTo(404);
    assertThat(attach.json()).containsEntry("id", "not_found");
  }

  @Test
  void volumesDeleteByName_deletesOnlyTheVolumeInThatRegion(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String nyc = createVolume(client, "pgdata", "nyc1");
    String fra = createVolume(client, "pgdata", "fra1");

    Client.Reply deleted = client.delete("/v2/volumes?name=pgdata&region=fra1");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(client.get("/v2/volumes/" + fra).status()).isEqualTo(404);
    assertThat(client.get("/v2/volumes/" + nyc).status()).isEqualTo(200);
    assertThat(client.delete("/v2/volumes?name=pgdata&region=fra1").status()).isEqualTo(404);
  }

  @Test
  void tagsGet_whenResourcesAreTagged_countsThem(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");
    String volume = createVolume(client, "pgdata", "fra1");
    client.post("/v2/tags", "{'name':'web'}");

    client.post(
        "/v2/tags/web/resources",
        "{'resources':[{'resource_id':'"
            + droplet
            + "','resource_type':'droplet'},{'resource_id':'"
            + volume
            + "','resource_type':'volume'}]}");

    Map<String, Object> resources = client.get("/v2/tags/web").object("tag");
    assertThat(resources).extracting("resources.count").isEqualTo(2L);
    assertThat(resources).extracting("resources.droplets.count").isEqualTo(1L);
    assertThat(resources).extracting("resources.volumes.count").isEqualTo(1L);
    assertThat(client.get("/v2/droplets?tag_name=web").list("droplets"))
        .extracting(d -> Client.id(d.get("id")))
        .containsExactly(droplet);
  }

  @Test
  void tagsDelete_removesTheTagFromEveryResource(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = createDroplet(client, ",'tags':['web','env:prod']");

    Client.Reply deleted = client.delete("/v2/tags/web");

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(client.get("/v2/tags/web").status()).isEqualTo(404);
    assertThat(client.get("/v2/tags").list("tags"))
        .extracting(t -> t.get("name"))
        .containsExactly("env:prod");
    assertThat(client.get("/v2/droplets/" + droplet).object("droplet").get("tags"))
        .isEqualTo(List.of("env:prod"));
  }

  @Test
  void firewallRules_whenAddedAndDeleted_changeTheFirewallsRules(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    String https = "{'protocol':'tcp','ports':'443','sources':{'addresses':['10.0.0.0/8']}}";
    String ssh = "{'protocol':'tcp','ports':'22','sources':{'addresses':['10.1.0.0/16']}}";
    String id =
        String.valueOf(
            client
                .post("/v2/firewalls", "{'name':'web','inbound_rules':[" + https + "]}")
                .object("firewall")
                .get("id"));

    Client.Reply added =
        client.post("/v2/firewalls/" + id + "/rules", "{'inbound_rules':[" + ssh + "]}");
    List<Object> portsAfterAdd = inboundPorts(client, id);
    Client.Reply removed =
        client.delete("/v2/firewalls/" + id + "/rules", "{'inbound_rules':[" + https + "]}");
    List<Object> portsAfterRemove = inboundPorts(client, id);
    Client.Reply emptied =
        client.delete("/v2/firewalls/" + id + "/rules", "{'inbound_rules':[" + ssh + "]}");

    assertThat(added.status()).isEqualTo(204);
    assertThat(portsAfterAdd).containsExactly("443", "22");
    assertThat(removed.status()).isEqualTo(204);
    assertThat(portsAfterRemove).containsExactly("22");
    assertThat(emptied.status()).as("a firewall keeps at least one rule").isEqualTo(422);
  }

  private static Client.Reply dropletAction(Client client, long droplet, String body) {
    return client.post("/v2/droplets/" + droplet + "/actions", body);
  }

  private static Map<String, Object> droplet(Client client, long droplet) {
    return client.get("/v2/droplets/" + droplet).object("droplet");
  }

  @Test
  void dropletActions_whenPowerOffAndOnComplete_changeTheStatusOnlyThen(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply off = dropletAction(client, droplet, "{'type':'power_off'}");
    Object statusWhileInProgress = droplet(client, droplet).get("status");
    clock.advance(ACTION_DELAY);
    Object statusAfterOff = droplet(client, droplet).get("status");
    Client.Reply on = dropletAction(client, droplet, "{'type':'power_on'}");
    clock.advance(ACTION_DELAY);

    assertThat(off.status()).isEqualTo(201);
    assertThat(off.object("action"))
        .containsEntry("type", "power_off")
        .containsEntry("status", "in-progress")
        .containsEntry("resource_type", "droplet")
        .containsEntry("region_slug", "fra1");
    assertThat(statusWhileInProgress).isEqualTo("active");
    assertThat(statusAfterOff).isEqualTo("off");
    assertThat(on.status()).isEqualTo(201);
    assertThat(droplet(client, droplet)).containsEntry("status", "active");
  }

  @Test
  void dropletActions_whenRebootedOrPowerCycled_stayActive(FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply reboot = dropletAction(client, droplet, "{'type':'reboot'}");
    clock.advance(ACTION_DELAY);
    Client.Reply cycle = dropletAction(client, droplet, "{'type':'power_cycle'}");
    clock.advance(ACTION_DELAY);

    assertThat(reboot.status()).isEqualTo(201);
    assertThat(cycle.status()).isEqualTo(201);
    assertThat(droplet(client, droplet)).containsEntry("status", "active");
    assertThat(client.get("/v2/droplets/" + droplet + "/actions").list("actions"))
        .extracting(a -> a.get("type"), a -> a.get("status"))
        .containsExactly(tuple("reboot", "completed"), tuple("power_cycle", "completed"));
  }

  @Test
  void dropletActions_whenPowerStateAlreadyReached_answer422(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply on = dropletAction(client, droplet, "{'type':'power_on'}");

    assertThat(on.status()).isEqualTo(422);
    assertThat(on.json()).containsEntry("id", "unprocessable_entity");
  }

  @Test
  void dropletActions_whileAnotherActionIsInProgress_answerPendingEvent(FakeDigitalOcean fake) {
    Client client = new Client(fake);
    long droplet = createDroplet(client, "");

    Client.Reply reboot = dropletAction(client, droplet, "{'type':'reboot'}");

    assertThat(reboot.status()).isEqualTo(422);
    assertThat(reboot.json()).containsEntry("message", "Droplet already has a pending event.");
    assertThat(client.get("/v2/droplets/" + droplet + "/actions").list("actions")).hasSize(1);
  }

  @Test
  void dropletActions_whenDropletUnknown_answer404(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    assertThat(dropletAction(client, 999999, "{'type':'reboot'}").status()).isEqualTo(404);
  }

  @Test
  void dropletActionsRename_whenCompleted_renamesButNeverWhenErrored(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");
    fake.state().actions().failNext(1);

    Client.Reply failed = dropletAction(client, droplet, "{'type':'rename','name':'web-2'}");
    clock.advance(ACTION_DELAY);
    Object nameAfterError = droplet(client, droplet).get("name");
    Client.Reply renamed = dropletAction(client, droplet, "{'type':'rename','name':'web-3'}");
    Object nameWhileInProgress = droplet(client, droplet).get("name");
    clock.advance(ACTION_DELAY);

    assertThat(failed.status()).isEqualTo(201);
    assertThat(nameAfterError).isEqualTo("web-1");
    assertThat(renamed.status()).isEqualTo(201);
    assertThat(nameWhileInProgress).isEqualTo("web-1");
    assertThat(droplet(client, droplet)).containsEntry("name", "web-3");
  }

  @Test
  void dropletActionsResize_whenOff_changesTheSizeOnceCompletedAndRefusesWhileOn(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply whileOn =
        dropletAction(client, droplet, "{'type':'resize','size':'s-2vcpu-4gb','disk':true}");
    dropletAction(client, droplet, "{'type':'power_off'}");
    clock.advance(ACTION_DELAY);
    Client.Reply resize =
        dropletAction(client, droplet, "{'type':'resize','size':'s-2vcpu-4gb','disk':true}");
    clock.advance(ACTION_DELAY);

    assertThat(whileOn.status()).isEqualTo(422);
    assertThat(resize.status()).isEqualTo(201);
    Map<String, Object> resized = droplet(client, droplet);
    assertThat(resized)
        .containsEntry("size_slug", "s-2vcpu-4gb")
        .containsEntry("memory", 4096L)
        .containsEntry("vcpus", 2L)
        .containsEntry("disk", 80L);
    assertThat(resized).extracting("size.slug").isEqualTo("s-2vcpu-4gb");
  }

  @Test
  @SuppressWarnings("unchecked")
  void dropletActions_whenIpv6AndBackupsEnabled_showInTheFeatures(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    dropletAction(client, droplet, "{'type':'enable_ipv6'}");
    clock.advance(ACTION_DELAY);
    dropletAction(client, droplet, "{'type':'enable_backups'}");
    clock.advance(ACTION_DELAY);

    Map<String, Object> enabled = droplet(client, droplet);
    assertThat((List<Object>) enabled.get("features")).contains("ipv6", "backups");
    assertThat((List<Object>) ((Map<String, Object>) enabled.get("networks")).get("v6")).hasSize(1);
    dropletAction(client, droplet, "{'type':'disable_backups'}");
    clock.advance(ACTION_DELAY);
    assertThat((List<Object>) droplet(client, droplet).get("features")).doesNotContain("backups");
  }

  @Test
  void dropletActionsSnapshot_whenCompleted_addsAPrivateImageListedForTheDroplet(
      FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");

    Client.Reply snapshot =
        dropletAction(client, droplet, "{'type':'snapshot','name':'web-1-before-upgrade'}");
    List<Map<String, Object>> whileInProgress =
        client.get("/v2/droplets/" + droplet + "/snapshots").list("snapshots");
    clock.advance(ACTION_DELAY);
    List<Map<String, Object>> snapshots =
        client.get("/v2/droplets/" + droplet + "/snapshots?page=1&per_page=20").list("snapshots");

    assertThat(snapshot.status()).isEqualTo(201);
    assertThat(whileInProgress).isEmpty();
    assertThat(snapshots)
        .singleElement()
        .satisfies(
            s ->
                assertThat(s)
                    .containsEntry("name", "web-1-before-upgrade")
                    .containsEntry("type", "snapshot")
                    .containsEntry("regions", List.of("fra1")));
    long imageId = Client.id(snapshots.get(0).get("id"));
    assertThat(client.get("/v2/images?private=true").list("images"))
        .singleElement()
        .satisfies(i -> assertThat(Client.id(i.get("id"))).isEqualTo(imageId));
    assertThat(client.get("/v2/images/" + imageId).object("image"))
        .containsEntry("public", false)
        .containsEntry("type", "snapshot");
    assertThat(droplet(client, droplet).get("snapshot_ids")).isEqualTo(List.of(imageId));
    assertThat(client.get("/v2/droplets/999999/snapshots").status()).isEqualTo(404);
  }

  @Test
  void dropletActionsSnapshot_whenErrored_makesNoImage(FakeDigitalOcean fake, TestClock clock) {
    Client client = new Client(fake);
    long droplet = FakeDroplets.seed(fake.state(), "web-1", "fra1");
    fake.state().actions().failNext(1);

    dropletAction(client, droplet, "{'type':'snapshot'}");
    clock.advance(ACTION_DELAY);

    assertThat(client.get("/v2/droplets/" + droplet + "/snapshots").list("snapshots")).isEmpty();
    assertThat(client.get("/v2/images?private=true").list("images")).isEmpty();
  }

  @Test
  void imagesList_listsThePublicDistributionCatalog(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply all = client.get("/v2/images?page=1&per_page=50");
    Client.Reply distributions = client.get("/v2/images?type=distribution");
    Client.Reply applications = client.get("/v2/images?type=application");

    assertThat(all.status()).isEqualTo(200);
    assertThat(all.list("images"))
        .extracting(i -> i.get("slug"))
        .containsExactlyElementsOf(FakeImages.PUBLIC_SLUGS);
    assertThat(all.object("meta")).containsEntry("total", 6L);
    assertThat(distributions.list("images")).hasSize(6);
    assertThat(applications.list("images")).isEmpty();
  }

  @Test
  void imagesGet_findsAPublicImageBySlugOrIdAndAnswers404Otherwise(FakeDigitalOcean fake) {
    Client client = new Client(fake);

    Client.Reply bySlug = client.get("/v2/images/ubuntu-24-04-x64");
    long id = Client.id(bySlug.object("image").get("id"));
    Client.Reply byId = client.get("/v2/images/" + id);

    assertThat(bySlug.status()).isEqualTo(200);
    assertThat(bySlug.object("image"))
        .containsEntry("distribution", "Ubuntu")
        .containsEntry("type", "base")
        .containsEntry("public", true);
    assertThat(byId.object("image")).containsEntry("slug", "ubuntu-24-04-x64");
    assertThat(client.get("/v2/images/no-such-image").status()).isEqualTo(404);
    assertThat(client.get("/v2/images/999999").status()).isEqualTo(404);
  }

  private static List<Object> inboundPorts(Client client, String firewallId) {
    Object rules =
        client.get("/v2/firewalls/" + firewallId).object("firewall").get("inbound_rules");
    return ((List<?>) rules)
        .stream().map(r -> ((Map<?, ?>) r).get("ports")).map(p -> (Object) p).toList();
  }
}
