package dev.seawall.volumes.volume;

import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.volumes.volume.VolumeFake.actionPosts;
import static dev.seawall.volumes.volume.VolumeFake.writesSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackEvent;
import dev.seawall.core.stack.StackResource;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.volumes.Volumes;
import dev.seawall.volumes.VolumesOperations;
import dev.seawall.volumes.VolumesRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link VolumeResource} in a {@link Stack} against the stateful fake: the live plan shows the
 * volume's diff and its attachment, applying does exactly that and reports it, and a refused change
 * sends nothing but reads.
 */
class VolumeResourceTest {
  @RegisterExtension static final ContractValidation CONTRACT = VolumeFake.contract();

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private long dbOne;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.dbOne = FakeDroplets.seed(fake.state(), "db-1", "fra1");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /**
   * A droplet of the stack ({@code volumes} does not depend on {@code compute}) the fake already
   * has; unless {@code knownWhenPlanned}, a live plan sees no id, as for a droplet not created yet
   * or a kind that cannot be planned live yet.
   */
  private record Droplet(ResourceKey key, long id, String region, boolean knownWhenPlanned)
      implements StackResource {
    static Droplet existing(String name, long id, String region) {
      return new Droplet(ResourceKey.of("droplet", name), id, region, true);
    }

    static Droplet unknownWhenPlanned(String name, long id) {
      return new Droplet(ResourceKey.of("droplet", name), id, "fra1", false);
    }

    @Override
    public Set<ResourceKey> dependsOn() {
      return Set.of();
    }

    @Override
    public List<Operation> operations() {
      return List.of();
    }

    @Override
    public List<Violation> validate() {
      return List.of();
    }

    @Override
    public List<AcknowledgedRisk> acknowledgedRisks() {
      return List.of();
    }

    @Override
    public ResourcePlan plan(StackContext context) {
      if (!knownWhenPlanned) {
        return new ResourcePlan(
            key,
            Diff.create(List.of(FieldChange.created("region", region))),
            Optional.empty(),
            Map.of(),
            List.of());
      }
      return new ResourcePlan(
          key, Diff.NONE, Optional.of(String.valueOf(id)), Map.of("region", region), List.of());
    }

    @Override
    public AppliedResource apply(StackContext context) {
      return new AppliedResource(
          key, String.valueOf(id), "active", Diff.NONE, Map.of("region", region));
    }
  }

  private static VolumeSpec.Builder spec(int sizeGigabytes) {
    return VolumeSpec.builder().sizeGigabytes(sizeGigabytes).region("fra1");
  }

  private VolumeResource volume(int sizeGigabytes) {
    return VolumeResource.builder(client, "pgdata", spec(sizeGigabytes)).build();
  }

  private VolumeResource volume(int sizeGigabytes, StackResource droplet) {
    return VolumeResource.builder(client, "pgdata", spec(sizeGigabytes)).attachTo(droplet).build();
  }

  private static AppliedResource only(ApplyResult result, ResourceKey key) {
    assertThat(result.succeeded()).as("%s", result.failed()).isTrue();
    return result.applied().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void apply_whenGrownFrom20To30_sendsOneResizeWaitsForItAndReportsUpdated() {
    Stack.builder().add(volume(20)).build().apply(1);
    VolumeResource grown = volume(30);
    Stack stack = Stack.builder().add(grown).build();
    List<StackEvent> events = new ArrayList<>();

    Plan plan = stack.planLive();
    ApplyResult result = stack.apply(plan, 1, events::add);

    assertThat(plan.render())
        .contains("~ volume/pgdata (update in-place)", "size_gigabytes: 20 → 30");
    assertThat(plan.requiredScopes())
        .contains("block_storage_action:create")
        .doesNotContain("block_storage:create", "tag:create");
    AppliedResource applied = only(result, grown.key());
    assertThat(applied.outcome()).isEqualTo("updated");
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("size_gigabytes", "20", "30"));
    assertThat(actionPosts(fake, "resize")).isEqualTo(1);
    assertThat(events)
        .filteredOn(StackEvent.Waiting.class::isInstance)
        .map(e -> ((StackEvent.Waiting) e).awaited())
        .anySatisfy(awaited -> assertThat(awaited).contains("resize of volume pgdata"));
    assertThat(Volumes.volumes(client).find("pgdata", "fra1").orElseThrow().sizeGigabytes())
        .isEqualTo(30);
  }

