package dev.seawall.networking.project;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.fake.StubDroplet;
import dev.seawall.networking.reservedip.ReservedIpResource;
import dev.seawall.networking.reservedip.ReservedIpSpec;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeProjects;
import dev.seawall.testkit.fakes.FakeReservedIps;
import dev.seawall.testkit.fakes.FakeTags;
import dev.seawall.testkit.fakes.FakeVpcs;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stack's project: applied last, every resource with a URN assigned to it, once. */
class ProjectStackTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(
          fake ->
              fake.addResource(new FakeVpcs())
                  .addResource(new FakeTags())
                  .addResource(new FakeDroplets())
                  .addResource(new FakeReservedIps())
                  .addResource(new FakeProjects()));

  private static final ResourceKey PROJECT = ResourceKey.of(ProjectResource.KIND, "seawall-demo");

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private StubDroplet web;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.web = new StubDroplet("web-1", "fra1", fake.state());
    FakeVpcs.defaultVpc(fake.state(), "fra1");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private Stack stack(ProjectEnvironment environment) {
    return Stack.builder()
        .project(
            ProjectResource.of(
                client,
                ProjectSpec.builder()
                    .name("seawall-demo")
                    .purpose("Web Application")
                    .environment(environment)
                    .build()))
        .add(TagResource.of(client, "web"))
        .add(
            VpcResource.of(
                client,
                VpcSpec.builder().name("prod-fra1").region("fra1").ipRange("10.10.0.0/20").build()))
        .add(web)
        .add(
            ReservedIpResource.builder(client, "web-ip", ReservedIpSpec.builder().region("fra1"))
                .assignTo(web)
                .build())
        .build();
  }

  @Test
  void planAndApply_whenNew_assignsEveryResourceWithAUrnOnceAndReapplyChangesNothing() {
    Plan first = stack(ProjectEnvironment.DEVELOPMENT).planLive();

    assertThat(first.resources()).last().extracting(r -> r.key()).isEqualTo(PROJECT);
    assertThat(first.resource(PROJECT).orElseThrow().action()).isEqualTo(Diff.Action.CREATE);
    assertThat(first.resource(PROJECT).orElseThrow().diff().changes())
        .filteredOn(c -> c.field().equals(ProjectResource.RESOURCES))
        .extracting(c -> c.after().orElseThrow())
        .containsExactlyInAnyOrder(
            "droplet/web-1 (known after apply)",
            "reserved_ip/web-ip (known after apply)",
            "vpc/prod-fra1 (known after apply)");
    assertThat(first.requiredScopes())
        .contains("project:read", "project:create", "project:assign_resource");

    ApplyResult applied = stack(ProjectEnvironment.DEVELOPMENT).apply(first, 2, StackListener.NONE);

    assertThat(applied.succeeded()).isTrue();
    Set<String> urns =
        applied.applied().stream()
            .filter(a -> !a.key().equals(PROJECT))
            .map(a -> a.output("urn"))
            .flatMap(java.util.Optional::stream)
            .collect(java.util.stream.Collectors.toSet());
    assertThat(urns).hasSize(3);
    String projectId = FakeProjects.find(fake.state(), "seawall-demo").orElseThrow();
    assertThat(FakeProjects.urnsOf(fake.state(), projectId))
        .containsExactlyInAnyOrderElementsOf(urns);
    AppliedResource project =
        applied.applied().stream().filter(a -> a.key().equals(PROJECT)).findFirst().orElseThrow();
    assertThat(project.diff().changes())
        .filteredOn(c -> c.field().equals(ProjectResource.RESOURCES))
        .extracting(FieldChange::after)
        .extracting(java.util.Optional::orElseThrow)
        .containsExactlyInAnyOrderElementsOf(urns);
    assertThat(applied.changedSincePlan()).isEmpty();

    Plan same = stack(ProjectEnvironment.DEVELOPMENT).planLive();
    assertThat(same.hasChanges()).isFalse();
    assertThat(same.requiredScopes()).doesNotContain("project:assign_resource", "project:create");
    assertThat(
            stack(ProjectEnvironment.DEVELOPMENT)
                .apply(same, 1, StackListener.NONE)
                .changedNothing())
        .isTrue();
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_ASSIGN_RESOURCES)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.PROJECTS_CREATE)).isEqualTo(1);
  }

  @Test
  void plan_whenTheProjectExistsWithAnotherEnvironmentAndAResourceLeft_updatesAndAssignsIt() {
    stack(ProjectEnvironment.DEVELOPMENT).apply(1);
    String projectId = FakeProjects.find(fake.state(), "seawall-demo").orElseThrow();
    String vpcUrn =
        FakeProjects.urnsOf(fake.state(), projectId).stream()
            .filter(u -> u.startsWith("do:vpc:"))
            .findFirst()
            .orElseThrow();
    FakeProjects.seedResource(fake.state(), FakeProjects.defaultProject(fake.state()), vpcUrn);

    Plan plan = stack(ProjectEnvironment.PRODUCTION).planLive();

    assertThat(plan.resource(PROJECT).orElseThrow().diff().changes())
        .containsExactlyInAnyOrder(
            FieldChange.updated("environment", "Development", "Production"),
            FieldChange.added(ProjectResource.RESOURCES, vpcUrn));
    stack(ProjectEnvironment.PRODUCTION).apply(plan, 1, StackListener.NONE);
    assertThat(FakeProjects.urnsOf(fake.state(), projectId)).contains(vpcUrn);
    assertThat(FakeProjects.urnsOf(fake.state(), FakeProjects.defaultProject(fake.state())))
        .isEmpty();
    assertThat(List.of(fake.callCount(NetworkingOperations.PROJECTS_UPDATE))).containsExactly(1);
  }
}
