package dev.seawall.networking.domain;

import dev.seawall.core.net.Cidr;
import dev.seawall.core.net.IpFamily;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.NetworkingRules;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The desired state of a DNS domain on DigitalOcean and every record in it.
 *
 * <pre>{@code
 * DomainSpec example = DomainSpec.builder()
 *     .name("example.com")
 *     .addRecord(DnsRecord.a("www", "203.0.113.10"))
 *     .iodef("mailto:security@example.com")          // CAA iodef: where CAs report refused requests
 *     .sendsMail("include:_spf.mail-provider.example") // SPF "-all" and DMARC p=quarantine
 *     .build();
 * }</pre>
 *
 * <p>Secure defaults:
 *
 * <ul>
 *   <li><b>CAA</b> (SW-DNS-001): a {@code 0 issue "<ca>"} record at the apex for each of {@link
 *       Builder#certificateAuthorities(String...)}, by default only {@code letsencrypt.org} (the CA
 *       of DigitalOcean's Let's Encrypt certificates), plus {@code 0 iodef "<url>"} when {@link
 *       Builder#iodef(String)} is given. Without any CAA issue record the spec is refused unless
 *       {@link Builder#withoutCaa(Justification)}.
 *   <li><b>Mail</b> (SW-DNS-002): a domain declared with {@link Builder#sendsMail(String...)} gets
 *       one SPF record {@code v=spf1 <mechanisms> -all} and a DMARC record {@code v=DMARC1;
 *       p=quarantine} at {@code _dmarc} ({@link Builder#dmarcPolicy(DmarcPolicy)} for {@code
 *       reject}, {@link Builder#dmarcReports(String)} for {@code rua=}). A domain whose records
 *       carry SPF is a mail-sending domain whatever declared it: an SPF that does not end in {@code
 *       -all}/{@code ~all}, several SPF records or a missing DMARC record are refused; DMARC {@code
 *       p=none} only with {@link Builder#allowDmarcMonitoringOnly(Justification)}.
 *   <li><b>TTL</b>: every record Seawall writes has {@value DnsRecord#DEFAULT_TTL} seconds unless
 *       the record says otherwise ({@link DnsRecord#withTtl(int)}, at least {@value
 *       DnsRecord#MIN_TTL}).
 * </ul>
 *
 * <p>The spec holds the full set of records: applying it adds the records it lacks, changes in
 * place the TTL (and priority, weight, port, flags) of records with the same type, name and data,
 * and deletes records it does not list, so a record added behind Seawall's back (a dangling CNAME,
 * a rogue TXT) is removed. DigitalOcean's own SOA record and its {@code NS} records at the apex
 * ({@code ns1..3.digitalocean.com}) are never touched. Immutable. Sent as <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_create">domains_create</a>
 * and <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_create_record">domains_create_record</a>.
 */
public final class DomainSpec {
  /** The certificate authority of DigitalOcean's Let's Encrypt certificates. */
  public static final String LETS_ENCRYPT = "letsencrypt.org";

  private static final Pattern DOMAIN =
      Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");
  private static final Pattern RECORD_NAME =
      Pattern.compile(
          "@|(\\*\\.)?([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*|\\*");
  private static final Pattern HOST =
      Pattern.compile(
          "([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Set<String> CAA_TAGS = Set.of("issue", "issuewild", "iodef");

  private final String name;
  private final List<DnsRecord> explicitRecords;
  private final List<String> certificateAuthorities;
  private final String iodef;
  private final List<String> mailSenders;
  private final boolean sendsMail;
  private final DmarcPolicy dmarcPolicy;
  private final String dmarcReports;
  private final List<AcknowledgedRisk> acknowledgedRisks;
  private final List<DnsRecord> records;

  private DomainSpec(Builder b) {
    this.name = b.name.toLowerCase(Locale.ROOT);
    this.explicitRecords = List.copyOf(b.records);
    this.certificateAuthorities = List.copyOf(b.certificateAuthorities);
    this.iodef = b.iodef;
    this.mailSenders = List.copyOf(b.mailSenders);
    this.sendsMail = b.sendsMail;
    this.dmarcPolicy = b.dmarcPolicy();
    this.dmarcReports = b.dmarcReports;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
    this.records = b.allRecords();
  }

  /** Starts a spec; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values and opt-outs. */
  public Builder toBuilder() {
    Builder b =
        new Builder()
            .name(name)
            .records(explicitRecords)
            .certificateAuthorities(certificateAuthorities.toArray(String[]::new))
            .iodef(iodef)
            .dmarcReports(dmarcReports);
    if (sendsMail) {
      b.sendsMail(mailSenders.toArray(String[]::new));
    }
    b.dmarcPolicy = dmarcPolicy == DmarcPolicy.NONE ? DmarcPolicy.QUARANTINE : dmarcPolicy;
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The domain, lower case, e.g. {@code example.com}. */
  public String name() {
    return name;
  }

  /**
   * Every record the domain should have: the explicit ones, then the CAA, SPF and DMARC records the
   * defaults add; each once.
   */
  public List<DnsRecord> records() {
    return records;
  }

  /** The CAs allowed to issue certificates (CAA {@code issue}); empty after {@code withoutCaa}. */
  public List<String> certificateAuthorities() {
    return hasCaaOptOut() ? List.of() : certificateAuthorities;
  }

  /** Whether the domain is declared as sending mail. */
  public boolean sendsMail() {
    return sendsMail;
  }

  /** The risks acknowledged through opt-outs, in the order given. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  private boolean hasCaaOptOut() {
    return Checks.isAcknowledged(NetworkingRules.SW_DNS_001, acknowledgedRisks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DomainSpec other
        && name.equals(other.name)
        && records.equals(other.records)
        && acknowledgedRisks.equals(other.acknowledgedRisks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, records);
  }

  @Override
  public String toString() {
    return "DomainSpec[name=" + name + ", records=" + records.size() + "]";
  }

  /**
   * Builder for {@link DomainSpec}. Setters copy their input and never throw for bad values: {@link
   * #validate()} reports every problem at once.
   */
  public static final class Builder {
    private String name = "";
    private final List<DnsRecord> records = new ArrayList<>();
    private List<String> certificateAuthorities = List.of(LETS_ENCRYPT);
    private String iodef = "";
    private List<String> mailSenders = List.of();
    private boolean sendsMail;
    private DmarcPolicy dmarcPolicy = DmarcPolicy.QUARANTINE;
    private String dmarcReports = "";
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /** Sets the domain, e.g. {@code example.com} (stored lower case). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name").trim();
      return this;
    }

    /** Replaces the explicit records (the defaults' CAA, SPF and DMARC records come on top). */
    public Builder records(Collection<DnsRecord> records) {
      this.records.clear();
      records.forEach(this::addRecord);
      return this;
    }

    /** Adds an explicit record, e.g. {@code DnsRecord.a("www", "203.0.113.10")}. */
    public Builder addRecord(DnsRecord record) {
      this.records.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Sets the certificate authorities that may issue certificates for the domain, one CAA {@code
     * issue} record each, by their CAA domain ({@code letsencrypt.org}, {@code sectigo.com}, {@code
     * pki.goog}). Default: {@value DomainSpec#LETS_ENCRYPT} only, the CA of DigitalOcean's Let's
     * Encrypt certificates. An empty list leaves the domain without CAA, which SW-DNS-001 refuses.
     */
    public Builder certificateAuthorities(String... domains) {
      this.certificateAuthorities =
          Arrays.stream(domains).map(d -> d.trim().toLowerCase(Locale.ROOT)).distinct().toList();
      return this;
    }

    /**
     * Adds a CAA {@code iodef} record: where CAs report a certificate request they refused, a
     * {@code mailto:} or {@code https:} URL, e.g. {@code mailto:security@example.com}. Default:
     * none; empty text removes it.
     */
    public Builder iodef(String url) {
      this.iodef = Objects.requireNonNull(url, "url").trim();
      return this;
    }

    /**
     * Publishes no CAA record (SW-DNS-001): every public CA may issue certificates for the domain,
     * including one whose validation an attacker can pass. Records an {@link AcknowledgedRisk} for
     * SW-DNS-001.
     *
     * @param justification why, e.g. a ticket reference
     */
    public Builder withoutCaa(Justification justification) {
      acknowledge(
          AcknowledgedRisk.of(NetworkingRules.SW_DNS_001, justification, "domain without CAA"));
      return this;
    }

    /**
     * Declares that mail is sent as this domain, from the senders named by SPF mechanisms (e.g.
     * {@code include:_spf.mail-provider.example}, {@code ip4:203.0.113.25}, {@code mx}); publishes
     * {@code v=spf1 <mechanisms> -all} at the apex and a DMARC record at {@code _dmarc} with the
     * {@linkplain #dmarcPolicy(DmarcPolicy) policy} ({@code quarantine} by default). Default: the
     * domain sends no mail and gets neither.
     */
    public Builder sendsMail(String... spfMechanisms) {
      this.mailSenders =
          Arrays.stream(spfMechanisms).map(String::trim).filter(m -> !m.isEmpty()).toList();
      this.sendsMail = true;
      return this;
    }

    /**
     * Sets the DMARC policy of a mail-sending domain: {@link DmarcPolicy#QUARANTINE} (default) or
     * {@link DmarcPolicy#REJECT}. {@code NONE} is not accepted here: use {@link
     * #allowDmarcMonitoringOnly(Justification)}.
     */
    public Builder dmarcPolicy(DmarcPolicy policy) {
      this.dmarcPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets where aggregate DMARC reports go ({@code rua=}), e.g. {@code mailto:dmarc@example.com}.
     * Default: none.
     */
    public Builder dmarcReports(String mailto) {
      this.dmarcReports = Objects.requireNonNull(mailto, "mailto").trim();
      return this;
    }

    /**
     * Publishes DMARC {@code p=none} for a mail-sending domain (SW-DNS-002): receivers report
     * spoofed mail but still deliver it; meant for the weeks of monitoring before enforcing.
     * Records an {@link AcknowledgedRisk} for SW-DNS-002.
     *
     * @param justification why, e.g. a ticket reference with an end date
     */
    public Builder allowDmarcMonitoringOnly(Justification justification) {
      acknowledge(AcknowledgedRisk.of(NetworkingRules.SW_DNS_002, justification, "DMARC p=none"));
      return this;
    }

    private void acknowledge(AcknowledgedRisk risk) {
      if (!acknowledgedRisks.contains(risk)) {
        acknowledgedRisks.add(risk);
      }
    }

    private DmarcPolicy dmarcPolicy() {
      return Checks.isAcknowledged(NetworkingRules.SW_DNS_002, acknowledgedRisks)
          ? DmarcPolicy.NONE
          : dmarcPolicy;
    }

    private List<DnsRecord> allRecords() {
      Set<DnsRecord> all = new LinkedHashSet<>(records);
      if (!Checks.isAcknowledged(NetworkingRules.SW_DNS_001, acknowledgedRisks)) {
        for (String ca : certificateAuthorities) {
          all.add(DnsRecord.caa(DnsRecord.APEX, "issue", ca));
        }
        if (!iodef.isEmpty()) {
          all.add(DnsRecord.caa(DnsRecord.APEX, "iodef", iodef));
        }
      }
      if (sendsMail) {
        String senders = String.join(" ", mailSenders);
        all.add(
            DnsRecord.txt(
                DnsRecord.APEX, "v=spf1 " + (senders.isEmpty() ? "" : senders + " ") + "-all"));
        all.add(
            DnsRecord.txt(
                "_dmarc",
                "v=DMARC1; p="
                    + dmarcPolicy().tagValue()
                    + (dmarcReports.isEmpty() ? "" : "; rua=" + dmarcReports)));
      }
      return List.copyOf(all);
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001: the
     * name, each record, the iodef URL) and SW-DNS-001, SW-DNS-002.
     */
    public Validation<Seq<Violation>, DomainSpec> validate() {
      String domain = name.toLowerCase(Locale.ROOT);
      Checks checks = Checks.on("domain/" + (domain.isBlank() ? "(unnamed)" : domain));
      if (domain.isBlank()) {
        checks.invalid("name", "a domain needs a name, e.g. name(\"example.com\")");
      } else if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
        checks.invalid(
            "name",
            "'" + domain + "' is not a domain name such as example.com (letters, digits, dashes)");
      }
      if (dmarcPolicy == DmarcPolicy.NONE) {
        checks.invalid(
            "dmarcPolicy",
            "p=none is an opt-out: use allowDmarcMonitoringOnly(Justification) instead");
      }
      if (!iodef.isEmpty() && !(iodef.startsWith("mailto:") || iodef.startsWith("https://"))) {
        checks.invalid(
            "iodef", "must be a mailto: or https:// URL, e.g. mailto:security@" + domain);
      }
      for (String ca : certificateAuthorities) {
        if (!HOST.matcher(ca).matches()) {
          checks.invalid(
              "certificateAuthorities",
              "'" + ca + "' is not a CA's domain such as letsencrypt.org");
        }
      }
      for (String mechanism : mailSenders) {
        if (mechanism.toLowerCase(Locale.ROOT).endsWith("all")) {
          checks.invalid(
              "sendsMail",
              "'"
                  + mechanism
                  + "' is an all mechanism; Seawall ends the SPF record in -all itself");
        }
      }
      List<DnsRecord> all = allRecords();
      Map<String, Integer> identities = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        DnsRecord record = all.get(i);
        checkRecord(checks.at("records[" + i + "]"), record, domain);
        Integer first = identities.putIfAbsent(record.identity(), i);
        if (first != null) {
          checks.invalid(
              "records[" + i + "]",
              record
                  + " has the type, name and data of records["
                  + first
                  + "] with other attributes; declare each record once");
        }
      }
      if (!Checks.isAcknowledged(NetworkingRules.SW_DNS_001, acknowledgedRisks)) {
        checks.require(
            DnsPolicy.hasCaa(all),
            NetworkingRules.SW_DNS_001,
            DnsPolicy.missingCaa()
                + "; name the CAs with certificateAuthorities(...), or use"
                + " withoutCaa(Justification)");
      }
      DnsPolicy.MailProblems mail = DnsPolicy.mail(all);
      mail.refused().forEach(problem -> checks.refuse(NetworkingRules.SW_DNS_002, problem));
      checks.refuseUnlessAcknowledged(
          NetworkingRules.SW_DNS_002,
          mail.monitoringOnly(),
          acknowledgedRisks,
          DnsPolicy.monitoringOnly(),
          "allowDmarcMonitoringOnly(Justification)");
      return checks.result(() -> new DomainSpec(this));
    }

    private static void checkRecord(Checks checks, DnsRecord record, String domain) {
      if (!RECORD_NAME.matcher(record.name()).matches() || record.name().length() > 253) {
        checks.invalid(
            "name",
            "'"
                + record.name()
                + "' is not a record name relative to the domain: @ for the apex,"
                + " or labels such as www or _dmarc");
      } else if (!domain.isEmpty()
          && (record.name().equals(domain) || record.name().endsWith("." + domain))) {
        checks.invalid(
            "name",
            "'"
                + record.name()
                + "' repeats the domain; names are relative to it (@ for the apex, www for www."
                + domain
                + ")");
      }
      if (record.ttl() < DnsRecord.MIN_TTL) {
        checks.invalid(
            "ttl",
            record.ttl() + " seconds is below DigitalOcean's minimum of " + DnsRecord.MIN_TTL);
      }
      String data = record.data();
      if (data.isBlank()) {
        checks.invalid("data", "a " + record.type() + " record needs data");
        return;
      }
      switch (record.type()) {
        case A -> requireAddress(checks, data, IpFamily.IPV4);
        case AAAA -> requireAddress(checks, data, IpFamily.IPV6);
        case CNAME -> {
          if (record.name().equals(DnsRecord.APEX)) {
            checks.invalid("type", "a CNAME cannot be at the apex (@); use A/AAAA records there");
          }
          requireHost(checks, data);
        }
        case MX -> {
          requireHost(checks, data);
          requireRange(checks, "priority", record.priority(), 0, 65535);
        }
        case NS -> requireHost(checks, data);
        case SRV -> {
          requireHost(checks, data);
          requireRange(checks, "priority", record.priority(), 0, 65535);
          requireRange(checks, "weight", record.weight(), 0, 65535);
          requireRange(checks, "port", record.port(), 1, 65535);
        }
        case CAA -> {
          if (!CAA_TAGS.contains(record.tag())) {
            checks.invalid(
                "tag", "a CAA tag is issue, issuewild or iodef, not '" + record.tag() + "'");
          }
          requireRange(checks, "flags", record.flags(), 0, 255);
        }
        case TXT -> {
          if (data.length() > 4096) {
            checks.invalid("data", "a TXT record holds at most 4096 characters");
          }
        }
        case SOA, UNKNOWN ->
            checks.invalid("type", record.type() + " records are not managed by a DomainSpec");
      }
    }

    private static void requireAddress(Checks checks, String data, IpFamily family) {
      try {
        Cidr host = Cidr.parseAddressOrCidr(data);
        if (host.family() != family
            || host.prefixLength() != (family == IpFamily.IPV4 ? 32 : 128)) {
          checks.invalid("data", "'" + data + "' is not an " + family + " address");
        }
      } catch (IllegalArgumentException e) {
        checks.invalid("data", "'" + data + "' is not an " + family + " address");
      }
    }

    private static void requireHost(Checks checks, String data) {
      if (!data.equals(DnsRecord.APEX) && !HOST.matcher(data).matches()) {
        checks.invalid("data", "'" + data + "' is not a host name such as mail.example.com");
      }
    }

    private static void requireRange(Checks checks, String field, int value, int min, int max) {
      if (value < min || value > max) {
        checks.invalid(field, value + " is outside " + min + ".." + max);
      }
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public DomainSpec build() {
      Validation<Seq<Violation>, DomainSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
