package dev.seawall.volumes.volume;

import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.volumes.volume.VolumeFake.actionPosts;
import static dev.seawall.volumes.volume.VolumeFake.writesSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeVolumes;
import dev.seawall.volumes.Volumes;
import dev.seawall.volumes.VolumesOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link VolumeService} against the stateful fake with DigitalOcean's attach/detach semantics:
 * idempotency, lost responses, pending events, serialisation per droplet and local refusals. Every
 * request is validated against the official specification.
 */
class VolumeServiceFakeTest {
  @RegisterExtension static final ContractValidation CONTRACT = VolumeFake.contract();

  private FakeDigitalOcean fake;
  private TestClock clock;
  private DigitalOcean client;
  private VolumeService volumes;
  private long droplet;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.clock = clock;
    this.client = client(fake, clock);
    this.volumes = Volumes.volumes(client);
    this.droplet = FakeDroplets.seed(fake.state(), "db-1", "fra1");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static VolumeSpec spec(String name) {
    return VolumeSpec.builder().name(name).sizeGigabytes(100).region("fra1").build();
  }

  private long answered(int status) {
    return fake.calls().stream().filter(call -> call.status() == status).count();
  }

  @Test
  void apply_whenRepeated_createsOnceThenSendsNoWrite() {
    Applied<Volume> first = volumes.apply(spec("pgdata"));
    int calls = fake.calls().size();
    Applied<Volume> second = volumes.apply(spec("pgdata"));

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(writesSince(fake, calls)).isEmpty();
    assertThat(first.resource().isPreformatted()).isFalse();
    assertThat(new VolumeAuditor().audit(first.resource())).isEmpty();
    assertThat(fake.callCount(VolumesOperations.VOLUMES_CREATE)).isEqualTo(1);
  }

  @Test
  void attach_whenTheActionAnswerIsLost_waitsForTheRunningActionAndSendsOnePost() {
    Volume volume = volumes.create(spec("pgdata"));
    fake.disconnectNext(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID.operationId());

    Volume attached = volumes.attach(volume.id(), droplet);

    assertThat(attached.isAttachedTo(droplet)).isTrue();
    assertThat(fake.callCount(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)).isEqualTo(1);
  }

  @Test
  void resize_whenTheActionAnswerIsLost_startsNoSecondResize() {
    Volume volume = volumes.create(spec("pgdata"));
    fake.disconnectNext(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID.operationId());

    Volume resized = volumes.resize(volume.id(), 200);

    assertThat(resized.sizeGigabytes()).isEqualTo(200);
    assertThat(fake.callCount(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)).isEqualTo(1);
  }

  @Test
  void apply_whenSameNameInAnotherRegion_createsASecondVolume() {
    volumes.apply(spec("pgdata"));

    Volume other = volumes.apply(spec("pgdata").toBuilder().region("nyc3").build()).resource();

    assertThat(other.regionSlug()).isEqualTo("nyc3");
    assertThat(fake.callCount(VolumesOperations.VOLUMES_CREATE)).isEqualTo(2);
    assertThatThrownBy(() -> volumes.find("pgdata"))
        .hasMessageContaining("exist in 2 regions")
        .hasMessageContaining("nyc3: " + other.id());
  }

  @Test
  void apply_whenGrown_sendsOneResizeAndWaitsForIt() {
    volumes.apply(spec("pgdata"));
    Duration slept = clock.slept();

    Applied<Volume> grown = volumes.apply(spec("pgdata").toBuilder().sizeGigabytes(150).build());
    volumes.apply(spec("pgdata").toBuilder().sizeGigabytes(150).build());

    assertThat(grown.updated()).isTrue();
    assertThat(grown.diff().changes())
        .containsExactly(FieldChange.updated("size_gigabytes", "100", "150"));
    assertThat(grown.resource().sizeGigabytes()).isEqualTo(150);
    assertThat(actionPosts(fake, "resize")).isEqualTo(1);
    assertThat(clock.slept().minus(slept)).isGreaterThanOrEqualTo(VolumeFake.ACTION_DELAY);
  }

