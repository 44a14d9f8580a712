package dev.seawall.networking.project;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeProjects;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ProjectService} against the stateful fake: idempotency, assignment, deletion. */
class ProjectServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeProjects()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private ProjectService projects;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.projects = Networking.projects(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ProjectSpec demo() {
    return ProjectSpec.builder()
        .name("seawall-demo")
        .purpose("Web Application")
        .environment(ProjectEnvironment.DEVELOPMENT)
        .description("the hardened sample")
        .build();
  }

  @Test
  void apply_whenRepeated_createsOnceThenChangesNothing() {
    Applied<Project> first = projects.apply(demo());
    Applied<Project> second = projects.apply(demo());

    assertThat(first.created()).isTrue();
    assertThat(first.resource().environment()).isEqualTo("Development");
    assertThat(first.resource().isDefault()).isFalse();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource().id()).isEqualTo(first.resource().id());
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_UPDATE)).isZero();
  }

  @Test
  void apply_whenACustomPurpose_isStoredAsOtherAndReappliesAsNoChange() {
    ProjectSpec custom = demo().toBuilder().purpose("Internal demo").build();

    Project created = projects.apply(custom).resource();

    assertThat(created.purpose()).isEqualTo("Other: Internal demo");
    assertThat(projects.apply(custom).diff().isNone()).isTrue();
  }

  @Test
  void apply_whenTheEnvironmentChanged_updatesItInPlace() {
    Project created = projects.create(demo());

    Applied<Project> applied =
        projects.apply(demo().toBuilder().environment(ProjectEnvironment.PRODUCTION).build());

    assertThat(applied.diff().action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("environment", "Development", "Production"));
    assertThat(applied.resource().id()).isEqualTo(created.id());
    assertThat(projects.get(created.id()).environment()).isEqualTo("Production");
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_UPDATE)).isEqualTo(1);
  }

  @Test
  void assign_whenSomeAreThere_sendsOnlyTheMissingAndMovesThemFromTheDefault() {
    String id = projects.create(demo()).id();
    String defaultId = FakeProjects.defaultProject(fake.state());
    FakeProjects.seedResource(fake.state(), id, "do:droplet:1");
    FakeProjects.seedResource(fake.state(), defaultId, "do:droplet:2");

    assertThat(projects.assign(id, List.of("do:droplet:1", "do:droplet:2", "do:vpc:abc")))
        .containsExactlyInAnyOrder("do:droplet:2", "do:vpc:abc");
    assertThat(projects.assign(id, List.of("do:droplet:1", "do:droplet:2"))).isEmpty();

    assertThat(projects.listResources(id))
        .containsExactlyInAnyOrder("do:droplet:1", "do:droplet:2", "do:vpc:abc");
    assertThat(FakeProjects.urnsOf(fake.state(), defaultId)).isEmpty();
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES)).isEqualTo(1);
  }

  @Test
  void assign_whenTheAnswerIsLost_checksTheProjectInsteadOfPostingAgain() {
    String id = projects.create(demo()).id();
    fake.disconnectNext(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES.operationId());

    projects.assign(id, List.of("do:droplet:7"));

    assertThat(FakeProjects.urnsOf(fake.state(), id)).containsExactly("do:droplet:7");
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES)).isEqualTo(1);
  }

  @Test
  void delete_whenRepeated_deletesOnceThenAlreadyDeleted() {
    String id = projects.create(demo()).id();

    assertThat(projects.delete(id)).isEqualTo(Deletion.DELETED);
    assertThat(projects.delete(id)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(projects.find("seawall-demo")).isEqualTo(Optional.empty());
  }
}
