package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * DNS domains and their records: {@code domains_create}, {@code domains_get}, {@code domains_list},
 * {@code domains_delete}, {@code domains_list_records} (with the {@code name} and {@code type}
 * filters), {@code domains_create_record}, {@code domains_get_record}, {@code
 * domains_update_record} (PUT) and {@code domains_delete_record}, behaving as the API documents:
 *
 * <ul>
 *   <li>a domain name is unique (a taken one is a {@code 422}); a new domain gets DigitalOcean's
 *       SOA record and {@code NS} records at the apex for {@code ns1..3.digitalocean.com} (TTL
 *       1800), and an {@code A} record at the apex when {@code ip_address} is given; deleting it
 *       deletes its records;
 *   <li>records answer every attribute, {@code null} for those their type does not use; a host sent
 *       with a trailing dot is stored without it; a record type the API does not know, an {@code
 *       A}/{@code AAAA} record without an address of its family, a CAA record without {@code flags}
 *       and {@code tag}, an MX without {@code priority} and a TTL below 30 are {@code 422};
 *   <li>the SOA record cannot be changed or deleted ({@code 422}).
 * </ul>
 *
 * <p>Token scopes are not checked. Domains live in the table {@value #TABLE} keyed by name, records
 * in {@value #RECORDS} keyed by id (each row also holds its {@code domain}, which is not answered).
 */
public final class FakeDomains implements FakeResource {
  /** Table holding the domains, keyed by name. */
  public static final String TABLE = "domains";

  /** Table holding every domain's records, keyed by id. */
  public static final String RECORDS = "domain_records";

  private static final Set<String> TYPES =
      Set.of("A", "AAAA", "CAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT");
  private static final Set<String> HOST_TYPES = Set.of("CNAME", "MX", "NS", "SRV");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
  private static final List<String> ATTRIBUTES =
      List.of("priority", "port", "weight", "flags", "tag");

  /** Creates the fake resource; it holds no state of its own. */
  public FakeDomains() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable domains = state.table(TABLE);
    FakeTable records = state.table(RECORDS);
    routes
        .on(FakeOperations.DOMAINS_CREATE, request -> create(request, state))
        .on(
            FakeOperations.DOMAINS_GET,
            request -> FakeResponse.ok(FakeJson.object("domain", domains.require(domain(request)))))
        .on(
            FakeOperations.DOMAINS_LIST,
            request -> FakeResponse.page(request, "domains", domains.values()))
        .on(
            FakeOperations.DOMAINS_DELETE,
            request -> {
              String name = domain(request);
              domains.require(name);
              domains.remove(name);
              for (Map<String, @Nullable Object> row :
                  records.find(r -> name.equals(r.get("domain")))) {
                records.remove(row.get("id"));
              }
              return FakeResponse.noContent();
            })
        .on(
            FakeOperations.DOMAINS_LIST_RECORDS,
            request -> {
              String name = domain(request);
              domains.require(name);
              String fqdn = request.query("name").orElse("");
              String type = request.query("type").orElse("");
              List<Map<String, @Nullable Object>> rows =
                  records
                      .find(
                          r ->
                              name.equals(r.get("domain"))
                                  && (type.isEmpty() || type.equals(r.get("type")))
                                  && (fqdn.isEmpty() || fqdn.equals(fqdn(r, name))))
                      .stream()
                      .map(FakeDomains::answer)
                      .toList();
              return FakeResponse.page(request, "domain_records", rows);
            })
        .on(
            FakeOperations.DOMAINS_CREATE_RECORD,
            request -> {
              String name = domain(request);
              domains.require(name);
              Map<String, @Nullable Object> row = record(state, name, request.json());
              records.put(row.get("id"), row);
              return FakeResponse.created(FakeJson.object("domain_record", answer(row)));
            })
        .on(
            FakeOperations.DOMAINS_GET_RECORD,
            request ->
                FakeResponse.ok(
                    FakeJson.object("domain_record", answer(requireRecord(request, records)))))
        .on(
            FakeOperations.DOMAINS_UPDATE_RECORD,
            request -> {
              Map<String, @Nullable Object> row = requireRecord(request, records);
              if ("SOA".equals(row.get("type"))) {
                throw FakeApiError.unprocessable("The SOA record cannot be changed.");
              }
              Map<String, @Nullable Object> body = request.json();
              Map<String, @Nullable Object> merged = FakeJson.object();
              merged.putAll(row);
              merged.putAll(body);
              Map<String, @Nullable Object> updated =
                  record(state, String.valueOf(row.get("domain")), merged);
              updated.put("id", row.get("id"));
              records.put(row.get("id"), updated);
              return FakeResponse.ok(FakeJson.object("domain_record", answer(updated)));
            })
        .on(
            FakeOperations.DOMAINS_DELETE_RECORD,
            request -> {
              Map<String, @Nullable Object> row = requireRecord(request, records);
              if ("SOA".equals(row.get("type"))) {
                throw FakeApiError.unprocessable("The SOA record cannot be deleted.");
              }
              records.remove(row.get("id"));
              return FakeResponse.noContent();
            });
  }

  /**
   * Seeds a domain directly, with DigitalOcean's SOA and NS records, as if created earlier.
   *
   * @return the live row
   */
  public static Map<String, @Nullable Object> seed(FakeState state, String name) {
    String domain = name.toLowerCase(Locale.ROOT);
    Map<String, @Nullable Object> row =
        FakeJson.object("name", domain, "ttl", 1800, "zone_file", zoneFile(domain));
    state.table(TABLE).put(domain, row);
    FakeTable records = state.table(RECORDS);
    put(records, state, domain, "SOA", "@", "1800", null, null);
    for (int i = 1; i <= 3; i++) {
      put(records, state, domain, "NS", "@", "ns" + i + ".digitalocean.com", null, null);
    }
    return row;
  }

  /**
   * Seeds a record directly, without the API's checks (e.g. a CAA-less domain's A record).
   *
   * @param type e.g. {@code CAA}
   * @param tag the CAA tag, or {@code null}
   * @return the live row
   */
  public static Map<String, @Nullable Object> seedRecord(
      FakeState state, String domain, String type, String name, String data, @Nullable String tag) {
    return put(state.table(RECORDS), state, domain, type, name, data, tag, tag == null ? null : 0);
  }

  private static Map<String, @Nullable Object> put(
      FakeTable records,
      FakeState state,
      String domain,
      String type,
      String name,
      String data,
      @Nullable String tag,
      @Nullable Integer flags) {
    long id = state.nextId();
    Map<String, @Nullable Object> row =
        FakeJson.object(
            "id",
            id,
            "domain",
            domain,
            "type",
            type,
            "name",
            name,
            "data",
            data,
            "ttl",
            1800,
            "priority",
            null,
            "port",
            null,
            "weight",
            null,
            "flags",
            flags,
            "tag",
            tag);
    return records.put(id, row);
  }

  private static String domain(FakeRequest request) {
    return request.pathParam("domain_name").toLowerCase(Locale.ROOT);
  }

  private static FakeResponse create(FakeRequest request, FakeState state) {
    Object name = request.json().get("name");
    if (!(name instanceof String text) || !text.contains(".")) {
      throw FakeApiError.unprocessable("name is not a valid domain name.");
    }
    String domain = text.toLowerCase(Locale.ROOT);
    if (state.table(TABLE).get(domain).isPresent()) {
      throw FakeApiError.unprocessable("Name " + domain + " already exists");
    }
    seed(state, domain);
    Object address = request.json().get("ip_address");
    if (address != null) {
      put(state.table(RECORDS), state, domain, "A", "@", String.valueOf(address), null, null);
    }
    return FakeResponse.created(
        FakeJson.object("domain", FakeJson.object("name", domain, "ttl", 1800, "zone_file", null)));
  }

  private static Map<String, @Nullable Object> requireRecord(
      FakeRequest request, FakeTable records) {
    String domain = domain(request);
    Map<String, @Nullable Object> row =
        records.require(request.pathParamAsLong("domain_record_id"));
    if (!domain.equals(row.get("domain"))) {
      throw FakeApiError.notFound();
    }
    return row;
  }

  /** A record row from a request body, checked as the API checks it. */
  private static Map<String, @Nullable Object> record(
      FakeState state, String domain, Map<String, @Nullable Object> body) {
    String type = String.valueOf(body.get("type"));
    if (!TYPES.contains(type) || type.equals("SOA")) {
      throw FakeApiError.unprocessable("Record type " + type + " is not supported.");
    }
    Object data = body.get("data");
    if (!(data instanceof String value) || value.isBlank()) {
      throw FakeApiError.unprocessable("Data needs to be present.");
    }
    String name = body.get("name") instanceof String n && !n.isBlank() ? n : "@";
    Object ttl = body.get("ttl") == null ? 1800 : body.get("ttl");
    if (!(ttl instanceof Number number) || number.intValue() < 30) {
      throw FakeApiError.unprocessable("TTL must be at least 30 seconds.");
    }
    if (type.equals("A") && !IPV4.matcher(value).matches()) {
      throw FakeApiError.unprocessable("Data needs to be a valid IPv4 address.");
    }
    if (type.equals("AAAA") && !value.contains(":")) {
      throw FakeApiError.unprocessable("Data needs to be a valid IPv6 address.");
    }
    if (type.equals("CAA") && (body.get("flags") == null || body.get("tag") == null)) {
      throw FakeApiError.unprocessable("CAA records need flags and a tag.");
    }
    if ((type.equals("MX") || type.equals("SRV")) && body.get("priority") == null) {
      throw FakeApiError.unprocessable(type + " records need a priority.");
    }
    if (type.equals("SRV") && (body.get("port") == null || body.get("weight") == null)) {
      throw FakeApiError.unprocessable("SRV records need a port and a weight.");
    }
    if (HOST_TYPES.contains(type) && value.length() > 1 && value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
    }
    Map<String, @Nullable Object> row =
        FakeJson.object(
            "id",
            state.nextId(),
            "domain",
            domain,
            "type",
            type,
            "name",
            name,
            "data",
            value,
            "ttl",
            number.intValue());
    for (String attribute : ATTRIBUTES) {
      row.put(attribute, body.get(attribute));
    }
    return row;
  }

  /** A record as the API answers it: without the {@code domain} the fake keeps. */
  private static Map<String, @Nullable Object> answer(Map<String, @Nullable Object> row) {
    Map<String, @Nullable Object> out = FakeJson.object();
    out.putAll(row);
    out.remove("domain");
    return out;
  }

  private static String fqdn(Map<String, @Nullable Object> row, String domain) {
    String name = String.valueOf(row.get("name"));
    return name.equals("@") ? domain : name + "." + domain;
  }

  private static String zoneFile(String domain) {
    return "$ORIGIN "
        + domain
        + ".\n$TTL 1800\n"
        + domain
        + ". IN SOA ns1.digitalocean.com. hostmaster."
        + domain
        + ". 1415982609 10800 3600 604800 1800\n";
  }

  @Override
  public String toString() {
    return "FakeDomains";
  }
}
