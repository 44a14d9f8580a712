package dev.seawall.networking.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A DNS domain as the API reports it (read model), with its records when they were read.
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_get">domains_get</a>
 * completed with <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_list_records">domains_list_records</a>.
 *
 * @param name the domain, e.g. {@code example.com}; also its id
 * @param ttl the zone's default TTL in seconds, if reported
 * @param zoneFile the zone file DigitalOcean serves, if reported (holds the SOA record)
 * @param records every record of the domain (SOA and DigitalOcean's NS records included), or empty
 *     when they were not read (a listing of domains does not read them): unknown, never a change
 */
public record Domain(
    String name,
    Optional<Integer> ttl,
    Optional<String> zoneFile,
    Optional<List<DnsRecord>> records) {

  /** Validates and copies the components. */
  public Domain {
    name = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(zoneFile, "zoneFile");
    records = Objects.requireNonNull(records, "records").map(List::copyOf);
  }

  /** The uniform resource name, {@code do:domain:<name>}, as projects name it. */
  public String urn() {
    return "do:domain:" + name;
  }

  /** This domain with its records. */
  public Domain withRecords(List<DnsRecord> read) {
    return new Domain(name, ttl, zoneFile, Optional.of(read));
  }

  /**
   * The records a {@link DomainSpec} manages, when they were read: every record but the SOA and
   * DigitalOcean's own {@code NS} records at the apex ({@code ns1..3.digitalocean.com}).
   */
  public Optional<List<DnsRecord>> managedRecords() {
    return records.map(all -> all.stream().filter(Domain::managed).toList());
  }

  /** Whether a {@link DomainSpec} manages the record (see {@link #managedRecords()}). */
  static boolean managed(DnsRecord record) {
    if (record.type() == RecordType.SOA) {
      return false;
    }
    return !(record.type() == RecordType.NS
        && record.name().equals(DnsRecord.APEX)
        && record.data().endsWith(".digitalocean.com"));
  }
}
