package dev.seawall.networking.firewall;

import dev.seawall.core.Api;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.firewall.internal.FirewallMapper;
import dev.seawall.networking.firewall.internal.FirewallWire;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, reads, updates and deletes Cloud Firewalls. Obtain it with {@code
 * Networking.firewalls(client)}. Thread-safe; holds no state besides the client.
 *
 * <p>Writes wait until the firewall's {@code status} is {@code succeeded} (failing on {@code
 * failed}) within a deadline, {@link #DEFAULT_TIMEOUT} unless one is given. Updates are
 * read-modify-write and send the full representation, because a PUT resets every attribute it does
 * not carry; an update that would change nothing is not sent.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code firewall:read}, {@code
 * firewall:create}, {@code firewall:update}, {@code firewall:delete} as noted per method; updating
 * a firewall also needs read access to what it references (e.g. {@code droplet:read}, {@code
 * tag:read}).
 */
public final class FirewallService {
  /** How long writes wait for {@code status: succeeded} by default: 2 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(FirewallService.class);

  private final Api api;
  private final Waiter waiter;

  /**
   * Creates the service on a client; prefer {@code Networking.firewalls(client)}.
   *
   * @param client the DigitalOcean client
   */
  public FirewallService(DigitalOcean client) {
    Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.FIREWALLS_LIST,
        NetworkingOperations.FIREWALLS_CREATE,
        NetworkingOperations.FIREWALLS_GET,
        NetworkingOperations.FIREWALLS_UPDATE,
        NetworkingOperations.FIREWALLS_DELETE,
        NetworkingOperations.FIREWALLS_ASSIGN_DROPLETS,
        NetworkingOperations.FIREWALLS_DELETE_DROPLETS,
        NetworkingOperations.FIREWALLS_ADD_TAGS,
        NetworkingOperations.FIREWALLS_DELETE_TAGS);
  }

  /** {@link #create(FirewallSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Firewall create(FirewallSpec spec) {
    return create(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Creates a firewall and waits until it is applied. If the response is lost, the POST is not
   * blindly resent: a firewall with the spec's name and exactly its rules and assignments is looked
   * up first. Use {@link #apply} to reuse a firewall of the same name instead.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>;
   * scopes {@code firewall:create}, {@code firewall:read}.
   *
   * @param spec the validated spec
   * @param timeout how long to wait for {@code status: succeeded}
   * @return the firewall once {@code succeeded}
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within {@code timeout}
   */
  public Firewall create(FirewallSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    logWarnings(spec);
    ApiRequest request =
        ApiRequest.of(NetworkingOperations.FIREWALLS_CREATE)
            .body(FirewallMapper.toBody(spec))
            .build();
    FirewallWire created =
        api.create(
            request,
            "firewall",
            FirewallWire.class,
            () ->
                listWire()
                    .filter(w -> w.name().equals(spec.name()))
                    .filter(w -> spec.diff(FirewallMapper.toModel(w)).isEmpty())
                    .findFirst());
    return awaitSucceeded(FirewallMapper.toModel(created), timeout);
  }

  /**
   * Fetches a firewall.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_get">firewalls_get</a>;
   * scope {@code firewall:read}.
   *
   * @param id the firewall's UUID
   * @throws NotFoundException if there is no such firewall
   */
  public Firewall get(String id) {
    return FirewallMapper.toModel(getWire(id));
  }

  /**
   * Fetches one page of the account's firewalls.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_list">firewalls_list</a>;
   * scope {@code firewall:read}.
   *
   * @param page 1-based page number
   * @param perPage firewalls per page, 1..200
   */
  public Page<Firewall> list(int page, int perPage) {
    Page<FirewallWire> wires =
        api.page(
            ApiRequest.of(NetworkingOperations.FIREWALLS_LIST).build(),
            "firewalls",
            FirewallWire.class,
            page,
            perPage);
    return new Page<>(
        wires.items().stream().map(FirewallMapper::toModel).toList(), wires.total(), wires.next());
  }

  /**
   * Every firewall of the account, as a lazy stream that fetches pages of 200 on demand.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_list">firewalls_list</a>;
   * scope {@code firewall:read}.
   */
  public Stream<Firewall> listAll() {
    return listWire().map(FirewallMapper::toModel);
  }

  /**
   * The firewall with this name, if any.
   *
   * <p>Scope {@code firewall:read}.
   *
   * @throws SeawallException if several firewalls have the name (names are not unique on
   *     DigitalOcean); the message lists their ids
   */
  public Optional<Firewall> findByName(String name) {
    Objects.requireNonNull(name, "name");
    List<FirewallWire> found = listWire().filter(w -> w.name().equals(name)).toList();
    if (found.size() > 1) {
      throw new SeawallException(
          found.size()
              + " firewalls are named '"
              + name
              + "' ("
              + found.stream().map(FirewallWire::id).collect(Collectors.joining(", "))
              + "); rename or delete all but one so that Seawall can tell which one to manage.");
    }
    return found.stream().findFirst().map(FirewallMapper::toModel);
  }

  /** {@link #update(String, FirewallSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Firewall update(String id, FirewallSpec spec) {
    return update(id, spec, DEFAULT_TIMEOUT);
  }

  /**
   * Makes an existing firewall match {@code spec} exactly (name, rules, droplet ids, tags). The
   * firewall is read first; when nothing differs (rules compared as sets, see {@link FirewallDiff})
   * no update is sent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_get">firewalls_get</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_update">firewalls_update</a>;
   * scopes {@code firewall:read}, {@code firewall:update}.
   *
   * @return the firewall once {@code succeeded}
   * @throws NotFoundException if there is no such firewall
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within {@code timeout}
   */
  public Firewall update(String id, FirewallSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    return replace(get(id), spec, timeout);
  }

  /** {@link #update(String, UnaryOperator, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Firewall update(String id, UnaryOperator<FirewallSpec.Builder> change) {
    return update(id, change, DEFAULT_TIMEOUT);
  }

  /**
   * Read-modify-write: reads the firewall, hands a builder holding everything it has (see {@link
   * FirewallSpec#builderFrom}) to {@code change}, validates the result and sends the full
   * representation, so nothing that was there is lost. Risky rules that already exist must be
   * acknowledged again in {@code change}. No update is sent when nothing changed.
   *
   * <pre>{@code
   * firewalls.update(id, b -> b.addInboundRule(InboundRule.tcp(9100, Sources.ofTags("prometheus"))));
   * }</pre>
   *
   * <p>Scopes {@code firewall:read}, {@code firewall:update}.
   *
   * @throws InvalidSpecException if the changed firewall breaks a rule; nothing is sent
   * @throws NotFoundException if there is no such firewall
   */
  public Firewall update(String id, UnaryOperator<FirewallSpec.Builder> change, Duration timeout) {
    Objects.requireNonNull(change, "change");
    Firewall current = get(id);
    FirewallSpec spec = change.apply(FirewallSpec.builderFrom(current)).build();
    return replace(current, spec, timeout);
  }

  /** {@link #apply(FirewallSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Firewall apply(FirewallSpec spec) {
    return apply(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Idempotent: finds the firewall named like the spec and makes it match, or creates it. Applying
   * the same spec again sends no write.
   *
   * <p>Scopes {@code firewall:read}, {@code firewall:create}, {@code firewall:update}.
   *
   * @throws SeawallException if several firewalls have the spec's name
   */
  public Firewall apply(FirewallSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Optional<Firewall> existing = findByName(spec.name());
    if (existing.isEmpty()) {
      return create(spec, timeout);
    }
    return replace(existing.get(), spec, timeout);
  }

  /**
   * Assigns droplets to the firewall.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_assign_droplets">firewalls_assign_droplets</a>;
   * scope {@code firewall:update}.
   *
   * @param dropletIds 1 to 10 positive droplet ids (use a tag for more droplets)
   * @throws InvalidSpecException if the ids are empty, not positive or more than 10; nothing is
   *     sent
   */
  public void addDroplets(String id, Collection<Long> dropletIds) {
    sendDroplets(NetworkingOperations.FIREWALLS_ASSIGN_DROPLETS, id, dropletIds);
  }

  /** {@link #addDroplets(String, Collection)}. */
  public void addDroplets(String id, long... dropletIds) {
    addDroplets(id, Arrays.stream(dropletIds).boxed().toList());
  }

  /**
   * Removes droplets from the firewall.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_delete_droplets">firewalls_delete_droplets</a>;
   * scope {@code firewall:update}.
   *
   * @throws InvalidSpecException if the ids are empty, not positive or more than 10
   */
  public void removeDroplets(String id, Collection<Long> dropletIds) {
    sendDroplets(NetworkingOperations.FIREWALLS_DELETE_DROPLETS, id, dropletIds);
  }

  /** {@link #removeDroplets(String, Collection)}. */
  public void removeDroplets(String id, long... dropletIds) {
    removeDroplets(id, Arrays.stream(dropletIds).boxed().toList());
  }

  /**
   * Applies the firewall to every droplet carrying one of the tags (the tags must exist).
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_add_tags">firewalls_add_tags</a>;
   * scopes {@code firewall:update}, {@code tag:read}.
   *
   * @throws InvalidSpecException if no tag is given or one is not a valid tag name
   */
  public void addTags(String id, Collection<String> tags) {
    sendTags(NetworkingOperations.FIREWALLS_ADD_TAGS, id, tags);
  }

  /** {@link #addTags(String, Collection)}. */
  public void addTags(String id, String... tags) {
    addTags(id, Arrays.asList(tags));
  }

  /**
   * Stops applying the firewall to droplets carrying the tags.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_delete_tags">firewalls_delete_tags</a>;
   * scope {@code firewall:update}.
   *
   * @throws InvalidSpecException if no tag is given or one is not a valid tag name
   */
  public void removeTags(String id, Collection<String> tags) {
    sendTags(NetworkingOperations.FIREWALLS_DELETE_TAGS, id, tags);
  }

  /** {@link #removeTags(String, Collection)}. */
  public void removeTags(String id, String... tags) {
    removeTags(id, Arrays.asList(tags));
  }

  /**
   * Deletes the firewall; the droplets it protected lose its rules.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_delete">firewalls_delete</a>;
   * scope {@code firewall:delete}.
   *
   * @throws NotFoundException if there is no such firewall
   */
  public void delete(String id) {
    api.send(
        ApiRequest.of(NetworkingOperations.FIREWALLS_DELETE).pathParam("firewall_id", id).build());
  }

  /**
   * Polls the firewall until its {@code status} is {@code succeeded}.
   *
   * <p>Scope {@code firewall:read}.
   *
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within {@code timeout}
   */
  public Firewall awaitSucceeded(String id, Duration timeout) {
    return awaitSucceeded(get(id), timeout);
  }

  // ---------------------------------------------------------------------------------------------

  private Firewall awaitSucceeded(Firewall first, Duration timeout) {
    if (first.status() == Firewall.Status.SUCCEEDED) {
      return first;
    }
    String id = first.id();
    boolean[] firstPoll = {true};
    return waiter.until(
        "firewall '" + first.name() + "' (" + id + ") to reach status succeeded",
        () -> {
          if (firstPoll[0]) {
            firstPoll[0] = false;
            return first;
          }
          return get(id);
        },
        firewall ->
            switch (firewall.status()) {
              case SUCCEEDED -> WaitState.DONE;
              case FAILED -> WaitState.FAILED;
              case WAITING, UNKNOWN -> WaitState.PENDING;
            },
        firewall -> "status " + firewall.status().name().toLowerCase(java.util.Locale.ROOT),
        timeout);
  }

  private Firewall replace(Firewall current, FirewallSpec spec, Duration timeout) {
    logWarnings(spec);
    if (spec.diff(current).isEmpty()) {
      return current.status() == Firewall.Status.SUCCEEDED
          ? current
          : awaitSucceeded(current, timeout);
    }
    ApiRequest request =
        ApiRequest.of(NetworkingOperations.FIREWALLS_UPDATE)
            .pathParam("firewall_id", current.id())
            .body(FirewallMapper.toBody(spec))
            .build();
    FirewallWire updated = api.call(request, "firewall", FirewallWire.class);
    return awaitSucceeded(FirewallMapper.toModel(updated), timeout);
  }

  private FirewallWire getWire(String id) {
    return api.call(
        ApiRequest.of(NetworkingOperations.FIREWALLS_GET).pathParam("firewall_id", id).build(),
        "firewall",
        FirewallWire.class);
  }

  private Stream<FirewallWire> listWire() {
    return api.<FirewallWire>listAll(
        ApiRequest.of(NetworkingOperations.FIREWALLS_LIST).build(),
        "firewalls",
        FirewallWire.class,
        FirewallWire::id);
  }

  private void sendDroplets(Operation operation, String id, Collection<Long> dropletIds) {
    List<Long> ids = List.copyOf(dropletIds);
    Checks checks = Checks.on("firewall/" + id);
    if (ids.isEmpty()) {
      checks.invalid("dropletIds", "give at least one droplet id");
    }
    if (ids.size() > FirewallSpec.MAX_DROPLET_IDS) {
      checks.invalid(
          "dropletIds",
          ids.size()
              + " droplet ids given, at most "
              + FirewallSpec.MAX_DROPLET_IDS
              + " are allowed; tag the droplets and use addTags(...) instead");
    }
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) <= 0) {
        checks.invalid("dropletIds[" + i + "]", "droplet ids are positive, was " + ids.get(i));
      }
    }
    requireValid(checks);
    api.send(
        ApiRequest.of(operation)
            .pathParam("firewall_id", id)
            .body(Map.of("droplet_ids", ids))
            .build());
  }

  private void sendTags(Operation operation, String id, Collection<String> tags) {
    List<String> list = List.copyOf(tags);
    Checks checks = Checks.on("firewall/" + id);
    if (list.isEmpty()) {
      checks.invalid("tags", "give at least one tag");
    }
    for (int i = 0; i < list.size(); i++) {
      TagName.check(checks, "tags[" + i + "]", list.get(i));
    }
    requireValid(checks);
    api.send(
        ApiRequest.of(operation).pathParam("firewall_id", id).body(Map.of("tags", list)).build());
  }

  private static void requireValid(Checks checks) {
    List<Violation> violations = checks.violations();
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
  }

  private static void logWarnings(FirewallSpec spec) {
    for (Violation warning : spec.warnings()) {
      LOG.warn("{}", warning);
    }
  }
}
