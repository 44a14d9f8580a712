package dev.seawall.volumes.volume;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.UnprocessableException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import dev.seawall.volumes.Volumes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link VolumeService} method: HTTP method, path and JSON body of every request, each
 * request validated against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class VolumeServiceRequestTest {
  private static final String ID = "506f78a4-e098-11e5-ad9f-000f53306ae1";
  private static final long DROPLET = 11612190L;

  private MockWebServer server;
  private TestClock clock;
  private DigitalOcean client;
  private VolumeService volumes;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.clock = clock;
    this.client = client(server, clock);
    this.volumes = Volumes.volumes(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A JSON response from JSON text written with single quotes for readability. */
  private static MockResponse json(int status, String singleQuoted) {
    return TestClients.json(status, singleQuoted.replace('\'', '"'));
  }

  private static String volume(int size, String dropletIds, String filesystemType) {
    return "{'id':'"
        + ID
        + "','name':'pgdata','size_gigabytes':"
        + size
        + ",'region':{'name':'Frankfurt 1','slug':'fra1','sizes':['s-1vcpu-1gb'],"
        + "'features':['storage'],'available':true},'droplet_ids':["
        + dropletIds
        + "],'filesystem_type':'"
        + filesystemType
        + "','filesystem_label':'','tags':['env:prod'],'created_at':'2020-03-02T17:00:49Z',"
        + "'description':'Postgres data'}";
  }

  private static String single(String volume) {
    return "{'volume':" + volume + "}";
  }

  private static String list(String... volumes) {
    return "{'volumes':["
        + String.join(",", volumes)
        + "],'links':{},'meta':{'total':"
        + volumes.length
        + "}}";
  }

  private static String action(long id, String status, String type) {
    return "{'action':{'id':"
        + id
        + ",'status':'"
        + status
        + "','type':'"
        + type
        + "','started_at':'2020-11-12T17:51:03Z','completed_at':null,'resource_id':null,"
        + "'resource_type':'volume','region_slug':'fra1'}}";
  }

  private static String droplet(String region) {
    return "{'droplet':{'id':"
        + DROPLET
        + ",'name':'db-1','memory':1024,'vcpus':1,'disk':25,'locked':false,'status':'active',"
        + "'created_at':'2020-07-21T18:37:44Z','features':[],'backup_ids':[],"
        + "'next_backup_window':null,'snapshot_ids':[],'image':{},'volume_ids':[],"
        + "'size':{},'size_slug':'s-1vcpu-1gb','networks':{},'region':{'name':'R','slug':'"
        + region
        + "','sizes':[],'features':[],'available':true},'tags':[]}}";
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest();
  }

  private static VolumeSpec spec() {
    return VolumeSpec.builder()
        .name("pgdata")
        .sizeGigabytes(100)
        .region("fra1")
        .description("Postgres data")
        .addTag("env:prod")
        .build();
  }

  @Test
  void apply_whenAbsent_looksUpByNameAndRegionThenPostsWithoutFilesystemType() throws Exception {
    server.enqueue(json(200, list()));
    server.enqueue(json(201, single(volume(100, "", ""))));

    Applied<Volume> applied = volumes.apply(spec());
    Volume created = applied.resource();

    RecordedRequest lookup = take();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/volumes");
    assertThat(lookup.getUrl().queryParameter("name")).isEqualTo("pgdata");
    assertThat(lookup.getUrl().queryParameter("region")).isEqualTo("fra1");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/volumes");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'pgdata','size_gigabytes':100,'region':'fra1',"
                    + "'description':'Postgres data','tags':['env:prod']}"));
    assertThat(created.id()).isEqualTo(ID);
    assertThat(created.regionSlug()).isEqualTo("fra1");
    assertThat(created.createdAt()).contains(Instant.parse("2020-03-02T17:00:49Z"));
    assertThat(created.isPreformatted()).isFalse();
    assertThat(applied.diff().changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "region = fra1",
            "size_gigabytes = 100",
            "filesystem_type = (none)",
            "description = Postgres data",
            "tags = [env:prod]");
  }

  @Test
  void create_whenPreformatOptedOutAndFromSnapshot_postsAtOnceWithCreateOnlyFields()
      throws Exception {
    server.enqueue(json(201, single(volume(100, "", "xfs"))));
    VolumeSpec spec =
        spec().toBuilder()
            .tags(List.of())
            .description("")
            .snapshotId("b0798135-fb76-11eb-946a-0a58ac146f33")
            .preformatWithoutLuks(
                FilesystemType.XFS, dev.seawall.core.policy.Justification.of("OPS-1: scratch"))
            .filesystemLabel("scratch")
            .build();

    volumes.create(spec);

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'pgdata','size_gigabytes':100,'region':'fra1',"
                    + "'snapshot_id':'b0798135-fb76-11eb-946a-0a58ac146f33',"
                    + "'filesystem_type':'xfs','filesystem_label':'scratch'}"));
  }

  @Test
  void apply_whenTheSameVolumeExists_returnsItWithoutWriting() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));

    Applied<Volume> applied = volumes.apply(spec());

    assertThat(applied.resource().id()).isEqualTo(ID);
    assertThat(applied.diff().isNone()).isTrue();
    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenTheSpecIsLarger_postsOneResizeAndAwaitsIt() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));
    server.enqueue(json(202, action(11, "in-progress", "resize_volume")));
    server.enqueue(json(200, action(11, "completed", "resize_volume")));
    server.enqueue(json(200, single(volume(200, "", ""))));

    Applied<Volume> applied = volumes.apply(spec().toBuilder().sizeGigabytes(200).build());

    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes");
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions");
    assertThat(bodyTree(post))
        .isEqualTo(tree("{'type':'resize','size_gigabytes':200,'region':'fra1'}"));
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions/11");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
    assertThat(applied.updated()).isTrue();
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("size_gigabytes", "100", "200"));
    assertThat(applied.resource().sizeGigabytes()).isEqualTo(200);
  }

  @Test
  void apply_whenTheSpecIsSmaller_isRefusedAfterReadingOnly() {
    server.enqueue(json(200, list(volume(100, "", ""))));

    assertThatThrownBy(() -> volumes.apply(spec().toBuilder().sizeGigabytes(50).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 100 → 50 (a volume cannot shrink)")
        .hasMessageContaining("nothing was sent");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenTheTagsDiffer_unassignsThenCreatesAndAssignsAndRereads() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));
    server.enqueue(noContent());
    server.enqueue(json(201, "{'tag':{'name':'env:staging','resources':{'count':0}}}"));
    server.enqueue(noContent());
    server.enqueue(json(200, single(volume(100, "", "").replace("env:prod", "env:staging"))));

    Applied<Volume> applied =
        volumes.apply(spec().toBuilder().tags(List.of("env:staging")).build());

    take();
    String volumeTag = "{'resources':[{'resource_id':'" + ID + "','resource_type':'volume'}]}";
    RecordedRequest untag = take();
    assertThat(untag.getMethod()).isEqualTo("DELETE");
    assertThat(untag.getUrl().pathSegments())
        .containsExactly("v2", "tags", "env:prod", "resources");
    assertThat(bodyTree(untag)).isEqualTo(tree(volumeTag));
    RecordedRequest createTag = take();
    assertThat(createTag.getMethod()).isEqualTo("POST");
    assertThat(createTag.getUrl().encodedPath()).isEqualTo("/v2/tags");
    assertThat(bodyTree(createTag)).isEqualTo(tree("{'name':'env:staging'}"));
    RecordedRequest tag = take();
    assertThat(tag.getMethod()).isEqualTo("POST");
    assertThat(tag.getUrl().pathSegments())
        .containsExactly("v2", "tags", "env:staging", "resources");
    assertThat(bodyTree(tag)).isEqualTo(tree(volumeTag));
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
    assertThat(applied.diff().changes())
        .extracting(FieldChange::toString)
        .containsExactly("tags: - env:prod", "tags: + env:staging");
    assertThat(applied.resource().tags()).contains(List.of("env:staging"));
  }

  @Test
  void diff_whenTheApiOmitsTheTags_treatsThemAsUnknown() {
    server.enqueue(json(200, list(volume(100, "", "").replace("'tags':['env:prod'],", ""))));

    Diff diff = volumes.diff(spec().toBuilder().tags(List.of("env:staging")).build());

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void update_whenTheDescriptionDiffers_isRefusedAfterReadingOnly() {
    server.enqueue(json(200, single(volume(100, "", ""))));

    assertThatThrownBy(() -> volumes.update(ID, spec().toBuilder().description("other").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("description: Postgres data → other (fixed at creation");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void find_whenTheNameIsUsedInTwoRegions_refusesNamingRegionsAndIds() throws Exception {
    String nyc3 =
        volume(100, "", "")
            .replace(ID, "7724db7c-e098-11e5-b522-000f53304e51")
            .replace("'slug':'fra1'", "'slug':'nyc3'");
    server.enqueue(json(200, list(volume(100, "", ""), nyc3)));

    assertThatThrownBy(() -> volumes.find("pgdata"))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("fra1: " + ID)
        .hasMessageContaining("nyc3: 7724db7c-e098-11e5-b522-000f53304e51")
        .hasMessageContaining("find(name, region)");
    RecordedRequest request = take();
    assertThat(request.getUrl().queryParameter("name")).isEqualTo("pgdata");
    assertThat(request.getUrl().queryParameter("region")).isNull();
  }

  @Test
  void get_always_getsTheVolumeById() throws Exception {
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    Volume volume = volumes.get(ID);

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
    assertThat(volume.dropletIds()).containsExactly(DROPLET);
    assertThat(volume.isAttachedTo(DROPLET)).isTrue();
    assertThat(volume.tags()).contains(List.of("env:prod"));
    assertThat(volume.description()).isEqualTo("Postgres data");
    assertThat(volume.devicePath()).isEqualTo("/dev/disk/by-id/scsi-0DO_Volume_pgdata");
  }

  @Test
  void find_whenNoMatch_isEmpty() throws Exception {
    server.enqueue(json(200, list()));

    Optional<Volume> found = volumes.find("pgdata", "nyc3");

    RecordedRequest request = take();
    assertThat(request.getUrl().queryParameter("name")).isEqualTo("pgdata");
    assertThat(request.getUrl().queryParameter("region")).isEqualTo("nyc3");
    assertThat(found).isEmpty();
  }

  @Test
  void list_withPage_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));

    Page<Volume> page = volumes.list(2, 50);

    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/volumes");
    assertThat(request.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(request.getUrl().queryParameter("per_page")).isEqualTo("50");
    assertThat(page.items()).extracting(Volume::name).containsExactly("pgdata");
  }

  @Test
  void listAll_withRegion_filtersByRegion() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));

    List<Volume> all = volumes.listAll("fra1").toList();

    RecordedRequest request = take();
    assertThat(request.getUrl().queryParameter("region")).isEqualTo("fra1");
    assertThat(request.getUrl().queryParameter("per_page")).isEqualTo("200");
    assertThat(all).hasSize(1);
  }

  @Test
  void listAll_always_requestsPagesOf200() throws Exception {
    server.enqueue(json(200, list(volume(100, "", ""))));

    assertThat(volumes.listAll().toList()).hasSize(1);

    RecordedRequest request = take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v2/volumes");
    assertThat(request.getUrl().queryParameter("region")).isNull();
  }

  @Test
  void delete_whenDetached_getsThenDeletes() throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(noContent());

    assertThat(volumes.delete(ID)).isEqualTo(Deletion.DELETED);

    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest delete = take();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
  }

  @Test
  void delete_whenAttached_refusesLocallyWithHintToDetach() throws Exception {
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    assertThatThrownBy(() -> volumes.delete(ID))
        .isInstanceOf(VolumeAttachedException.class)
        .hasMessageContaining("detach(volumeId, dropletId)")
        .satisfies(
            e -> assertThat(((VolumeAttachedException) e).dropletIds()).containsExactly(DROPLET));

    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void delete_whenAbsent_isAlreadyDeleted() {
    server.enqueue(json(404, "{'id':'not_found','message':'The resource was not found.'}"));

    assertThat(volumes.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void snapshot_always_postsNameAndTags() throws Exception {
    server.enqueue(
        json(
            201,
            "{'snapshot':{'id':'8fa70202-873f-11e6-8b68-000f533176b1','name':'nightly',"
                + "'regions':['fra1'],'created_at':'2020-09-30T18:56:14Z','min_disk_size':100,"
                + "'size_gigabytes':0,'resource_id':'"
                + ID
                + "','resource_type':'volume','tags':['backup']}}"));

    VolumeSnapshot snapshot = volumes.snapshot(ID, "nightly", List.of("backup"));

    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/snapshots");
    assertThat(bodyTree(post)).isEqualTo(tree("{'name':'nightly','tags':['backup']}"));
    assertThat(snapshot.resourceId()).isEqualTo(ID);
    assertThat(snapshot.minDiskSize()).isEqualTo(100);
  }

  @Test
  void snapshot_whenNameIsBlank_refusesLocally() {
    assertThatThrownBy(() -> volumes.snapshot(ID, " ", List.of("bad tag")))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("snapshot.name")
        .hasMessageContaining("snapshot.tags[0]");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void attach_whenDetached_checksRegionPostsAttachAndAwaitsTheAction() throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(200, droplet("fra1")));
    server.enqueue(json(202, action(72531856, "in-progress", "attach_volume")));
    server.enqueue(json(200, action(72531856, "completed", "attach_volume")));
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    Volume attached = volumes.attach(ID, DROPLET);

    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/droplets/" + DROPLET);
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions");
    assertThat(bodyTree(post))
        .isEqualTo(tree("{'type':'attach','droplet_id':" + DROPLET + ",'region':'fra1'}"));
    RecordedRequest poll = take();
    assertThat(poll.getMethod()).isEqualTo("GET");
    assertThat(poll.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions/72531856");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID);
    assertThat(attached.isAttachedTo(DROPLET)).isTrue();
  }

  @Test
  void attach_whenAlreadyAttachedToTheDroplet_sendsNothingElse() throws Exception {
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    Volume volume = volumes.attach(ID, DROPLET);

    assertThat(volume.isAttachedTo(DROPLET)).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void attach_whenDropletIsInAnotherRegion_refusesLocallyWithoutAction() throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(200, droplet("nyc3")));

    assertThatThrownBy(() -> volumes.attach(ID, DROPLET))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("nyc3")
        .hasMessageContaining("fra1");

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void attach_whenDropletHasAPendingEvent_retriesWithBackoffUntilAccepted() throws Exception {
    String pending =
        "{'id':'unprocessable_entity','message':'Droplet already has a pending event.'}";
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(200, droplet("fra1")));
    for (int i = 0; i < 2; i++) {
      server.enqueue(json(422, pending));
      server.enqueue(json(200, single(volume(100, "", "")))); // the goal check: not attached yet
      server.enqueue(json(200, "{'actions':[],'links':{},'meta':{'total':0}}")); // none running
    }
    server.enqueue(json(202, action(7, "in-progress", "attach_volume")));
    server.enqueue(json(200, action(7, "completed", "attach_volume")));
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    volumes.attach(ID, DROPLET);

    take();
    take();
    for (int i = 0; i < 3; i++) {
      RecordedRequest post = take();
      assertThat(post.getMethod()).isEqualTo("POST");
      assertThat(bodyTree(post))
          .isEqualTo(tree("{'type':'attach','droplet_id':" + DROPLET + ",'region':'fra1'}"));
      if (i < 2) {
        assertThat(take().getMethod()).isEqualTo("GET");
        assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions");
      }
    }
    assertThat(clock.sleeps()).hasSize(2);
    assertThat(clock.sleeps().get(1)).isGreaterThan(clock.sleeps().get(0));
  }

  @Test
  void attach_whenOther422_failsWithoutRetry() {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(200, droplet("fra1")));
    server.enqueue(
        json(422, "{'id':'unprocessable_entity','message':'Too many volumes attached.'}"));
    server.enqueue(json(200, single(volume(100, "", "")))); // the goal check: not attached
    server.enqueue(json(200, "{'actions':[],'links':{},'meta':{'total':0}}")); // none running

    assertThatThrownBy(() -> volumes.attach(ID, DROPLET))
        .isInstanceOf(UnprocessableException.class)
        .hasMessageContaining("Too many volumes");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void detach_whenAttached_postsDropletIdAndRegionAndAwaits() throws Exception {
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));
    server.enqueue(json(202, action(9, "in-progress", "detach_volume")));
    server.enqueue(json(200, action(9, "completed", "detach_volume")));
    server.enqueue(json(200, single(volume(100, "", ""))));

    Volume detached = volumes.detach(ID, DROPLET);

    take();
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions");
    assertThat(bodyTree(post))
        .isEqualTo(tree("{'type':'detach','droplet_id':" + DROPLET + ",'region':'fra1'}"));
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/volumes/" + ID + "/actions/9");
    assertThat(detached.isAttached()).isFalse();
  }

  @Test
  void detach_whenNotAttached_isANoOp() {
    server.enqueue(json(200, single(volume(100, "", ""))));

    Volume volume = volumes.detach(ID, DROPLET);

    assertThat(volume.isAttached()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void detach_whenAnswered422BecauseItIsAlreadyDetached_succeeds() throws Exception {
    // A stale read still shows the attachment; DigitalOcean refuses the detach with 422.
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));
    server.enqueue(
        json(422, "{\"id\":\"unprocessable_entity\",\"message\":\"Attachment not found\"}"));
    server.enqueue(json(200, single(volume(100, "", "")))); // the goal check: detached
    server.enqueue(json(200, single(volume(100, "", ""))));

    Volume volume = volumes.detach(ID, DROPLET);

    assertThat(volume.isAttached()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void attach_whenTheActionAnswerIs503ButTheVolumeIsAttached_checksInsteadOfRetrying()
      throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(200, droplet("fra1")));
    server.enqueue(json(503, "{\"id\":\"service_unavailable\",\"message\":\"busy\"}"));
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), "")))); // goal holds
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));

    Volume volume = volumes.attach(ID, DROPLET);

    assertThat(volume.isAttachedTo(DROPLET)).isTrue();
    long posts = 0;
    for (int i = 0; i < 5; i++) {
      posts += take().getMethod().equals("POST") ? 1 : 0;
    }
    assertThat(posts).isEqualTo(1);
  }

  @Test
  void detach_whenActionErrors_throwsWaitFailed() {
    server.enqueue(json(200, single(volume(100, String.valueOf(DROPLET), ""))));
    server.enqueue(json(202, action(9, "in-progress", "detach_volume")));
    server.enqueue(json(200, action(9, "errored", "detach_volume")));

    assertThatThrownBy(() -> volumes.detach(ID, DROPLET))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("action 9");
  }

  @Test
  void resize_whenLarger_postsResizeAndAwaits() throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));
    server.enqueue(json(202, action(11, "in-progress", "resize_volume")));
    server.enqueue(json(200, action(11, "completed", "resize_volume")));
    server.enqueue(json(200, single(volume(200, "", ""))));

    Volume resized = volumes.resize(ID, 200);

    take();
    RecordedRequest post = take();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post))
        .isEqualTo(tree("{'type':'resize','size_gigabytes':200,'region':'fra1'}"));
    assertThat(resized.sizeGigabytes()).isEqualTo(200);
  }

  @Test
  void resize_whenSmaller_refusesLocallyAndSendsNoAction() throws Exception {
    server.enqueue(json(200, single(volume(100, "", ""))));

    assertThatThrownBy(() -> volumes.resize(ID, 50))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 100 → 50 (a volume cannot shrink)");

    assertThat(take().getMethod()).isEqualTo("GET");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void resize_whenOutOfRange_refusesBeforeAnyRequest() {
    assertThatThrownBy(() -> volumes.resize(ID, 16385))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("16384");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void resize_whenSameSize_isANoOp() {
    server.enqueue(json(200, single(volume(100, "", ""))));

    assertThat(volumes.resize(ID, 100).sizeGigabytes()).isEqualTo(100);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void operations_always_needOnlyBlockStorageAndDropletReadScopes() {
    assertThat(Scopes.required(VolumeService.operations()))
        .containsExactly(
            "block_storage:create",
            "block_storage:delete",
            "block_storage:read",
            "block_storage_action:create",
            "block_storage_action:read",
            "block_storage_snapshot:create",
            "block_storage_snapshot:read",
            "droplet:read",
            "tag:create",
            "tag:delete");
  }
}