  @Test
  void planLive_whenShrunkFrom30To20_showsRefusedAndApplySendsOnlyReads() {
    Stack.builder().add(volume(30)).build().apply(1);
    Stack stack = Stack.builder().add(volume(20)).build();
    int calls = fake.calls().size();

    Plan plan = stack.planLive();

    assertThat(plan.render())
        .contains("! volume/pgdata (refused)", "size_gigabytes: 30 → 20 (a volume cannot shrink)");
    assertThatThrownBy(() -> stack.apply(plan, 1, event -> {}))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("size_gigabytes: 30 → 20 (a volume cannot shrink)");
    assertThatThrownBy(() -> stack.apply(1)).isInstanceOf(RefusedChangeException.class);
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void apply_whenAttachedToADroplet_createsAndAttachesOnceThenChangesNothing() {
    Droplet droplet = Droplet.existing("db-1", dbOne, "fra1");
    VolumeResource data = volume(20, droplet);
    Stack stack = Stack.builder().add(droplet).add(data).build();

    Plan plan = stack.planLive();
    AppliedResource created = only(stack.apply(plan, 1, event -> {}), data.key());
    int calls = fake.calls().size();
    Plan again = stack.planLive();
    AppliedResource unchanged = only(stack.apply(again, 1, event -> {}), data.key());

    assertThat(plan.render()).contains("+ volume/pgdata (create)", "droplet_ids: + " + dbOne);
    assertThat(plan.resource(data.key()).orElseThrow().operations())
        .contains(VolumesOperations.VOLUMES_CREATE, VolumesOperations.VOLUME_ACTIONS_POST_BY_ID);
    assertThat(created.outcome()).isEqualTo("created");
    assertThat(created.status()).isEqualTo("attached");
    assertThat(created.output("device_path")).contains("/dev/disk/by-id/scsi-0DO_Volume_pgdata");
    assertThat(actionPosts(fake, "attach")).isEqualTo(1);
    assertThat(again.render()).contains("= volume/pgdata (no change)");
    assertThat(unchanged.outcome()).isEqualTo("unchanged");
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void apply_whenTheVolumeExistsDetached_attachesItAsAnUpdate() {
    Volumes.volumes(client).create(spec(20).name("pgdata").build());
    Droplet droplet = Droplet.existing("db-1", dbOne, "fra1");
    VolumeResource data = volume(20, droplet);

    AppliedResource applied =
        only(Stack.builder().add(droplet).add(data).build().apply(1), data.key());

    assertThat(applied.outcome()).isEqualTo("updated");
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.added("droplet_ids", String.valueOf(dbOne)));
    assertThat(actionPosts(fake, "attach")).isEqualTo(1);
    assertThat(actionPosts(fake, "resize")).isZero();
  }

  @Test
  void planLive_whenAttachedToAnotherDroplet_isRefusedAndApplySendsNothing() {
    VolumeService volumes = Volumes.volumes(client);
    Volume existing = volumes.create(spec(20).name("pgdata").build());
    volumes.attach(existing.id(), dbOne);
    long dbTwo = FakeDroplets.seed(fake.state(), "db-2", "fra1");
    Droplet other = Droplet.existing("db-2", dbTwo, "fra1");
    Stack stack = Stack.builder().add(other).add(volume(20, other)).build();
    int calls = fake.calls().size();

    Plan plan = stack.planLive();

    assertThat(plan.render())
        .contains("! volume/pgdata (refused)")
        .contains("droplet_ids: [" + dbOne + "] → [" + dbTwo + "] (attached to another droplet");
    assertThatThrownBy(() -> stack.apply(plan, 1, event -> {}))
        .isInstanceOf(RefusedChangeException.class);
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void planLive_whenTheDropletIsInAnotherRegion_isRefused() {
    long elsewhere = FakeDroplets.seed(fake.state(), "web-1", "nyc3");
    Droplet droplet = Droplet.existing("web-1", elsewhere, "nyc3");

    Plan plan = Stack.builder().add(droplet).add(volume(20, droplet)).build().planLive();

    assertThat(plan.render())
        .contains("! volume/pgdata (refused)")
        .contains("droplet/web-1 is in nyc3 and a volume attaches only to droplets in its region");
  }

  @Test
  void planLive_whenTheDropletIsNotCreatedYet_showsItsIdAsKnownAfterApply() {
    Droplet later = Droplet.unknownWhenPlanned("db-9", 999);

    Plan plan = Stack.builder().add(later).add(volume(20, later)).build().planLive();

    assertThat(plan.render())
        .contains("+ volume/pgdata (create)", "droplet_ids: + (known after apply)");
  }

  @Test
  void apply_whenAttachedAndTheDropletIdIsKnownOnlyAtApply_changesNothingForThatDroplet() {
    VolumeService volumes = Volumes.volumes(client);
    volumes.attach(volumes.create(spec(20).name("pgdata").build()).id(), dbOne);
    Droplet droplet = Droplet.unknownWhenPlanned("db-1", dbOne);
    VolumeResource data = volume(20, droplet);
    Stack stack = Stack.builder().add(droplet).add(data).build();
    int calls = fake.calls().size();

    Plan plan = stack.planLive();
    ApplyResult result = stack.apply(plan, 1, event -> {});

    assertThat(plan.render())
        .contains("~ volume/pgdata (update in-place)")
        .contains("droplet_ids: [" + dbOne + "] → [(known after apply)]");
    assertThat(only(result, data.key()).outcome()).isEqualTo("unchanged");
    assertThat(result.changedSincePlan()).contains(data.key());
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void apply_whenAttachedElsewhereAndTheDropletIdIsKnownOnlyAtApply_refusesTheVolume() {
    VolumeService volumes = Volumes.volumes(client);
    volumes.attach(volumes.create(spec(20).name("pgdata").build()).id(), dbOne);
    long dbTwo = FakeDroplets.seed(fake.state(), "db-2", "fra1");
    Droplet droplet = Droplet.unknownWhenPlanned("db-2", dbTwo);
    VolumeResource data = volume(20, droplet);
    int calls = fake.calls().size();

    ApplyResult result = Stack.builder().add(droplet).add(data).build().apply(1);

    assertThat(result.failed())
        .singleElement()
        .satisfies(
            failure -> {
              assertThat(failure.key()).isEqualTo(data.key());
              assertThat(failure.error())
                  .isInstanceOf(RefusedChangeException.class)
                  .hasMessageContaining("attached to another droplet");
            });
    assertThat(writesSince(fake, calls)).isEmpty();
  }

  @Test
  void operations_whenAttached_addTheAttachActionAndItsChecks() {
    Droplet droplet = Droplet.existing("db-1", dbOne, "fra1");
    VolumeResource attached = volume(20, droplet);
    VolumeResource detached = volume(20);

    assertThat(attached.validate()).isEmpty();
    assertThat(attached.dependsOn()).containsExactly(droplet.key());
    assertThat(attached.attachedTo()).contains(droplet.key());
    assertThat(attached.operations())
        .contains(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID, VolumesOperations.DROPLETS_GET);
    assertThat(detached.operations())
        .contains(
            VolumesOperations.VOLUMES_LIST,
            VolumesOperations.VOLUMES_CREATE,
            VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
            VolumesOperations.TAGS_ASSIGN_RESOURCES)
        .doesNotContain(VolumesOperations.DROPLETS_GET);
    assertThat(detached.dependsOn()).isEmpty();
  }

  @Test
  void attachTo_whenNotADroplet_refusesNamingIt() {
    VolumeResource other = volume(20);

    assertThatThrownBy(() -> VolumeResource.builder(client, "logs", spec(10)).attachTo(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not to volume/pgdata");
  }

  @Test
  void validate_whenPreformatted_reportsSwVol001InsteadOfThrowing() {
    VolumeResource formatted =
        VolumeResource.builder(client, "pgdata", spec(10).filesystemType(FilesystemType.EXT4))
            .build();

    assertThat(formatted.validate())
        .extracting(Violation::ruleId)
        .contains(VolumesRules.SW_VOL_001.id());
    assertThat(formatted.spec()).isEmpty();
  }
}
