package dev.seawall.networking.project;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.Scopes;
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
 * {@link ProjectService}'s requests: method, path and JSON body, each validated against the
 * official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class ProjectServiceRequestTest {
  private static final String ID = "4e1bfbc3-dc3e-41f2-a18f-1b4d7ba71679";

  private MockWebServer server;
  private DigitalOcean client;
  private ProjectService projects;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.projects = Networking.projects(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String project(String environment) {
    return ("{'id':'"
            + ID
            + "','owner_uuid':'99525febec065ca37b2ffe4f852fd2b2581895e7','owner_id':258992,"
            + "'name':'seawall-demo','description':'demo','purpose':'Web Application',"
            + "'environment':'"
            + environment
            + "','is_default':false,'created_at':'2018-09-27T20:10:35Z',"
            + "'updated_at':'2018-09-27T20:10:35Z'}")
        .replace('\'', '"');
  }

  private static String list(String... projects) {
    return "{\"projects\":["
        + String.join(",", projects)
        + "],\"links\":{},\"meta\":{\"total\":"
        + projects.length
        + "}}";
  }

  private static String resources(String... urns) {
    StringBuilder items = new StringBuilder();
    for (String urn : urns) {
      items.append(items.length() == 0 ? "" : ",").append("{\"urn\":\"").append(urn).append("\"}");
    }
    return "{\"resources\":[" + items + "],\"links\":{},\"meta\":{\"total\":" + urns.length + "}}";
  }

  private static ProjectSpec spec(ProjectEnvironment environment) {
    return ProjectSpec.builder()
        .name("seawall-demo")
        .purpose("Web Application")
        .description("demo")
        .environment(environment)
        .build();
  }

  @Test
  void apply_whenAbsent_looksUpThenPostsNamePurposeEnvironment() throws Exception {
    server.enqueue(json(200, list()));
    server.enqueue(json(201, "{\"project\":" + project("Development") + "}"));

    Project created = projects.apply(spec(ProjectEnvironment.DEVELOPMENT)).resource();

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/projects");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post))
        .isEqualTo(
            tree(
                "{'name':'seawall-demo','description':'demo','purpose':'Web Application',"
                    + "'environment':'Development'}"));
    assertThat(created.id()).isEqualTo(ID);
  }

  @Test
  void apply_whenTheEnvironmentDiffers_putsTheFullProject() throws Exception {
    server.enqueue(json(200, list(project("Development"))));
    server.enqueue(json(200, "{\"project\":" + project("Production") + "}"));

    projects.apply(spec(ProjectEnvironment.PRODUCTION));

    server.takeRequest();
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/projects/" + ID);
    assertThat(bodyTree(put))
        .isEqualTo(
            tree(
                "{'name':'seawall-demo','description':'demo','purpose':'Web Application',"
                    + "'environment':'Production','is_default':false}"));
  }

  @Test
  void assign_whenOneIsThere_postsOnlyTheOther() throws Exception {
    server.enqueue(json(200, resources("do:droplet:1")));
    server.enqueue(json(200, resources("do:droplet:1", "do:floatingip:45.55.96.47")));

    assertThat(projects.assign(ID, List.of("do:droplet:1", "do:floatingip:45.55.96.47")))
        .containsExactly("do:floatingip:45.55.96.47");

    RecordedRequest list = server.takeRequest();
    assertThat(list.getUrl().encodedPath()).isEqualTo("/v2/projects/" + ID + "/resources");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/projects/" + ID + "/resources");
    assertThat(bodyTree(post)).isEqualTo(tree("{'resources':['do:floatingip:45.55.96.47']}"));
  }

  @Test
  void listResources_whenForbidden_namesTheScope() {
    server.enqueue(json(403, "{\"id\":\"forbidden\",\"message\":\"denied\"}"));

    assertThatThrownBy(() -> projects.listResources(ID))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("project:read");
  }

  @Test
  void operations_needTheProjectScopes() {
    assertThat(Scopes.required(ProjectService.operations()))
        .containsExactlyInAnyOrder(
            "project:read",
            "project:create",
            "project:update",
            "project:delete",
            "project:assign_resource");
  }
}
