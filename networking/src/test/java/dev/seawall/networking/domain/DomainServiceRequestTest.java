package dev.seawall.networking.domain;

import static dev.seawall.testkit.TestClients.bodyTree;
import static dev.seawall.testkit.TestClients.client;
import static dev.seawall.testkit.TestClients.json;
import static dev.seawall.testkit.TestClients.noContent;
import static dev.seawall.testkit.TestClients.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.networking.Networking;
import dev.seawall.testkit.ContractTest;
import dev.seawall.testkit.TestClock;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per {@link DomainService} method: method, path and JSON body, each request validated
 * against the official OpenAPI specification by {@link ContractTest}.
 */
@ContractTest
class DomainServiceRequestTest {
  private static final String DOMAIN =
      "{\"domain\":{\"name\":\"example.com\",\"ttl\":1800,\"zone_file\":null}}";
  private static final String NOT_FOUND =
      "{\"id\":\"not_found\",\"message\":\"The resource you were accessing could not be found.\"}";

  private MockWebServer server;
  private DigitalOcean client;
  private DomainService domains;

  @BeforeEach
  void setUp(MockWebServer server, TestClock clock) {
    this.server = server;
    this.client = client(server, clock);
    this.domains = Networking.domains(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static String record(long id, String type, String name, String data, String extra) {
    return ("{'id':"
            + id
            + ",'type':'"
            + type
            + "','name':'"
            + name
            + "','data':'"
            + data
            + "','ttl':3600,'priority':null,'port':null,'weight':null"
            + extra
            + "}")
        .replace('\'', '"');
  }

  private static String caa(long id) {
    return record(id, "CAA", "@", "letsencrypt.org", ",'flags':0,'tag':'issue'");
  }

  private static String soa() {
    return record(1, "SOA", "@", "1800", ",'flags':null,'tag':null");
  }

  private static String records(String... records) {
    return "{\"domain_records\":["
        + String.join(",", records)
        + "],\"links\":{},\"meta\":{\"total\":"
        + records.length
        + "}}";
  }

  private static DomainSpec spec() {
    return DomainSpec.builder()
        .name("example.com")
        .addRecord(DnsRecord.mx("@", 10, "mx1.mail.example"))
        .build();
  }

  @Test
  void apply_whenAbsent_getsThenCreatesTheDomainAndEachRecord() throws Exception {
    server.enqueue(json(404, NOT_FOUND));
    server.enqueue(json(201, DOMAIN));
    server.enqueue(json(200, records(soa())));
    server.enqueue(
        json(
            201,
            "{\"domain_record\":"
                + record(2, "MX", "@", "mx1.mail.example", ",'priority':10,'flags':null,'tag':null")
                    .replace("\"priority\":null,", "")
                + "}"));
    server.enqueue(json(201, "{\"domain_record\":" + caa(3) + "}"));
    server.enqueue(json(200, DOMAIN));
    server.enqueue(json(200, records(soa(), caa(3))));

    Applied<Domain> applied = domains.apply(spec());

    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v2/domains/example.com");
    RecordedRequest post = server.takeRequest();
    assertThat(post.getTarget()).isEqualTo("/v2/domains");
    assertThat(bodyTree(post)).isEqualTo(tree("{'name':'example.com'}"));
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/v2/domains/example.com/records");
    RecordedRequest mx = server.takeRequest();
    assertThat(mx.getMethod()).isEqualTo("POST");
    assertThat(mx.getTarget()).isEqualTo("/v2/domains/example.com/records");
    assertThat(bodyTree(mx))
        .isEqualTo(
            tree("{'type':'MX','name':'@','data':'mx1.mail.example.','ttl':3600,'priority':10}"));
    assertThat(bodyTree(server.takeRequest()))
        .isEqualTo(
            tree(
                "{'type':'CAA','name':'@','data':'letsencrypt.org','ttl':3600,'flags':0,"
                    + "'tag':'issue'}"));
    assertThat(applied.created()).isTrue();
  }

  @Test
  void apply_whenRecordsMatch_readsOnlyAndSendsNothing() throws Exception {
    server.enqueue(json(200, DOMAIN));
    server.enqueue(
        json(
            200,
            records(
                soa(),
                record(7, "NS", "@", "ns1.digitalocean.com", ",'flags':null,'tag':null"),
                caa(3),
                record(2, "MX", "@", "mx1.mail.example", ",'flags':null,'tag':null")
                    .replace("\"priority\":null", "\"priority\":10"))));

    Applied<Domain> applied = domains.apply(spec());

    assertThat(applied.diff().isNone()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void update_whenARecordsTtlAndARogueRecord_putsTheOneAndDeletesTheOther() throws Exception {
    server.enqueue(json(200, DOMAIN));
    server.enqueue(
        json(
            200,
            records(
                caa(3).replace("3600", "60"),
                record(9, "TXT", "@", "rogue", ",'flags':null,'tag':null"),
                record(2, "MX", "@", "mx1.mail.example", ",'flags':null,'tag':null")
                    .replace("\"priority\":null", "\"priority\":10"))));
    server.enqueue(
        json(
            200,
            records(
                caa(3).replace("3600", "60"),
                record(9, "TXT", "@", "rogue", ",'flags':null,'tag':null"),
                record(2, "MX", "@", "mx1.mail.example", ",'flags':null,'tag':null")
                    .replace("\"priority\":null", "\"priority\":10"))));
    server.enqueue(json(200, "{\"domain_record\":" + caa(3) + "}"));
    server.enqueue(noContent());
    server.enqueue(json(200, DOMAIN));
    server.enqueue(json(200, records(caa(3))));

    domains.update("example.com", spec());

    server.takeRequest();
    server.takeRequest();
    server.takeRequest();
    RecordedRequest put = server.takeRequest();
    assertThat(put.getMethod()).isEqualTo("PUT");
    assertThat(put.getTarget()).isEqualTo("/v2/domains/example.com/records/3");
    assertThat(bodyTree(put))
        .isEqualTo(
            tree(
                "{'type':'CAA','name':'@','data':'letsencrypt.org','ttl':3600,'flags':0,"
                    + "'tag':'issue'}"));
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/domains/example.com/records/9");
  }

  @Test
  void delete_whenGone_isAlreadyDeleted() throws Exception {
    server.enqueue(json(404, NOT_FOUND));

    assertThat(domains.delete("example.com")).isEqualTo(Deletion.ALREADY_DELETED);
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getTarget()).isEqualTo("/v2/domains/example.com");
  }

  @Test
  void create_whenForbidden_namesTheScope() {
    server.enqueue(
        json(
            403,
            "{\"id\":\"forbidden\",\"message\":\"You are not authorized to perform this operation\"}"));

    assertThatThrownBy(() -> domains.create(spec()))
        .isInstanceOfSatisfying(
            ForbiddenException.class,
            e -> assertThat(e.requiredScopes()).containsExactly("domain:create"));
  }
}
