package dev.seawall.networking.domain.internal;

import dev.seawall.networking.domain.DnsRecord;
import dev.seawall.networking.domain.RecordType;
import java.util.Optional;

/**
 * A domain record exactly as the API writes it; attributes a type does not use are {@code null}.
 *
 * @param id the record's id
 * @param type the type, e.g. {@code CAA}
 * @param name the name relative to the domain, {@code @} for the apex
 * @param data the value
 * @param ttl the TTL in seconds
 * @param priority MX/SRV priority
 * @param port SRV port
 * @param weight SRV weight
 * @param flags CAA flags
 * @param tag CAA tag
 */
public record DomainRecordWire(
    long id,
    String type,
    Optional<String> name,
    Optional<String> data,
    Optional<Integer> ttl,
    Optional<Integer> priority,
    Optional<Integer> port,
    Optional<Integer> weight,
    Optional<Integer> flags,
    Optional<String> tag) {

  /** The record as a value (without its id). */
  public DnsRecord toModel() {
    return new DnsRecord(
        RecordType.parse(type),
        name.orElse(DnsRecord.APEX),
        data.orElse(""),
        ttl.orElse(0),
        priority.orElse(0),
        port.orElse(0),
        weight.orElse(0),
        flags.orElse(0),
        tag.orElse(""));
  }
}
