package dev.seawall.networking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link DomainService#DIFFER}: records compared as a set, DigitalOcean's own ignored. */
class DomainDiffTest {
  private static final DnsRecord SOA =
      new DnsRecord(RecordType.SOA, "@", "1800", 1800, 0, 0, 0, 0, "");
  private static final DnsRecord NS1 = DnsRecord.ns("@", "ns1.digitalocean.com").withTtl(1800);
  private static final DnsRecord CAA = DnsRecord.caa("@", "issue", "letsencrypt.org");
  private static final DnsRecord WWW = DnsRecord.a("www", "203.0.113.10");

  private static DomainSpec spec() {
    return DomainSpec.builder().name("example.com").addRecord(WWW).build();
  }

  private static Domain domain(DnsRecord... records) {
    return new Domain(
        "example.com", Optional.of(1800), Optional.empty(), Optional.of(List.of(records)));
  }

  @Test
  void diff_whenRecordsMatch_isNoneIgnoringSoaAndDigitalOceansNs() {
    Diff diff = DomainService.DIFFER.diff(spec(), domain(SOA, NS1, CAA, WWW));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenTtlDiffers_removesTheOldAndAddsTheNewRecord() {
    Diff diff = DomainService.DIFFER.diff(spec(), domain(SOA, NS1, CAA, WWW.withTtl(300)));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("records", "A www 203.0.113.10 ttl 300"),
            FieldChange.added("records", "A www 203.0.113.10 ttl 3600"));
  }

  @Test
  void diff_whenCaaMissingAndARogueRecordPresent_addsCaaAndRemovesTheRogue() {
    DnsRecord rogue = DnsRecord.cname("old", "dangling.herokuapp.com");

    Diff diff = DomainService.DIFFER.diff(spec(), domain(SOA, NS1, WWW, rogue));

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("records", "CNAME old dangling.herokuapp.com ttl 3600"),
            FieldChange.added("records", "CAA @ 0 issue \"letsencrypt.org\" ttl 3600"));
  }

  @Test
  void diff_whenRecordsWereNotRead_isUnknownSoNoChange() {
    Domain listed = new Domain("example.com", Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(DomainService.DIFFER.diff(spec(), listed).isNone()).isTrue();
  }

  @Test
  void diff_whenAbsent_createsWithEveryRecord() {
    Diff diff = DomainService.DIFFER.diff(spec(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .singleElement()
        .satisfies(c -> assertThat(c.field()).isEqualTo("records"));
  }
}
