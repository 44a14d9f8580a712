package dev.seawall.networking.firewall;

import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.WireKind;
import dev.seawall.core.value.TagName;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.firewall.internal.FirewallMapper;
import dev.seawall.networking.firewall.internal.FirewallWire;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cloud Firewalls, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of
 * every kind, plus assigning droplets and tags. Obtain it with {@code
 * Networking.firewalls(client)}. Thread-safe; holds no state besides the client and the wait
 * deadline.
 *
 * <p>A firewall is identified by its name. Everything else changes in place: {@link #apply}
 * compares the spec with the firewall field by field ({@link #diff}): {@code inbound_rules} and
 * {@code outbound_rules} as sets of single-endpoint rules, {@code droplet_ids} and {@code tags} as
 * sets, so order, grouping, duplicates and port spelling never count as a change. A change is sent
 * as the full representation (a PUT resets every attribute it does not carry); nothing is sent when
 * nothing differs.
 *
 * <p>Writes wait until the firewall's {@code status} is {@code succeeded} (failing on {@code
 * failed}) within a deadline: {@link #DEFAULT_TIMEOUT} unless set with {@link #withTimeout}.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code firewall:read} for every read
 * ({@code get}, {@code find}, {@code list}, {@code listAll}, operations {@code firewalls_get} and
 * {@code firewalls_list}), {@code firewall:create}, {@code firewall:update}, {@code
 * firewall:delete} as noted per method; updating a firewall also needs read access to what it
 * references (e.g. {@code droplet:read}, {@code tag:read}).
 */
public final class FirewallService
    extends AbstractResourceService<FirewallSpec, Firewall, FirewallWire> {
  /** How long writes wait for {@code status: succeeded} by default: 2 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  private static final Logger LOG = LoggerFactory.getLogger(FirewallService.class);

  static final WireKind<FirewallWire, Firewall> WIRE =
      WireKind.builder(FirewallResource.KIND, FirewallWire.class, FirewallMapper::toModel)
          .envelope("firewall", "firewalls")
          .list(NetworkingOperations.FIREWALLS_LIST)
          .get(NetworkingOperations.FIREWALLS_GET, "firewall_id")
          .delete(NetworkingOperations.FIREWALLS_DELETE)
          .identity(FirewallWire::id, FirewallWire::name)
          .build();

  /**
   * The fields of a firewall, all changed in place by one PUT and all compared as sets: {@code
   * inbound_rules} and {@code outbound_rules} element by element as single-endpoint rules (shown as
   * {@code tcp 22 from 203.0.113.10/32}, {@code tcp 443 to 0.0.0.0/0}), {@code droplet_ids} and
   * {@code tags}. The API writes an empty array as {@code null}, which reads as empty: a firewall
   * always reports all four.
   */
  static final Differ<FirewallSpec, Firewall> DIFFER =
      Differ.<FirewallSpec, Firewall>builder()
          .set(
              "inbound_rules",
              spec -> FirewallRule.explode(spec.inboundRules()),
              firewall -> FirewallRule.explode(firewall.inboundRules()))
          .set(
              "outbound_rules",
              spec -> FirewallRule.explode(spec.outboundRules()),
              firewall -> FirewallRule.explode(firewall.outboundRules()))
          .set("droplet_ids", FirewallSpec::dropletIds, Firewall::dropletIds)
          .set("tags", FirewallSpec::tags, Firewall::tags)
          .build();

  private final Duration timeout;

  /**
   * Creates the service on a client; prefer {@code Networking.firewalls(client)}. Writes wait
   * {@link #DEFAULT_TIMEOUT} at most.
   *
   * @param client the DigitalOcean client
   */
  public FirewallService(DigitalOcean client) {
    this(client, DEFAULT_TIMEOUT);
  }

  private FirewallService(DigitalOcean client, Duration timeout) {
    super(client, WIRE);
    this.timeout = timeout;
  }

  /**
   * A service whose writes wait at most {@code timeout} for {@code status: succeeded}.
   *
   * @throws IllegalArgumentException if the timeout is negative
   */
  public FirewallService withTimeout(Duration timeout) {
    if (Objects.requireNonNull(timeout, "timeout").isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    }
    return new FirewallService(client, timeout);
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

  @Override
  protected Differ<FirewallSpec, Firewall> differ() {
    return DIFFER;
  }

  @Override
  protected String name(FirewallSpec spec) {
    return spec.name();
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
   * @return the firewall once {@code succeeded}
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within the service's timeout
   */
  @Override
  public Firewall create(FirewallSpec spec) {
    Objects.requireNonNull(spec, "spec");
    logWarnings(spec);
    Firewall created =
        createWithLookup(
            ApiRequest.of(NetworkingOperations.FIREWALLS_CREATE)
                .body(FirewallMapper.toBody(spec))
                .build(),
            spec);
    return awaitSucceeded(created);
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
  @Override
  public Firewall get(String id) {
    return super.get(id);
  }

  /**
   * Creates the firewall, or makes the one with the spec's name match it, and waits until it is
   * applied. Applying the same spec again sends no write; the result's diff lists each rule,
   * droplet id and tag added or removed, e.g. {@code inbound_rules: - tcp 22 from 0.0.0.0/0}.
   *
   * <p>Operations {@code firewalls_list}, then <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_create">firewalls_create</a>
   * or <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_update">firewalls_update</a>
   * when something differs, and {@code firewalls_get} while waiting; scopes {@code firewall:read},
   * and {@code firewall:create} or {@code firewall:update}.
   *
   * @throws SeawallException if several firewalls have the spec's name
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within the service's timeout
   */
  @Override
  public Applied<Firewall> apply(FirewallSpec spec) {
    return super.apply(spec);
  }

  /**
   * {@link #apply(FirewallSpec)} from a state read moments ago; waits until its rules are in force.
   */
  @Override
  public Applied<Firewall> apply(FirewallSpec spec, Optional<Firewall> observed) {
    Applied<Firewall> applied = super.apply(spec, observed);
    return applied.diff().isNone()
        ? new Applied<>(awaitSucceeded(applied.resource()), applied.diff())
        : applied;
  }

  /**
   * Makes an existing firewall match {@code spec} exactly (name, rules, droplet ids, tags). The
   * firewall is read first; when nothing differs no update is sent.
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
   * @throws WaitTimeoutException if it is not {@code succeeded} within the service's timeout
   */
  @Override
  public Firewall update(String id, FirewallSpec spec) {
    return awaitSucceeded(super.update(id, spec));
  }

  /**
   * Read-modify-write: reads the firewall, hands a builder holding everything it has (see {@link
   * FirewallSpec#builderFrom}) to {@code change}, validates the result and sends the full
   * representation, so nothing that was there is lost. Risky rules that already exist must be
   * acknowledged again in {@code change}. No update is sent when nothing changed.
   *
   * <pre>{@code
   * firewalls.update(id, b -> b.addInboundRule(InboundRule.tcp(9100, Targets.ofTags("prometheus"))));
   * }</pre>
   *
   * <p>Operations {@code firewalls_get} and {@code firewalls_update}; scopes {@code firewall:read},
   * {@code firewall:update}.
   *
   * @throws InvalidSpecException if the changed firewall breaks a rule; nothing is sent
   * @throws NotFoundException if there is no such firewall
   */
  public Firewall update(String id, UnaryOperator<FirewallSpec.Builder> change) {
    Objects.requireNonNull(change, "change");
    Firewall current = get(id);
    FirewallSpec spec = change.apply(FirewallSpec.builderFrom(current)).build();
    Diff diff = DIFFER.diff(spec, current);
    return awaitSucceeded(diff.isNone() ? current : change(current, spec, diff));
  }

  @Override
  protected Firewall change(Firewall observed, FirewallSpec spec, Diff diff) {
    logWarnings(spec);
    return awaitSucceeded(
        call(
            ApiRequest.of(NetworkingOperations.FIREWALLS_UPDATE)
                .pathParam("firewall_id", observed.id())
                .body(FirewallMapper.toBody(spec))
                .build()));
  }

  /** After a lost create: the firewall with the spec's name and exactly its content, if any. */
  @Override
  protected Optional<FirewallWire> lookupWire(FirewallSpec spec) {
    return listAllWire()
        .filter(w -> w.name().equals(spec.name()))
        .filter(w -> DIFFER.diff(spec, FirewallMapper.toModel(w)).isNone())
        .findFirst();
  }

  /**
   * Deletes the firewall, idempotently; the droplets it protected lose its rules.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/firewalls_delete">firewalls_delete</a>;
   * scope {@code firewall:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     firewall (also when a retry after a lost answer finds it gone)
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
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
   * Polls the firewall until its {@code status} is {@code succeeded}.
   *
   * <p>Operation {@code firewalls_get}; scope {@code firewall:read}.
   *
   * @throws WaitFailedException if the status becomes {@code failed}
   * @throws WaitTimeoutException if it is not {@code succeeded} within {@code timeout}
   */
  public Firewall awaitSucceeded(String id, Duration timeout) {
    return withTimeout(timeout).awaitSucceeded(get(id));
  }

  @Override
  protected String describe(Firewall firewall, FirewallSpec spec) {
    return "firewall '" + firewall.name() + "' (" + firewall.id() + ")";
  }

  // ---------------------------------------------------------------------------------------------

  /** The firewall once {@code succeeded}; {@code first} itself when it already is. */
  private Firewall awaitSucceeded(Firewall first) {
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
        firewall -> "status " + firewall.status().name().toLowerCase(Locale.ROOT),
        timeout);
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
