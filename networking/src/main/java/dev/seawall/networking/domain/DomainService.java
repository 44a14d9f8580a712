package dev.seawall.networking.domain;

import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.domain.internal.DomainRecordWire;
import dev.seawall.networking.domain.internal.DomainWire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DNS domains and their records, in the {@linkplain dev.seawall.core.resource.ResourceService one
 * vocabulary} of every kind. Obtain it with {@code Networking.domains(client)}. Thread-safe; holds
 * no state besides the client.
 *
 * <p>A domain is identified by its name, which is also its id. {@link #get}, {@link #find} and
 * {@link #observe} read its records too ({@code domains_list_records}); {@link #listAll()} does not
 * ({@link Domain#records()} is empty there; {@link #listRecords(String)} reads them). The diff has
 * one field, {@code records}, compared as a set of {@link DnsRecord}s (see {@link DomainSpec} for
 * the records it leaves alone): {@link #apply} creates the missing records, changes in place with
 * one {@code PUT} a record whose type, name and data match one that is there (its TTL, priority,
 * weight, port or flags differ; the plan shows it as the old record removed and the new one added),
 * deletes the others, and sends nothing when the records match.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code domain:read}, {@code
 * domain:create}, {@code domain:update} (records), {@code domain:delete}, as noted per method.
 */
public final class DomainService extends AbstractResourceService<DomainSpec, Domain, DomainWire> {

  static final WireKind<DomainWire, Domain> WIRE =
      WireKind.builder(DomainResource.KIND, DomainWire.class, DomainWire::toModel)
          .envelope("domain", "domains")
          .list(NetworkingOperations.DOMAINS_LIST)
          .get(NetworkingOperations.DOMAINS_GET, "domain_name")
          .delete(NetworkingOperations.DOMAINS_DELETE)
          .identity(DomainWire::name, DomainWire::name)
          .build();

  /**
   * The one field of a domain: {@code records}, a set compared element by element (a record whose
   * TTL changes is one removed and one added element, applied as one in-place update); records that
   * were not read are unknown, never a change.
   */
  static final Differ<DomainSpec, Domain> DIFFER =
      Differ.<DomainSpec, Domain>builder()
          .set("records", DomainSpec::records, domain -> domain.managedRecords().orElse(null))
          .build();

  /** The operations that change records in place. */
  static final List<Operation> RECORD_WRITES =
      List.of(
          NetworkingOperations.DOMAINS_CREATE_RECORD,
          NetworkingOperations.DOMAINS_UPDATE_RECORD,
          NetworkingOperations.DOMAINS_DELETE_RECORD);

  /**
   * Creates the service on a client; prefer {@code Networking.domains(client)}.
   *
   * @param client the DigitalOcean client
   */
  public DomainService(DigitalOcean client) {
    super(client, WIRE);
  }

  /** Every API operation this service may call, for {@code Scopes.required(...)}. */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.DOMAINS_LIST,
        NetworkingOperations.DOMAINS_GET,
        NetworkingOperations.DOMAINS_CREATE,
        NetworkingOperations.DOMAINS_DELETE,
        NetworkingOperations.DOMAINS_LIST_RECORDS,
        NetworkingOperations.DOMAINS_CREATE_RECORD,
        NetworkingOperations.DOMAINS_UPDATE_RECORD,
        NetworkingOperations.DOMAINS_DELETE_RECORD);
  }

  @Override
  protected Differ<DomainSpec, Domain> differ() {
    return DIFFER;
  }

  @Override
  protected String name(DomainSpec spec) {
    return spec.name();
  }

  /**
   * Fetches a domain and its records.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_get">domains_get</a>
   * and {@code domains_list_records}; scope {@code domain:read}.
   *
   * @param name the domain, e.g. {@code example.com}
   * @throws NotFoundException if the account has no such domain
   */
  @Override
  public Domain get(String name) {
    return super.get(name).withRecords(listRecords(name));
  }

  /**
   * The domain of this name with its records, if the account has it (one {@code domains_get}, not a
   * listing); scope {@code domain:read}.
   */
  @Override
  public Optional<Domain> find(String name) {
    try {
      return Optional.of(get(name));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  /**
   * Whether the account has this domain on DigitalOcean DNS (one {@code domains_get}, records not
   * read); scope {@code domain:read}.
   */
  public boolean exists(String name) {
    try {
      getWire(name);
      return true;
    } catch (NotFoundException absent) {
      return false;
    }
  }

  @Override
  protected Optional<DomainWire> lookupWire(DomainSpec spec) {
    try {
      return Optional.of(getWire(spec.name()));
    } catch (NotFoundException absent) {
      return Optional.empty();
    }
  }

  /**
   * Every record of a domain, SOA and DigitalOcean's NS records included.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_list_records">domains_list_records</a>;
   * scope {@code domain:read}.
   *
   * @throws NotFoundException if the account has no such domain
   */
  public List<DnsRecord> listRecords(String domain) {
    return recordWires(domain).stream().map(DomainRecordWire::toModel).toList();
  }

  private List<DomainRecordWire> recordWires(String domain) {
    return api.<DomainRecordWire>listAll(
            ApiRequest.of(NetworkingOperations.DOMAINS_LIST_RECORDS)
                .pathParam("domain_name", domain)
                .build(),
            "domain_records",
            DomainRecordWire.class,
            DomainRecordWire::id)
        .toList();
  }

  /**
   * Creates the domain, then each of its records. If the create response is lost, the domain is
   * looked up before anything is resent; so is each record.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_create">domains_create</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_create_record">domains_create_record</a>;
   * scopes {@code domain:create}, {@code domain:update} ({@code domain:read} for look-ups).
   *
   * @return the domain with its records
   */
  @Override
  public Domain create(DomainSpec spec) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    createWithLookup(ApiRequest.of(NetworkingOperations.DOMAINS_CREATE).body(body).build(), spec);
    List<DnsRecord> present = listRecords(spec.name());
    for (DnsRecord record : spec.records()) {
      if (!present.contains(record)) {
        createRecord(spec.name(), record);
      }
    }
    return get(spec.name());
  }

  /**
   * Creates the domain, or brings the records of the existing domain in line with the spec; sends
   * nothing when they match.
   *
   * <p>Operations {@code domains_get}, {@code domains_list_records}, then {@code domains_create},
   * {@code domains_create_record}, {@code domains_update_record} or {@code domains_delete_record}
   * as needed; scopes {@code domain:read}, and {@code domain:create} or {@code domain:update} when
   * something changes.
   */
  @Override
  public Applied<Domain> apply(DomainSpec spec) {
    return super.apply(spec);
  }

  /**
   * Brings the records of the domain with this name in line with the spec.
   *
   * <p>Operations as {@link #apply}; scopes {@code domain:read}, {@code domain:update}.
   *
   * @throws NotFoundException if there is no such domain
   * @throws RefusedChangeException never: every record change can be made
   */
  @Override
  public Domain update(String name, DomainSpec spec) {
    return super.update(name, spec);
  }

  @Override
  protected Domain change(Domain observed, DomainSpec spec, Diff diff) {
    List<DomainRecordWire> present =
        new ArrayList<>(
            recordWires(observed.name()).stream()
                .filter(w -> Domain.managed(w.toModel()))
                .toList());
    List<DnsRecord> missing = new ArrayList<>();
    for (DnsRecord wanted : spec.records()) {
      Optional<DomainRecordWire> same =
          present.stream().filter(w -> w.toModel().equals(wanted)).findFirst();
      if (same.isPresent()) {
        present.remove(same.get());
      } else {
        missing.add(wanted);
      }
    }
    for (DnsRecord wanted : missing) {
      Optional<DomainRecordWire> sameIdentity =
          present.stream()
              .filter(w -> w.toModel().identity().equals(wanted.identity()))
              .findFirst();
      if (sameIdentity.isPresent()) {
        present.remove(sameIdentity.get());
        api.send(
            ApiRequest.of(NetworkingOperations.DOMAINS_UPDATE_RECORD)
                .pathParam("domain_name", observed.name())
                .pathParam("domain_record_id", String.valueOf(sameIdentity.get().id()))
                .body(body(wanted))
                .build());
      } else {
        createRecord(observed.name(), wanted);
      }
    }
    for (DomainRecordWire stale : present) {
      deleteRecord(observed.name(), stale.id());
    }
    return get(observed.name());
  }

  private void createRecord(String domain, DnsRecord record) {
    api.create(
        ApiRequest.of(NetworkingOperations.DOMAINS_CREATE_RECORD)
            .pathParam("domain_name", domain)
            .body(body(record))
            .build(),
        "domain_record",
        DomainRecordWire.class,
        "record " + record.identity() + " of domain '" + domain + "'",
        () -> recordWires(domain).stream().filter(w -> w.toModel().equals(record)).findFirst());
  }

  private void deleteRecord(String domain, long id) {
    try {
      api.send(
          ApiRequest.of(NetworkingOperations.DOMAINS_DELETE_RECORD)
              .pathParam("domain_name", domain)
              .pathParam("domain_record_id", String.valueOf(id))
              .build());
    } catch (NotFoundException gone) {
      // already deleted: the goal holds
    }
  }

  /**
   * The request body of a record: type, name, data (a host with its trailing dot) and TTL, plus the
   * attributes its type uses (priority for MX; priority, weight and port for SRV; flags and tag for
   * CAA); attributes a type does not use are left out, as DigitalOcean's own clients do.
   */
  static Map<String, Object> body(DnsRecord record) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", record.type().name());
    body.put("name", record.name());
    body.put("data", record.wireData());
    body.put("ttl", record.ttl());
    switch (record.type()) {
      case MX -> body.put("priority", record.priority());
      case SRV -> {
        body.put("priority", record.priority());
        body.put("weight", record.weight());
        body.put("port", record.port());
      }
      case CAA -> {
        body.put("flags", record.flags());
        body.put("tag", record.tag());
      }
      default -> {
        // no other attribute
      }
    }
    return body;
  }

  /**
   * Deletes a domain and every record in it, idempotently.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/domains_delete">domains_delete</a>;
   * scope {@code domain:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     domain
   */
  @Override
  public Deletion delete(String name) {
    return super.delete(name);
  }

  @Override
  protected String describe(Domain domain, DomainSpec spec) {
    return "domain '" + domain.name() + "'";
  }
}
