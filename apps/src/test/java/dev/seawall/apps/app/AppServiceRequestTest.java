package dev.seawall.apps.app;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.apps.Apps;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link AppService} method: method, path and JSON body, each request validated
 * against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class AppServiceRequestTest {
  private static final String ID = "4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf";
  private static final String SECRET = "sk-test-0123456789abcdef";
  private static final String CIPHERTEXT = "EV[1:bm9uY2U:Y2lwaGVydGV4dA]";

  private MockWebServer server;
  private DigitalOcean client;
  private AppService apps;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.apps = Apps.apps(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static AppSpec spec() {
    return AppSpec.builder()
        .name("orders")
        .region("fra")
        .addDatabase(AppDatabase.cluster("db", "orders-db", "PG").as("orders", "orders_app"))
        .addComponent(
            AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
                .withHttpPort(8080)
                .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))
                .withEnv(EnvVar.secret("PAYMENT_TOKEN", SECRET)))
        .addComponent(AppComponent.staticSite("web", GitSource.github("acme/web", "main")))
        .addDomain(AppDomain.primary("orders.example.com").inZone("example.com"))
        .addIngressRule(
            IngressRule.route("/api", "api")
                .withCors(CorsPolicy.allowOrigins("https://orders.example.com").withCredentials()))
        .addIngressRule(IngressRule.route("/", "web"))
        .build();
  }

  /** The spec as the API answers it: the secret as ciphertext, defaults filled in. */
  private static String app(String secretValue) {
    return ("{'app':{'id':'"
            + ID
            + "','default_ingress':'https://orders-4f6c7.ondigitalocean.app','spec':"
            + specJson(secretValue)
            + "}}")
        .replace('\'', '"');
  }

  private static String specJson(String secretValue) {
    return "{'name':'orders','region':'fra','enhanced_threat_control_enabled':true,"
        + "'domains':[{'domain':'orders.example.com','type':'PRIMARY','zone':'example.com',"
        + "'minimum_tls_version':'1.3'}],"
        + "'services':[{'name':'api','image':{'registry_type':'DOCR','repository':'orders-api',"
        + "'tag':'1.4.2'},'envs':[{'key':'DATABASE_URL','scope':'RUN_AND_BUILD_TIME',"
        + "'type':'GENERAL','value':'${db.DATABASE_URL}'},{'key':'PAYMENT_TOKEN',"
        + "'scope':'RUN_TIME','type':'SECRET','value':'"
        + secretValue
        + "'}],'instance_count':1,'instance_size_slug':'apps-s-1vcpu-0.5gb','http_port':8080}],"
        + "'static_sites':[{'name':'web','github':{'repo':'acme/web','branch':'main',"
        + "'deploy_on_push':false}}],"
        + "'databases':[{'name':'db','cluster_name':'orders-db','engine':'PG','production':true,"
        + "'db_name':'orders','db_user':'orders_app'}],"
        + "'ingress':{'rules':[{'match':{'path':{'prefix':'/api'}},'cors':{'allow_origins':"
        + "[{'exact':'https://orders.example.com'}],'allow_methods':['GET'],"
        + "'allow_credentials':true},'component':{'name':'api'}},"
        + "{'match':{'path':{'prefix':'/'}},'component':{'name':'web'}}]},"
        + "'alerts':[{'rule':'DEPLOYMENT_FAILED'}]}";
  }

  private static String list(String... apps) {
    return "{\"apps\":["
        + String.join(",", apps)
        + "],\"links\":{},\"meta\":{\"total\":"
        + apps.length
        + "}}";
  }

  private static String inner(String app) {
    return app.substring("{\"app\":".length(), app.length() - 1);
  }

  @Test
  void create_postsTheWholeSpecWithTheSecretOnce() throws Exception {
    server.enqueue(json(200, app(CIPHERTEXT)));

    App created = apps.create(spec());

    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/apps");
    assertThat(bodyTree(post)).isEqualTo(tree("{'spec':" + specJson(SECRET) + "}"));
    assertThat(created.component("api").orElseThrow().envs().get(1).value()).isEqualTo(CIPHERTEXT);
    assertThat(created.toString()).doesNotContain(SECRET);
  }

  @Test
  void apply_whenTheAppExistsWithTheCiphertext_sendsNothing() {
    server.enqueue(json(200, list(inner(app(CIPHERTEXT)))));

    Applied<App> applied = apps.apply(spec());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenTheApiOmitsOptionalFields_countsThemAsUnknown() {
    String bare =
        inner(app(CIPHERTEXT))
            .replace("\"region\":\"fra\",", "")
            .replace("\"enhanced_threat_control_enabled\":true,", "");
    server.enqueue(json(200, list(bare)));

    assertThat(apps.apply(spec()).diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void update_putsTheSpecWithTheCiphertextInsteadOfTheValue() throws Exception {
    server.enqueue(json(200, app(CIPHERTEXT)));
    server.enqueue(json(200, app(CIPHERTEXT)));
    AppSpec scaled =
        spec().toBuilder()
            .components(
                List.of(
                    spec().components().get(0).withInstanceCount(3), spec().components().get(1)))
            .build();

    apps.update(ID, scaled);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/apps/" + ID);
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/apps/" + ID);
    assertThat(bodyTree(put))
        .isEqualTo(
            tree(
                "{'spec':"
                    + specJson(CIPHERTEXT).replace("'instance_count':1", "'instance_count':3")
                    + "}"));
    assertThat(put.getBody().utf8()).doesNotContain(SECRET);
  }

  @Test
  void get_readsTheAppAndMapsItsSpec() throws Exception {
    server.enqueue(json(200, app(CIPHERTEXT)));

    App app = apps.get(ID);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/apps/" + ID);
    assertThat(app.name()).isEqualTo("orders");
    assertThat(app.region()).contains("fra");
    assertThat(app.domains())
        .containsExactly(AppDomain.primary("orders.example.com").inZone("example.com"));
    assertThat(app.databases()).containsExactlyElementsOf(spec().databases());
    assertThat(app.ingressRules()).containsExactlyElementsOf(spec().ingressRules());
    assertThat(app.alerts()).containsExactly(AppAlert.on(AppAlert.DEPLOYMENT_FAILED));
    assertThat(app.component("web").orElseThrow().source())
        .isEqualTo(GitSource.github("acme/web", "main"));
    assertThat(app.defaultIngress()).isEqualTo("https://orders-4f6c7.ondigitalocean.app");
  }

  @Test
  void get_whenMissing_throwsNotFound() {
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"app not found\"}"));

    assertThatThrownBy(() -> apps.get(ID)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void get_whenForbidden_namesTheScope() {
    server.enqueue(json(403, "{\"id\":\"forbidden\",\"message\":\"denied\"}"));

    assertThatThrownBy(() -> apps.get(ID))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("app:read");
  }

  @Test
  void delete_deletesAndAnswersAlreadyDeletedOn404() throws Exception {
    server.enqueue(json(200, "{\"id\":\"" + ID + "\"}"));
    server.enqueue(json(404, "{\"id\":\"not_found\",\"message\":\"app not found\"}"));

    assertThat(apps.delete(ID)).isEqualTo(Deletion.DELETED);
    assertThat(apps.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/apps/" + ID);
  }
}