  @Test
  void apply_whenShrunk_isRefusedAndSendsOnlyReads() {
    volumes.apply(spec("pgdata"));
    int calls = fake.calls().size();

    assertThatThrownBy(() -> volumes.apply(spec("pgdata").toBuilder().sizeGigabytes(50).build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 100 → 50 (a volume cannot shrink)");
    assertThat(writesSince(fake, calls)).isEmpty();
    assertThat(volumes.find("pgdata", "fra1").orElseThrow().sizeGigabytes()).isEqualTo(100);
  }

  @Test
  void apply_whenPreformattedVolumeExistsForALuksReadySpec_isRefused() {
    volumes.create(
        spec("pgdata").toBuilder()
            .preformatWithoutLuks(FilesystemType.EXT4, Justification.of("OPS-3: legacy"))
            .build());
    int calls = fake.calls().size();

    assertThatThrownBy(() -> volumes.apply(spec("pgdata")))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("filesystem_type: ext4 → (none) (fixed at creation");
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void apply_whenTheTagsChange_assignsAndUnassignsOnlyTheDifference() {
    volumes.apply(spec("pgdata").toBuilder().tags(List.of("env:prod", "team:db")).build());

    Applied<Volume> retagged =
        volumes.apply(spec("pgdata").toBuilder().tags(List.of("team:db", "backup")).build());

    assertThat(retagged.diff().changes())
        .extracting(FieldChange::toString)
        .containsExactly("tags: - env:prod", "tags: + backup");
    assertThat(retagged.resource().tags()).contains(List.of("team:db", "backup"));
    assertThat(fake.callCount(VolumesOperations.TAGS_ASSIGN_RESOURCES)).isEqualTo(1);
    assertThat(fake.callCount(VolumesOperations.TAGS_UNASSIGN_RESOURCES)).isEqualTo(1);
    assertThat(
            volumes
                .apply(spec("pgdata").toBuilder().tags(List.of("team:db", "backup")).build())
                .diff()
                .isNone())
        .isTrue();
  }

  @Test
  void create_whenResponseLost_findsByNameInsteadOfPostingAgain() {
    fake.disconnectNext(VolumesOperations.VOLUMES_CREATE.operationId());

    Volume created = volumes.create(spec("pgdata"));

    assertThat(created.name()).isEqualTo("pgdata");
    assertThat(fake.callCount(VolumesOperations.VOLUMES_CREATE)).isEqualTo(1);
    assertThat(fake.state().table(FakeVolumes.TABLE).size()).isEqualTo(1);
  }

  @Test
  void attach_whenCalledTwice_attachesOnceAndWaitsForTheAction() {
    Volume volume = volumes.create(spec("pgdata"));

    Volume attached = volumes.attach(volume.id(), droplet);
    Volume again = volumes.attach(volume.id(), droplet);

    assertThat(attached.dropletIds()).containsExactly(droplet);
    assertThat(again.dropletIds()).containsExactly(droplet);
    assertThat(actionPosts(fake, "attach")).isEqualTo(1);
    assertThat(clock.slept()).isGreaterThanOrEqualTo(VolumeFake.ACTION_DELAY);
    @SuppressWarnings("unchecked")
    List<Object> volumeIds =
        (List<Object>) fake.state().table(FakeDroplets.TABLE).require(droplet).get("volume_ids");
    assertThat(volumeIds).containsExactly(volume.id());
  }

  @Test
  void attach_whenDropletIsInAnotherRegion_refusesWithoutAction() {
    Volume volume = volumes.create(spec("pgdata"));
    long elsewhere = FakeDroplets.seed(fake.state(), "web-1", "nyc3");

    assertThatThrownBy(() -> volumes.attach(volume.id(), elsewhere))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("volumes attach only to droplets in their region");

    assertThat(fake.callCount(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)).isZero();
  }

  @Test
  void attach_whenAttachedToAnotherDroplet_refusesWithoutAction() {
    Volume volume = volumes.create(spec("pgdata"));
    long other = FakeDroplets.seed(fake.state(), "db-2", "fra1");
    volumes.attach(volume.id(), droplet);

    assertThatThrownBy(() -> volumes.attach(volume.id(), other))
        .isInstanceOf(VolumeAttachedException.class)
        .hasMessageContaining("Detach it first");

    assertThat(actionPosts(fake, "attach")).isEqualTo(1);
  }

  @Test
  void attach_whenDropletHasAPendingEvent_retriesUntilTheEventEnds() {
    Volume volume = volumes.create(spec("pgdata"));
    FakeDroplets.startAction(fake.state(), droplet, "reboot");

    Volume attached = volumes.attach(volume.id(), droplet);

    assertThat(attached.isAttachedTo(droplet)).isTrue();
    assertThat(actionPosts(fake, "attach")).isGreaterThan(1);
    assertThat(
            fake.calls(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID.operationId()).stream()
                .filter(call -> call.status() == 202)
                .count())
        .isEqualTo(1);
  }

  @Test
  void attach_whenDropletStaysBusyPastTheTimeout_throwsWaitTimeout() {
    Volume volume = volumes.create(spec("pgdata"));
    FakeDroplets.startAction(fake.state(), droplet, "reboot");
    VolumeService impatient = volumes.withActionTimeout(Duration.ofSeconds(5));

    assertThatThrownBy(() -> impatient.attach(volume.id(), droplet))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("pending event");
    assertThat(volumes.get(volume.id()).isAttached()).isFalse();
  }

  @Test
  void attach_whenActionErrors_throwsWaitFailedAndLeavesTheVolumeDetached() {
    Volume volume = volumes.create(spec("pgdata"));
    fake.state().actions().failNext(1);

    assertThatThrownBy(() -> volumes.attach(volume.id(), droplet))
        .isInstanceOf(WaitFailedException.class)
        .hasMessageContaining("attach");
    assertThat(volumes.get(volume.id()).isAttached()).isFalse();
  }

  @Test
  void detach_whenNotAttached_sendsNoAction() {
    Volume volume = volumes.create(spec("pgdata"));

    Volume detached = volumes.detach(volume.id(), droplet);

    assertThat(detached.isAttached()).isFalse();
    assertThat(fake.callCount(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)).isZero();
  }

  @Test
  void detach_whenAttached_detachesAndUpdatesTheDroplet() {
    Volume volume = volumes.create(spec("pgdata"));
    volumes.attach(volume.id(), droplet);

    Volume detached = volumes.detach(volume.id(), droplet);
    volumes.detach(volume.id(), droplet);

    assertThat(detached.dropletIds()).isEmpty();
    assertThat(actionPosts(fake, "detach")).isEqualTo(1);
    assertThat(fake.state().table(FakeDroplets.TABLE).require(droplet).get("volume_ids"))
        .isEqualTo(List.of());
  }

  @Test
  void attach_fromManyThreadsOnOneDroplet_runsActionsOneAtATime() throws Exception {
    List<Volume> created = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      created.add(volumes.create(spec("data-" + i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Volume>> tasks = new ArrayList<>();
      for (Volume volume : created) {
        // A separate service per thread: serialisation must not depend on sharing one instance.
        tasks.add(() -> Volumes.volumes(client).attach(volume.id(), droplet));
      }
      List<Future<Volume>> results = pool.invokeAll(tasks, 2, TimeUnit.MINUTES);
      for (Future<Volume> result : results) {
        assertThat(result.get().isAttachedTo(droplet)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(actionPosts(fake, "attach")).isEqualTo(4);
    assertThat(answered(422)).as("no pending-event refusals: %s", fake.calls()).isZero();
  }

  @Test
  void resize_whenLarger_growsAfterTheAction() {
    Volume volume = volumes.create(spec("pgdata"));

    Volume resized = volumes.resize(volume.id(), 250);

    assertThat(resized.sizeGigabytes()).isEqualTo(250);
    assertThat(actionPosts(fake, "resize")).isEqualTo(1);
  }

  @Test
  void resize_whenSmaller_refusesLocallyAndSendsNoAction() {
    Volume volume = volumes.create(spec("pgdata"));

    assertThatThrownBy(() -> volumes.resize(volume.id(), 99))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 100 → 99 (a volume cannot shrink)");

    assertThat(fake.callCount(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID)).isZero();
    assertThat(volumes.get(volume.id()).sizeGigabytes()).isEqualTo(100);
  }

  @Test
  void delete_whenAttached_refusesLocally_thenDeletesAfterDetach() {
    Volume volume = volumes.create(spec("pgdata"));
    volumes.attach(volume.id(), droplet);

    assertThatThrownBy(() -> volumes.delete(volume.id()))
        .isInstanceOf(VolumeAttachedException.class);
    assertThat(fake.callCount(VolumesOperations.VOLUMES_DELETE)).isZero();

    volumes.detach(volume.id(), droplet);
    assertThat(volumes.delete(volume.id())).isEqualTo(Deletion.DELETED);
    assertThat(volumes.delete(volume.id())).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(fake.callCount(VolumesOperations.VOLUMES_DELETE)).isEqualTo(1);
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheVolumeAsDeleted() {
    Volume volume = volumes.create(spec("pgdata"));
    fake.disconnectNext(VolumesOperations.VOLUMES_DELETE.operationId());

    assertThat(volumes.delete(volume.id())).isEqualTo(Deletion.ALREADY_DELETED);

    assertThat(fake.callCount(VolumesOperations.VOLUMES_DELETE)).isEqualTo(2);
    assertThat(volumes.find("pgdata", "fra1")).isEmpty();
  }

  @Test
  void snapshot_whenResponseLost_findsItByNameInsteadOfPostingAgain() {
    Volume volume = volumes.create(spec("pgdata"));
    fake.disconnectNext("volumeSnapshots_create");

    VolumeSnapshot snapshot = volumes.snapshot(volume.id(), "nightly", List.of("backup"));

    assertThat(snapshot.name()).isEqualTo("nightly");
    assertThat(snapshot.resourceId()).isEqualTo(volume.id());
    assertThat(fake.callCount("volumeSnapshots_create")).isEqualTo(1);
    assertThat(fake.state().table(FakeVolumes.SNAPSHOTS).size()).isEqualTo(1);
  }

  @Test
  void listAll_withRegion_returnsOnlyThatRegion() {
    volumes.create(spec("a"));
    volumes.create(spec("b").toBuilder().region("nyc3").build());

    assertThat(volumes.listAll("fra1").map(Volume::name)).containsExactly("a");
    assertThat(volumes.listAll().map(Volume::name)).containsExactly("a", "b");
    assertThat(volumes.find("b", "nyc3")).isPresent();
    assertThat(volumes.find("b", "fra1")).isEmpty();
  }

  @Test
  void auditor_onAPreformattedVolume_reportsSwVol001() {
    Volume raw = volumes.create(spec("raw"));
    Volume formatted =
        volumes.create(
            spec("formatted").toBuilder()
                .preformatWithoutLuks(FilesystemType.EXT4, Justification.of("OPS-2: scratch"))
                .build());

    VolumeAuditor auditor = new VolumeAuditor();

    assertThat(auditor.audit(raw)).isEmpty();
    assertThat(auditor.audit(formatted)).extracting(v -> v.ruleId()).containsExactly("SW-VOL-001");
    assertThat(formatted.filesystem()).contains(FilesystemType.EXT4);
  }
}
