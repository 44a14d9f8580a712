package dev.seawall.networking.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One DNS record of a domain, as a value: the record a {@link DomainSpec} wants, or one the API
 * reports (without its id). Build it with the factories ({@link #a}, {@link #caa}, {@link #mx},
 * ...); every factory uses {@link #DEFAULT_TTL} ({@link #withTtl(int)} for another).
 *
 * <p>Values are normalised so that a record reads back equal to the one sent: the name is relative
 * to the domain ({@code @} for the apex, {@code www}, {@code _dmarc}), lower case; host data
 * ({@code CNAME}, {@code MX}, {@code NS}, {@code SRV}) is lower case without a trailing dot (it is
 * sent as a fully qualified name, with the dot); {@code AAAA} data is lower case; a CAA tag is
 * lower case. Fields a type does not use are {@code 0} or {@code ""}.
 *
 * <p>A record's identity is its type, name and data (and, for CAA, its tag: {@code issue} and
 * {@code issuewild} for the same CA are two records): {@link #identity()}. A domain's diff adds and
 * removes records by identity and changes the other attributes (TTL, priority, ...) in place.
 *
 * @param type the record type
 * @param name the host name relative to the domain, {@code @} for the apex
 * @param data the value: an address, a host, text, or a CA's domain for CAA
 * @param ttl the time to live in seconds, at least {@value #MIN_TTL}
 * @param priority MX and SRV priority (0..65535); 0 otherwise
 * @param port SRV port (1..65535); 0 otherwise
 * @param weight SRV weight (0..65535); 0 otherwise
 * @param flags CAA flags (0..255, 128 = critical); 0 otherwise
 * @param tag CAA tag: {@code issue}, {@code issuewild} or {@code iodef}; empty otherwise
 */
public record DnsRecord(
    RecordType type,
    String name,
    String data,
    int ttl,
    int priority,
    int port,
    int weight,
    int flags,
    String tag) {
  /**
   * The TTL of every record unless set: 3600 seconds (one hour), twice DigitalOcean's default of
   * 1800; short enough to move an address within the hour, long enough to keep resolvers' caches
   * useful.
   */
  public static final int DEFAULT_TTL = 3600;

  /** The shortest TTL DigitalOcean accepts: 30 seconds. */
  public static final int MIN_TTL = 30;

  /** The apex of the domain as a record name. */
  public static final String APEX = "@";

  /** Normalises the components (see the class description). */
  public DnsRecord {
    Objects.requireNonNull(type, "type");
    name = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      name = APEX;
    }
    data = Objects.requireNonNull(data, "data");
    if (type.hostData() || type == RecordType.AAAA) {
      data = data.trim().toLowerCase(Locale.ROOT);
      if (data.length() > 1 && data.endsWith(".")) {
        data = data.substring(0, data.length() - 1);
      }
    }
    tag = Objects.requireNonNull(tag, "tag").toLowerCase(Locale.ROOT);
  }

  /** An {@code A} record: {@code name} resolves to the IPv4 {@code address}. */
  public static DnsRecord a(String name, String address) {
    return of(RecordType.A, name, address);
  }

  /** An {@code AAAA} record: {@code name} resolves to the IPv6 {@code address}. */
  public static DnsRecord aaaa(String name, String address) {
    return of(RecordType.AAAA, name, address);
  }

  /** A {@code CNAME} record: {@code name} is an alias of the fully qualified {@code host}. */
  public static DnsRecord cname(String name, String host) {
    return of(RecordType.CNAME, name, host);
  }

  /** An {@code MX} record: mail for {@code name} goes to {@code host} with {@code priority}. */
  public static DnsRecord mx(String name, int priority, String host) {
    return new DnsRecord(RecordType.MX, name, host, DEFAULT_TTL, priority, 0, 0, 0, "");
  }

  /** A {@code TXT} record with the text {@code text} (without surrounding quotes). */
  public static DnsRecord txt(String name, String text) {
    return of(RecordType.TXT, name, text);
  }

  /** An {@code NS} record delegating {@code name} to the name server {@code host}. */
  public static DnsRecord ns(String name, String host) {
    return of(RecordType.NS, name, host);
  }

  /**
   * A {@code CAA} record with flags 0.
   *
   * @param name the name it covers, usually {@code @}
   * @param tag {@code issue}, {@code issuewild} or {@code iodef}
   * @param value the CA's domain ({@code letsencrypt.org}) or, for {@code iodef}, a {@code mailto:}
   *     or {@code https:} URL
   */
  public static DnsRecord caa(String name, String tag, String value) {
    return new DnsRecord(RecordType.CAA, name, value, DEFAULT_TTL, 0, 0, 0, 0, tag);
  }

  /**
   * An {@code SRV} record, e.g. {@code srv("_sip._tcp", 10, 5, 5060, "sip.example.com")}.
   *
   * @param name {@code _service._proto}, optionally followed by a sub-domain
   * @param priority 0..65535, lower is preferred
   * @param weight 0..65535, share among equal priorities
   * @param port 1..65535
   * @param host the target host, fully qualified
   */
  public static DnsRecord srv(String name, int priority, int weight, int port, String host) {
    return new DnsRecord(RecordType.SRV, name, host, DEFAULT_TTL, priority, port, weight, 0, "");
  }

  private static DnsRecord of(RecordType type, String name, String data) {
    return new DnsRecord(type, name, data, DEFAULT_TTL, 0, 0, 0, 0, "");
  }

  /** This record with another TTL in seconds (at least {@value #MIN_TTL}, checked by the spec). */
  public DnsRecord withTtl(int seconds) {
    return new DnsRecord(type, name, data, seconds, priority, port, weight, flags, tag);
  }

  /** This record with other CAA flags (128 marks the property critical). */
  public DnsRecord withFlags(int caaFlags) {
    return new DnsRecord(type, name, data, ttl, priority, port, weight, caaFlags, tag);
  }

  /**
   * What identifies the record within its domain: type, name and data, and the tag of a CAA record.
   * Two records with one identity are one record whose other attributes differ.
   */
  public String identity() {
    return type + " " + name + (type == RecordType.CAA ? " " + tag : "") + " " + data;
  }

  /** Whether this is an SPF policy: a {@code TXT} record at the apex starting {@code v=spf1}. */
  public boolean isSpf() {
    return type == RecordType.TXT
        && name.equals(APEX)
        && data.trim().toLowerCase(Locale.ROOT).startsWith("v=spf1");
  }

  /**
   * Whether this is a DMARC policy: a {@code TXT} record at {@code _dmarc} starting {@code
   * v=DMARC1}.
   */
  public boolean isDmarc() {
    return type == RecordType.TXT
        && name.equals("_dmarc")
        && data.trim().toUpperCase(Locale.ROOT).startsWith("V=DMARC1");
  }

  /** The data as the API takes it: a host gets its trailing dot ({@code @} stays as it is). */
  public String wireData() {
    return type.hostData() && !data.equals(APEX) ? data + "." : data;
  }

  /**
   * The record in zone-file order, e.g. {@code CAA @ 0 issue "letsencrypt.org" ttl 3600} or {@code
   * MX @ 10 mail.example.com ttl 3600}.
   */
  @Override
  public String toString() {
    String value =
        switch (type) {
          case CAA -> flags + " " + tag + " \"" + data + "\"";
          case TXT -> "\"" + data + "\"";
          case MX -> priority + " " + data;
          case SRV -> priority + " " + weight + " " + port + " " + data;
          default -> data;
        };
    return type + " " + name + " " + value + " ttl " + ttl;
  }
}
