package dev.seawall.networking.loadbalancer;

import static dev.seawall.networking.loadbalancer.LoadBalancers.ID;
import static dev.seawall.networking.loadbalancer.LoadBalancers.VPC;
import static dev.seawall.networking.loadbalancer.LoadBalancers.base;
import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Page;
import dev.seawall.core.Scopes;
import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
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
 * One test per {@link LoadBalancerService} method: method, path and JSON body of every request,
 * each validated against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class LoadBalancerServiceRequestTest {
  private static final String CERT = "892071a0-bb95-49bc-8021-3afd67a210bf";
  private static final String RENEWED = "ba9b9c18-6c59-46c2-99df-70da170a42ba";

  private DigitalOcean client;
  private LoadBalancerService loadBalancers;
  private MockWebServer server;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.loadBalancers = Networking.loadBalancers(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** The load balancer {@link LoadBalancers#base()} describes, as the API reports it. */
  private static String lb(String status, String certificateId) {
    return ("{'id':'"
            + ID
            + "','name':'web-lb','ip':'104.131.186.241','size_unit':1,'status':'"
            + status
            + "','created_at':'2026-01-01T00:00:00Z','forwarding_rules':[{'entry_protocol':'https',"
            + "'entry_port':443,'target_protocol':'http','target_port':8080,'certificate_id':'"
            + certificateId
            + "','tls_passthrough':false}],'health_check':{'protocol':'http','port':80,'path':'/',"
            + "'check_interval_seconds':10,'response_timeout_seconds':5,'healthy_threshold':3,"
            + "'unhealthy_threshold':5},'sticky_sessions':{'type':'none'},'region':{'name':'New"
            + " York 3','slug':'nyc3','sizes':[],'features':[],'available':true},'tag':'web',"
            + "'droplet_ids':[3164444],'redirect_http_to_https':false,'enable_proxy_protocol':false,"
            + "'enable_backend_keepalive':false,'http_idle_timeout_seconds':60,'vpc_uuid':'"
            + VPC
            + "','disable_lets_encrypt_dns_records':false,'firewall':{'allow':['ip:203.0.113.7',"
            + "'cidr:198.51.100.0/24'],'deny':[]},'network':'EXTERNAL','network_stack':'IPV4',"
            + "'type':'REGIONAL','tls_cipher_policy':'STRONG',"
            + "'project_id':'0b3f4b5a-6c7d-4e8f-9a0b-1c2d3e4f5a6b'}")
        .replace('\'', '"');
  }

  private static String envelope(String lb) {
    return "{\"load_balancer\":" + lb + "}";
  }

  private static String lbList(String... lbs) {
    return "{\"load_balancers\":["
        + String.join(",", lbs)
        + "],\"links\":{},\"meta\":{\"total\":"
        + lbs.length
        + "}}";
  }

  private static String certificate(String id, String notAfter) {
    return ("{'id':'"
            + id
            + "','name':'web-cert','not_after':'"
            + notAfter
            + "','sha1_fingerprint':'dfcc9f57d86bf58e321c2c6c31c7a971be244ac7',"
            + "'created_at':'2026-01-01T00:00:00Z','dns_names':['example.com'],"
            + "'state':'verified','type':'lets_encrypt'}")
        .replace('\'', '"');
  }

  private static String certificates(String... certificates) {
    return "{\"certificates\":["
        + String.join(",", certificates)
        + "],\"links\":{},\"meta\":{\"total\":"
        + certificates.length
        + "}}";
  }

  /** The spec that matches {@link #lb}. */
  private static LoadBalancerSpec spec() {
    return base()
        .firewallAllow(Cidr.parse("203.0.113.7/32"), Cidr.parse("198.51.100.0/24"))
        .build();
  }

  private static final Object SPEC_BODY =
      tree(
          "{'name':'web-lb','region':'nyc3','size_unit':1,'vpc_uuid':'"
              + VPC
              + "','forwarding_rules':[{'entry_protocol':'https','entry_port':443,"
              + "'target_protocol':'http','target_port':8080,'certificate_id':'"
              + CERT
              + "','tls_passthrough':false}],"
              + "'health_check':{'protocol':'http','port':80,'path':'/','check_interval_seconds':10,"
              + "'response_timeout_seconds':5,'unhealthy_threshold':5,'healthy_threshold':3},"
              + "'sticky_sessions':{'type':'none'},'redirect_http_to_https':false,"
              + "'tls_cipher_policy':'STRONG','enable_proxy_protocol':false,"
              + "'enable_backend_keepalive':false,'http_idle_timeout_seconds':60,"
              + "'disable_lets_encrypt_dns_records':false,"
              + "'firewall':{'allow':['ip:203.0.113.7','cidr:198.51.100.0/24'],'deny':[]},"
              + "'network':'EXTERNAL','network_stack':'IPV4','tag':'web'}");

  @Test
  void create_whenAbsent_resolvesCertificateByNameAndPostsFullSpecThenWaits(TestClock clock)
      throws Exception {
    server.enqueue(json(200, lbList()));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(202, envelope(lb("new", CERT))));
    server.enqueue(json(200, envelope(lb("new", CERT))));
    server.enqueue(json(200, envelope(lb("active", CERT))));

    LoadBalancer created = loadBalancers.create(spec());

    RecordedRequest lookup = server.takeRequest();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v2/load_balancers");
    RecordedRequest certs = server.takeRequest();
    assertThat(certs.getUrl().encodedPath()).isEqualTo("/v2/certificates");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(post.getTarget()).isEqualTo("/v2/load_balancers");
    assertThat(bodyTree(post)).isEqualTo(SPEC_BODY);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/load_balancers/" + ID);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/load_balancers/" + ID);
    assertThat(created.status()).isEqualTo(LoadBalancer.Status.ACTIVE);
    assertThat(clock.slept()).isPositive();
  }

  @Test
  void create_whenDropletIdsAndRedirect_sendsThemInsteadOfTag() throws Exception {
    server.enqueue(json(200, lbList()));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(202, envelope(lb("active", CERT))));
    LoadBalancerSpec spec =
        base()
            .tag("")
            .dropletIds(3164444L, 3164445L)
            .addForwardingRule(ForwardingRule.httpRedirect())
            .redirectHttpToHttps(true)
            .healthCheck(HealthCheck.tcp(8080))
            .stickySessions(StickySessions.cookies("DO-LB", 300))
            .build();

    loadBalancers.create(spec);

    server.takeRequest();
    server.takeRequest();
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> body =
        (java.util.Map<String, Object>) bodyTree(server.takeRequest());
    assertThat(body).doesNotContainKey("tag");
    assertThat(body.get("droplet_ids")).isEqualTo(List.of(3164444L, 3164445L));
    assertThat(body.get("redirect_http_to_https")).isEqualTo(true);
    assertThat(body.get("forwarding_rules"))
        .asList()
        .contains(
            tree(
                "{'entry_protocol':'http','entry_port':80,'target_protocol':'http',"
                    + "'target_port':80,'tls_passthrough':false}"));
    assertThat(body.get("health_check"))
        .isEqualTo(
            tree(
                "{'protocol':'tcp','port':8080,'check_interval_seconds':10,"
                    + "'response_timeout_seconds':5,'unhealthy_threshold':5,'healthy_threshold':3}"));
    assertThat(body.get("sticky_sessions"))
        .isEqualTo(tree("{'type':'cookies','cookie_name':'DO-LB','cookie_ttl_seconds':300}"));
  }

  @Test
  void create_whenPassthroughOnly_doesNotListCertificates() throws Exception {
    server.enqueue(json(200, lbList()));
    server.enqueue(json(202, envelope(lb("active", CERT))));
    LoadBalancerSpec spec =
        base().forwardingRules(ForwardingRule.tlsPassthrough(443, 8443)).build();

    loadBalancers.create(spec);

    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/load_balancers");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post).toString()).doesNotContain("certificate_id");
  }

  @Test
  void create_whenCertificateMissing_throwsInvalidSpecAndPostsNothing() {
    server.enqueue(json(200, lbList()));
    server.enqueue(json(200, certificates()));

    assertThatThrownBy(() -> loadBalancers.create(spec()))
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.resource())
                              .isEqualTo("load_balancer/web-lb.forwardingRules[0].certificateName");
                          assertThat(v.message()).contains("no certificate named 'web-cert'");
                        }));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void create_whenALoadBalancerOfTheNameExists_refusesWithoutWriting() {
    server.enqueue(json(200, lbList(lb("active", CERT))));

    assertThatThrownBy(() -> loadBalancers.create(spec()))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("already exists (" + ID + ")")
        .hasMessageContaining("apply(spec)");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void apply_whenSameLoadBalancerExists_namesItsCertificatesAndWritesNothing() throws Exception {
    server.enqueue(json(200, lbList(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));

    Applied<LoadBalancer> applied = loadBalancers.apply(spec());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(applied.resource().id()).isEqualTo(ID);
    assertThat(applied.resource().forwardingRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.certificateName()).contains("web-cert");
              assertThat(rule.certificateId()).contains(CERT);
            });
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/load_balancers");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/certificates");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void apply_whenTheSizeDiffers_putsAndTheDiffNamesSizeUnit() throws Exception {
    server.enqueue(json(200, lbList(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(
        json(200, envelope(lb("active", CERT).replace("\"size_unit\":1", "\"size_unit\":2"))));

    Applied<LoadBalancer> applied = loadBalancers.apply(spec().toBuilder().sizeUnit(2).build());

    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("size_unit", "1", "2"));
    assertThat(applied.resource().sizeUnit()).isEqualTo(2);
    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(bodyTree(put).toString()).contains("size_unit=2");
  }

  @Test
  void get_whenExists_getsByIdAndReadsEveryAttribute() throws Exception {
    server.enqueue(json(200, envelope(lb("active", CERT))));

    LoadBalancer lb = loadBalancers.get(ID);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/load_balancers/" + ID);
    assertThat(lb.region()).isEqualTo("nyc3");
    assertThat(lb.vpcUuid()).isEqualTo(VPC);
    assertThat(lb.forwardingRules())
        .containsExactly(
            ForwardingRule.observed(
                EntryProtocol.HTTPS, 443, TargetProtocol.HTTP, 8080, "", CERT, false));
    assertThat(lb.certificateIds()).containsExactly(CERT);
    assertThat(lb.healthCheck()).contains(HealthCheck.DEFAULT);
    assertThat(lb.firewall().allow())
        .containsExactly(Cidr.parse("203.0.113.7/32"), Cidr.parse("198.51.100.0/24"));
    assertThat(lb.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.STRONG);
    assertThat(lb.type()).isEqualTo(LoadBalancer.Type.REGIONAL);
    assertThat(lb.dropletIds()).containsExactly(3164444L);
    assertThat(lb.tag()).isEqualTo("web");
    assertThat(lb.createdAt()).isPresent();
  }

  @Test
  void get_whenOptionalAttributesAbsent_readsTheApiDefaults() throws Exception {
    server.enqueue(
        json(
            200,
            envelope(
                ("{'id':'"
                        + ID
                        + "','name':'old-lb','status':'active','forwarding_rules':[{"
                        + "'entry_protocol':'http','entry_port':80,'target_protocol':'http',"
                        + "'target_port':80}],'region':{'slug':'nyc1'}}")
                    .replace('\'', '"'))));

    LoadBalancer lb = loadBalancers.get(ID);

    assertThat(lb.tlsCipherPolicy()).isEqualTo(TlsCipherPolicy.DEFAULT);
    assertThat(lb.network()).isEqualTo(LoadBalancerNetwork.EXTERNAL);
    assertThat(lb.networkStack()).isEqualTo(NetworkStack.IPV4);
    assertThat(lb.type()).isEqualTo(LoadBalancer.Type.REGIONAL);
    assertThat(lb.stickySessions()).isEqualTo(StickySessions.none());
    assertThat(lb.firewall().isOpen()).isTrue();
    assertThat(lb.healthCheck()).isEmpty();
    assertThat(lb.vpcUuid()).isEmpty();
    assertThat(new LoadBalancerAuditor().audit(lb))
        .extracting(v -> v.ruleId())
        .containsExactly("SW-LB-001", "SW-LB-004");
  }

  @Test
  void list_whenPageRequested_sendsPageAndPerPage() throws Exception {
    server.enqueue(json(200, lbList(lb("active", CERT))));

    Page<LoadBalancer> page = loadBalancers.list(3, 25);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo("/v2/load_balancers");
    assertThat(get.getUrl().queryParameter("page")).isEqualTo("3");
    assertThat(get.getUrl().queryParameter("per_page")).isEqualTo("25");
    assertThat(page.items()).extracting(LoadBalancer::name).containsExactly("web-lb");
  }

  @Test
  void listAll_whenOnePage_requestsPagesOf200() throws Exception {
    server.enqueue(json(200, lbList(lb("active", CERT))));

    assertThat(loadBalancers.listAll().toList()).hasSize(1);
    assertThat(server.takeRequest().getUrl().queryParameter("per_page")).isEqualTo("200");
  }

  @Test
  void find_whenTwoShareTheName_throwsListingIds() {
    server.enqueue(
        json(
            200,
            lbList(
                lb("active", CERT),
                lb("active", CERT).replace(ID, "7dbf91fe-cbdb-48dc-8290-c3a181554905"))));

    assertThatThrownBy(() -> loadBalancers.find("web-lb"))
        .isInstanceOf(SeawallException.class)
        .hasMessageContaining("2 load_balancer resources are named 'web-lb'")
        .hasMessageContaining("7dbf91fe-cbdb-48dc-8290-c3a181554905");
  }

  @Test
  void update_whenSpecDiffers_getsNamesResolvesThenPutsFullRepresentation() throws Exception {
    server.enqueue(json(200, envelope(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(200, envelope(lb("active", CERT))));
    LoadBalancerSpec changed =
        spec().toBuilder().addFirewallDeny(Cidr.parse("192.0.2.0/24")).build();

    loadBalancers.update(ID, changed);

    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/load_balancers/" + ID);
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/certificates");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/certificates");
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/load_balancers/" + ID);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> expected =
        new java.util.LinkedHashMap<>((java.util.Map<String, Object>) SPEC_BODY);
    expected.put(
        "firewall",
        tree("{'allow':['ip:203.0.113.7','cidr:198.51.100.0/24'],'deny':['cidr:192.0.2.0/24']}"));
    assertThat(bodyTree(put)).isEqualTo(expected);
  }

  @Test
  void update_whenNothingChanged_sendsNoPut() throws Exception {
    server.enqueue(json(200, envelope(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));

    LoadBalancer result = loadBalancers.update(ID, spec());

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(result.id()).isEqualTo(ID);
  }

  @Test
  void update_whenCertificateRenewedUnderNewId_comparesByNameAndSendsNoPut() throws Exception {
    server.enqueue(json(200, envelope(lb("active", CERT))));
    server.enqueue(
        json(
            200,
            certificates(
                certificate(CERT, "2026-04-01T00:00:00Z"),
                certificate(RENEWED, "2026-06-30T00:00:00Z"))));

    loadBalancers.update(ID, spec());

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void update_whenRuleChanged_sendsTheCurrentCertificateId() throws Exception {
    server.enqueue(json(200, envelope(lb("active", CERT))));
    String both =
        certificates(
            certificate(CERT, "2026-04-01T00:00:00Z"),
            certificate(RENEWED, "2026-06-30T00:00:00Z"));
    server.enqueue(json(200, both));
    server.enqueue(json(200, both));
    server.enqueue(json(200, envelope(lb("active", RENEWED))));

    loadBalancers.update(
        ID, spec().toBuilder().forwardingRules(ForwardingRule.https("web-cert", 9090)).build());

    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    assertThat(bodyTree(server.takeRequest()).toString())
        .contains("certificate_id=" + RENEWED)
        .contains("target_port=9090");
  }

  @Test
  void update_whenRegionDiffers_throwsAndSendsNoPut() {
    server.enqueue(json(200, envelope(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));

    assertThatThrownBy(() -> loadBalancers.update(ID, spec().toBuilder().region("fra1").build()))
        .isInstanceOf(RefusedChangeException.class)
        .hasMessageContaining("load balancer 'web-lb' (" + ID + ")")
        .hasMessageContaining("region: nyc3 → fra1")
        .hasMessageContaining("nothing was sent");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void apply_whenAbsent_listsOnceThenCreates() throws Exception {
    server.enqueue(json(200, lbList()));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(202, envelope(lb("active", CERT))));

    Applied<LoadBalancer> applied = loadBalancers.apply(spec());

    assertThat(applied.created()).isTrue();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/load_balancers");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/certificates");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getMethod()).isEqualTo("POST");
    assertThat(bodyTree(post)).isEqualTo(SPEC_BODY);
  }

  @Test
  void apply_whenPresentAndChanged_putsById() throws Exception {
    server.enqueue(json(200, lbList(lb("active", CERT))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));
    server.enqueue(json(200, envelope(lb("active", CERT))));

    Applied<LoadBalancer> applied =
        loadBalancers.apply(spec().toBuilder().enableBackendKeepalive(true).build());

    assertThat(applied.diff().changes())
        .containsExactly(FieldChange.updated("enable_backend_keepalive", "false", "true"));
    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/load_balancers/" + ID);
  }

  @Test
  void delete_whenExists_sendsDelete() throws Exception {
    server.enqueue(noContent());

    assertThat(loadBalancers.delete(ID)).isEqualTo(Deletion.DELETED);

    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/load_balancers/" + ID);
  }

  @Test
  void delete_whenAlreadyGone_isAlreadyDeleted() {
    server.enqueue(
        json(
            404,
            "{\"id\":\"not_found\",\"message\":\"The resource you requested could not be found.\"}"));

    assertThat(loadBalancers.delete(ID)).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void diff_whenTheApiOmitsFields_treatsThemAsUnknown() {
    String sparse =
        lb("active", CERT)
            .replace("\"size_unit\":1,", "")
            .replace("\"http_idle_timeout_seconds\":60,", "");
    server.enqueue(json(200, lbList(sparse)));
    server.enqueue(json(200, certificates(certificate(CERT, "2026-04-01T00:00:00Z"))));

    Diff diff =
        loadBalancers.diff(spec().toBuilder().sizeUnit(4).httpIdleTimeoutSeconds(300).build());

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void operations_needLoadBalancerScopesAndCertificateRead() {
    assertThat(Scopes.required(LoadBalancerService.operations()))
        .containsExactlyInAnyOrder(
            "load_balancer:read",
            "load_balancer:create",
            "load_balancer:update",
            "load_balancer:delete",
            "certificate:read");
  }
}
