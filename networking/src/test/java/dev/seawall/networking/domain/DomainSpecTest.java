package dev.seawall.networking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DomainSpec}: CAA and mail defaults, their opt-outs, and malformed records. */
class DomainSpecTest {
  private static final Justification WHY = Justification.of("SEC-77: migration window");

  private static List<Violation> violations(DomainSpec.Builder builder) {
    return builder.validate().fold(e -> e.asJava(), spec -> List.of());
  }

  @Test
  void build_byDefault_allowsOnlyLetsEncryptThroughCaa() {
    DomainSpec spec = DomainSpec.builder().name("Example.COM").build();

    assertThat(spec.name()).isEqualTo("example.com");
    assertThat(spec.records())
        .containsExactly(
            new DnsRecord(RecordType.CAA, "@", "letsencrypt.org", 3600, 0, 0, 0, 0, "issue"));
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void build_withIodefAndOtherCas_addsOneCaaRecordEach() {
    DomainSpec spec =
        DomainSpec.builder()
            .name("example.com")
            .certificateAuthorities("letsencrypt.org", "sectigo.com")
            .iodef("mailto:security@example.com")
            .addRecord(DnsRecord.a("www", "203.0.113.10"))
            .build();

    assertThat(spec.records())
        .containsExactly(
            DnsRecord.a("www", "203.0.113.10"),
            DnsRecord.caa("@", "issue", "letsencrypt.org"),
            DnsRecord.caa("@", "issue", "sectigo.com"),
            DnsRecord.caa("@", "iodef", "mailto:security@example.com"));
  }

  @Test
  void validate_whenNoCertificateAuthority_refusesSwDns001NamingTheOptOut() {
    List<Violation> violations =
        violations(DomainSpec.builder().name("example.com").certificateAuthorities());

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(NetworkingRules.SW_DNS_001);
              assertThat(v.resource()).isEqualTo("domain/example.com");
              assertThat(v.message()).contains("withoutCaa(Justification)");
            });
  }

  @Test
  void withoutCaa_whenJustified_buildsWithoutCaaAndRecordsTheRisk() {
    DomainSpec spec =
        DomainSpec.builder()
            .name("example.com")
            .iodef("mailto:a@example.com")
            .withoutCaa(WHY)
            .build();

    assertThat(spec.records()).isEmpty();
    assertThat(spec.certificateAuthorities()).isEmpty();
    assertThat(spec.acknowledgedRisks())
        .singleElement()
        .satisfies(r -> assertThat(r.ruleId()).isEqualTo("SW-DNS-001"));
  }

  @Test
  void sendsMail_byDefault_publishesSpfEndingInMinusAllAndDmarcQuarantine() {
    DomainSpec spec =
        DomainSpec.builder()
            .name("example.com")
            .sendsMail("include:_spf.mail.example")
            .dmarcReports("mailto:dmarc@example.com")
            .build();

    assertThat(spec.sendsMail()).isTrue();
    assertThat(spec.records())
        .contains(
            DnsRecord.txt("@", "v=spf1 include:_spf.mail.example -all"),
            DnsRecord.txt("_dmarc", "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"));
  }

  @Test
  void dmarcPolicy_reject_isPublished() {
    DomainSpec spec =
        DomainSpec.builder()
            .name("example.com")
            .sendsMail("mx")
            .dmarcPolicy(DmarcPolicy.REJECT)
            .build();

    assertThat(spec.records()).contains(DnsRecord.txt("_dmarc", "v=DMARC1; p=reject"));
  }

  @Test
  void dmarcPolicy_none_isMalformedAndNamesTheOptOut() {
    List<Violation> violations =
        violations(
            DomainSpec.builder().name("example.com").sendsMail("mx").dmarcPolicy(DmarcPolicy.NONE));

    assertThat(violations)
        .anySatisfy(
            v -> {
              assertThat(v.rule()).isEqualTo(CoreRules.SW_INPUT_001);
              assertThat(v.message()).contains("allowDmarcMonitoringOnly(Justification)");
            });
  }

  @Test
  void allowDmarcMonitoringOnly_whenJustified_publishesPNoneAndRecordsTheRisk() {
    DomainSpec spec =
        DomainSpec.builder()
            .name("example.com")
            .sendsMail("mx")
            .allowDmarcMonitoringOnly(WHY)
            .build();

    assertThat(spec.records()).contains(DnsRecord.txt("_dmarc", "v=DMARC1; p=none"));
    assertThat(spec.acknowledgedRisks())
        .singleElement()
        .satisfies(r -> assertThat(r.ruleId()).isEqualTo("SW-DNS-002"));
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @Test
  void validate_whenExplicitDmarcIsNone_refusesSwDns002UnlessAcknowledged() {
    DomainSpec.Builder builder =
        DomainSpec.builder()
            .name("example.com")
            .addRecord(DnsRecord.txt("@", "v=spf1 mx -all"))
            .addRecord(DnsRecord.txt("_dmarc", "v=DMARC1; p=none"));

    assertThat(violations(builder))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(NetworkingRules.SW_DNS_002);
              assertThat(v.message()).contains("p=none").contains("allowDmarcMonitoringOnly");
            });
    assertThat(violations(builder.allowDmarcMonitoringOnly(WHY))).isEmpty();
  }

  @Test
  void validate_whenSpfWithoutDmarcOrAllowingAnySender_refusesSwDns002WithoutOptOut() {
    List<Violation> violations =
        violations(
            DomainSpec.builder()
                .name("example.com")
                .addRecord(DnsRecord.txt("@", "v=spf1 include:x.example +all"))
                .allowDmarcMonitoringOnly(WHY));

    assertThat(violations)
        .extracting(Violation::ruleId)
        .containsExactly("SW-DNS-002", "SW-DNS-002");
    assertThat(violations)
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("ends in +all"))
        .anySatisfy(m -> assertThat(m).contains("no DMARC record"));
  }

  @Test
  void validate_whenRecordsAreMalformed_reportsEachAsSwInput001AtOnce() {
    List<Violation> violations =
        violations(
            DomainSpec.builder()
                .name("example")
                .addRecord(DnsRecord.a("www", "2001:db8::1"))
                .addRecord(DnsRecord.cname("@", "other.example.org"))
                .addRecord(DnsRecord.txt("short", "hello").withTtl(5))
                .addRecord(DnsRecord.caa("@", "issuex", "letsencrypt.org"))
                .addRecord(DnsRecord.mx("@", 70000, "mail.example.org")));

    assertThat(violations).extracting(Violation::ruleId).containsOnly("SW-INPUT-001");
    assertThat(violations)
        .extracting(Violation::resource)
        .contains(
            "domain/example.name",
            "domain/example.records[0].data",
            "domain/example.records[1].type",
            "domain/example.records[2].ttl",
            "domain/example.records[3].tag",
            "domain/example.records[4].priority");
  }

  @Test
  void validate_whenTwoRecordsShareTypeNameAndData_refusesTheSecond() {
    assertThatThrownBy(
            () ->
                DomainSpec.builder()
                    .name("example.com")
                    .addRecord(DnsRecord.a("www", "203.0.113.10"))
                    .addRecord(DnsRecord.a("www", "203.0.113.10").withTtl(60))
                    .build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("declare each record once");
  }

  @Test
  void dnsRecord_normalisesHostsAndNames() {
    assertThat(DnsRecord.cname("WWW", "Web.Example.ORG."))
        .isEqualTo(DnsRecord.cname("www", "web.example.org"));
    assertThat(DnsRecord.cname("www", "web.example.org").wireData()).isEqualTo("web.example.org.");
    assertThat(DnsRecord.caa("@", "issue", "letsencrypt.org"))
        .hasToString("CAA @ 0 issue \"letsencrypt.org\" ttl 3600");
  }
}
