package dev.seawall.networking.domain;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeDomains;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DomainService} against the stateful, contract-validating fake. */
class DomainServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeDomains()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private DomainService domains;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.domains = Networking.domains(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static DomainSpec spec() {
    return DomainSpec.builder()
        .name("example.com")
        .addRecord(DnsRecord.a("@", "203.0.113.10"))
        .addRecord(DnsRecord.aaaa("www", "2001:DB8::10"))
        .addRecord(DnsRecord.cname("docs", "example.github.io."))
        .addRecord(DnsRecord.mx("@", 10, "mx1.mail.example"))
        .addRecord(DnsRecord.srv("_sip._tcp", 10, 5, 5060, "sip.example.com"))
        .addRecord(DnsRecord.ns("delegated", "ns1.other.example"))
        .iodef("mailto:security@example.com")
        .sendsMail("mx")
        .build();
  }

  private long writes() {
    return fake.calls().stream().filter(c -> !c.method().equals("GET")).count();
  }

  @Test
  void apply_whenRepeated_createsOnceThenSendsNoWrite() {
    Applied<Domain> first = domains.apply(spec());
    long afterFirst = writes();
    Applied<Domain> second = domains.apply(spec());

    assertThat(first.created()).isTrue();
    assertThat(first.resource().managedRecords())
        .hasValueSatisfying(
            r -> assertThat(r).containsExactlyInAnyOrderElementsOf(spec().records()));
    assertThat(first.resource().records().orElseThrow())
        .anySatisfy(r -> assertThat(r.type()).isEqualTo(RecordType.SOA));
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_CREATE)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_CREATE_RECORD))
        .isEqualTo(spec().records().size());
    assertThat(second.diff().isNone()).isTrue();
    assertThat(writes()).isEqualTo(afterFirst);
    assertThat(new DomainAuditor().audit(second.resource())).isEmpty();
  }

  @Test
  void apply_whenTtlChangedAndARecordAddedBehindSeawall_updatesInPlaceAndDeletesTheRogue() {
    Domain created = domains.create(spec());
    FakeDomains.seedRecord(fake.state(), "example.com", "TXT", "rogue", "hello", null);
    DomainSpec shorter =
        spec().toBuilder()
            .records(
                spec().toBuilder().build().records().stream()
                    .filter(r -> r.type() != RecordType.CAA && r.type() != RecordType.TXT)
                    .map(r -> r.type() == RecordType.A ? r.withTtl(300) : r)
                    .toList())
            .build();

    Applied<Domain> applied = domains.apply(shorter);

    assertThat(applied.diff().changes())
        .contains(
            FieldChange.removed("records", "A @ 203.0.113.10 ttl 3600"),
            FieldChange.added("records", "A @ 203.0.113.10 ttl 300"),
            FieldChange.removed("records", "TXT rogue \"hello\" ttl 1800"));
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_UPDATE_RECORD)).isEqualTo(1);
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_DELETE_RECORD)).isEqualTo(1);
    assertThat(applied.resource().managedRecords().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(shorter.records());
    assertThat(domains.diff(shorter).isNone()).isTrue();
    assertThat(created.name()).isEqualTo("example.com");
  }

  @Test
  void createRecord_whenTheAnswerIsLost_findsTheRecordInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.DOMAINS_CREATE_RECORD.operationId());

    Domain created = domains.create(spec());

    assertThat(created.managedRecords().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(spec().records());
    assertThat(fake.callCount(NetworkingOperations.DOMAINS_CREATE_RECORD))
        .isEqualTo(spec().records().size());
  }

  @Test
  void delete_whenRepeatedAndAfterALostAnswer_succeeds() {
    domains.create(spec());
    fake.disconnectNext(NetworkingOperations.DOMAINS_DELETE.operationId());

    assertThat(domains.delete("example.com")).isIn(Deletion.DELETED, Deletion.ALREADY_DELETED);
    assertThat(domains.delete("example.com")).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(domains.find("example.com")).isEmpty();
    assertThat(fake.state().table(FakeDomains.RECORDS).size()).isZero();
  }

  @Test
  void listAll_readsNoRecords_andListRecordsReadsThem() {
    domains.create(spec());

    assertThat(domains.listAll()).singleElement().satisfies(d -> assertThat(d.records()).isEmpty());
    assertThat(domains.listRecords("example.com")).hasSize(spec().records().size() + 4);
    assertThat(fake.calls(NetworkingOperations.DOMAINS_LIST_RECORDS.operationId()))
        .extracting(FakeCall::method)
        .containsOnly("GET");
  }
}
