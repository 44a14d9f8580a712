package dev.seawall.networking.reservedip;

import dev.seawall.core.Action;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.reservedip.internal.ReservedIpWire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reserved IPs, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of
 * every kind, plus their own actions: {@link #assign} and {@link #unassign}. Obtain it with {@code
 * Networking.reservedIps(client)}. Thread-safe; holds no state besides the client.
 *
 * <p>A reserved IP is identified by its address (also its id and its "name" for {@link #find}); a
 * spec finds it by that address or by the droplet it is assigned to (see {@link ReservedIpSpec}).
 * Its region is fixed at creation ({@link RefusedChangeException}, nothing sent); its droplet
 * changes in place through the reserved IP actions (an assign moves it from another droplet).
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code reserved_ip:read}, {@code
 * reserved_ip:create}, {@code reserved_ip:update}, {@code reserved_ip:delete} as noted per method
 * (reading the embedded droplet also needs {@code droplet:read}).
 */
public final class ReservedIpService
    extends AbstractResourceService<ReservedIpSpec, ReservedIp, ReservedIpWire> {
  /** How long an assign or unassign may take: 2 minutes. */
  public static final Duration DEFAULT_ACTION_TIMEOUT = Duration.ofMinutes(2);

  /** The value of {@code droplet_id} in a diff for an unassigned reserved IP. */
  public static final String UNASSIGNED = "(unassigned)";

  /** The operations {@link #assign} and {@link #unassign} call. */
  static final List<Operation> ACTION_OPERATIONS =
      List.of(
          NetworkingOperations.RESERVED_IPS_GET,
          NetworkingOperations.RESERVED_IPS_ACTIONS_POST,
          NetworkingOperations.RESERVED_IPS_ACTIONS_GET);

  static final WireKind<ReservedIpWire, ReservedIp> WIRE =
      WireKind.builder(ReservedIpResource.KIND, ReservedIpWire.class, ReservedIpWire::toModel)
          .envelope("reserved_ip", "reserved_ips")
          .list(NetworkingOperations.RESERVED_IPS_LIST)
          .get(NetworkingOperations.RESERVED_IPS_GET, "reserved_ip")
          .delete(NetworkingOperations.RESERVED_IPS_DELETE)
          .identity(ReservedIpWire::ip, ReservedIpWire::ip)
          .build();

  /**
   * The fields of a reserved IP: {@code region} is fixed at creation, {@code droplet_id} (the
   * droplet's id or {@value #UNASSIGNED}) changes in place.
   */
  static final Differ<ReservedIpSpec, ReservedIp> DIFFER =
      Differ.<ReservedIpSpec, ReservedIp>builder()
          .createOnly("region", ReservedIpSpec::region, ReservedIp::region)
          .updatable(
              "droplet_id",
              spec -> spec.dropletId().map(String::valueOf).orElse(UNASSIGNED),
              ip -> ip.dropletId().map(String::valueOf).orElse(UNASSIGNED))
          .build();

  private final Duration actionTimeout;

  /**
   * Creates the service on a client; prefer {@code Networking.reservedIps(client)}.
   *
   * @param client the DigitalOcean client
   */
  public ReservedIpService(DigitalOcean client) {
    this(client, DEFAULT_ACTION_TIMEOUT);
  }

  private ReservedIpService(DigitalOcean client, Duration actionTimeout) {
    super(client, WIRE);
    this.actionTimeout = actionTimeout;
  }

  /** The same service waiting at most {@code timeout} for each assign or unassign. */
  public ReservedIpService withActionTimeout(Duration timeout) {
    return new ReservedIpService(client, Objects.requireNonNull(timeout, "timeout"));
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.RESERVED_IPS_LIST,
        NetworkingOperations.RESERVED_IPS_CREATE,
        NetworkingOperations.RESERVED_IPS_GET,
        NetworkingOperations.RESERVED_IPS_DELETE,
        NetworkingOperations.RESERVED_IPS_ACTIONS_POST,
        NetworkingOperations.RESERVED_IPS_ACTIONS_GET);
  }

  @Override
  protected Differ<ReservedIpSpec, ReservedIp> differ() {
    return DIFFER;
  }

  @Override
  protected String name(ReservedIpSpec spec) {
    return spec.describe();
  }

  /**
   * The reserved IP a spec describes: the one with the spec's address ({@code reservedIPs_get}),
   * else the one in the spec's region assigned to the spec's droplet ({@code reservedIPs_list});
   * empty for a spec with neither. Scope {@code reserved_ip:read}.
   */
  @Override
  public Optional<ReservedIp> observe(ReservedIpSpec spec) {
    Optional<String> ip = spec.ip();
    if (ip.isPresent()) {
      try {
        return Optional.of(get(ip.get()));
      } catch (NotFoundException gone) {
        return Optional.empty();
      }
    }
    return spec.dropletId().flatMap(this::findAssignedTo);
  }

  /**
   * The reserved IP assigned to a droplet, if any (a droplet has at most one).
   *
   * <p>Operation {@code reservedIPs_list}; scope {@code reserved_ip:read}.
   */
  public Optional<ReservedIp> findAssignedTo(long dropletId) {
    return findWireAssignedTo(dropletId).map(wire::toModel);
  }

  private Optional<ReservedIpWire> findWireAssignedTo(long dropletId) {
    return single(
        listAllWire().filter(w -> w.droplet().map(d -> d.id() == dropletId).orElse(false)).toList(),
        "assigned to droplet " + dropletId);
  }

  /**
   * Reserves a new address. With a droplet the request names only {@code droplet_id} (DigitalOcean
   * reserves it in the droplet's region and assigns it; Seawall waits until the assignment shows);
   * otherwise it names the {@code region}. A lost or 5xx answer is followed by look-ups, never a
   * resend: the reserved IP assigned to the droplet, or an unassigned reserved IP of the region
   * that was not there before the request (the region's reserved IPs are listed first for that).
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPs_create">reservedIPs_create</a>,
   * {@code reservedIPs_list} and {@code reservedIPs_get}; scopes {@code reserved_ip:create}, {@code
   * reserved_ip:read}.
   *
   * @throws SeawallException if the spec names an address (an address cannot be chosen; nothing is
   *     sent), or DigitalOcean reserved the address in the droplet's region, which is not the
   *     spec's (the address is reserved and assigned: fix the spec's region, or delete it)
   * @throws OutcomeUnknownException if the answer was lost and no new reserved IP appeared
   * @throws WaitTimeoutException if the assignment does not show within the action timeout
   */
  @Override
  public ReservedIp create(ReservedIpSpec spec) {
    if (spec.ip().isPresent()) {
      throw new SeawallException(
          "reserved IP "
              + spec.ip().get()
              + " does not exist and DigitalOcean cannot reserve a chosen address; nothing was"
              + " sent. Remove ip(...) from the spec to reserve a new address.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    ReservedIpWire created;
    if (spec.dropletId().isPresent()) {
      long dropletId = spec.dropletId().get();
      body.put("droplet_id", dropletId);
      created =
          api.create(
              ApiRequest.of(NetworkingOperations.RESERVED_IPS_CREATE).body(body).build(),
              wire.envelope(),
              wire.wireType(),
              subject(spec),
              () -> findWireAssignedTo(dropletId));
    } else {
      Set<String> before =
          listAllWire()
              .filter(w -> w.region().slug().equals(spec.region()))
              .map(ReservedIpWire::ip)
              .collect(Collectors.toSet());
      body.put("region", spec.region());
      created =
          api.create(
              ApiRequest.of(NetworkingOperations.RESERVED_IPS_CREATE).body(body).build(),
              wire.envelope(),
              wire.wireType(),
              subject(spec),
              () ->
                  single(
                      listAllWire()
                          .filter(w -> w.region().slug().equals(spec.region()))
                          .filter(w -> w.droplet().isEmpty() && !before.contains(w.ip()))
                          .toList(),
                      "new in " + spec.region()));
    }
    ReservedIp ip = wire.toModel(created);
    if (!ip.region().equals(spec.region())) {
      throw new SeawallException(
          "reserved IP "
              + ip.ip()
              + " was reserved in "
              + ip.region()
              + ", the region of droplet "
              + spec.dropletId().orElse(0L)
              + ", not in "
              + spec.region()
              + " as the spec says: set the spec's region to "
              + ip.region()
              + ", or delete it with Networking.reservedIps(client).delete(\""
              + ip.ip()
              + "\")");
    }
    Optional<Long> dropletId = spec.dropletId();
    if (dropletId.isPresent() && !ip.isAssignedTo(dropletId.get())) {
      long id = dropletId.get();
      ip =
          await(
              ip.ip(),
              "to be assigned to droplet " + id,
              now -> now.isAssignedTo(id) ? WaitState.DONE : WaitState.PENDING,
              ReservedIpService::describeState,
              actionTimeout);
    }
    return ip;
  }

  /**
   * Creates the reserved IP, or brings the one the spec describes in line with it (assigns,
   * reassigns or unassigns it); sends nothing when nothing differs.
   *
   * <p>Operations {@code reservedIPs_get} or {@code reservedIPs_list}, then {@code
   * reservedIPs_create} or the actions ({@code reservedIPsActions_post}, {@code
   * reservedIPsActions_get}); scopes {@code reserved_ip:read}, and {@code reserved_ip:create} or
   * {@code reserved_ip:update} when something changes.
   *
   * @throws RefusedChangeException if the reserved IP is in another region; nothing is sent
   */
  @Override
  public Applied<ReservedIp> apply(ReservedIpSpec spec) {
    return super.apply(spec);
  }

  /**
   * Fetches a reserved IP.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPs_get">reservedIPs_get</a>;
   * scope {@code reserved_ip:read}.
   *
   * @param ip the address
   * @throws NotFoundException if there is no such reserved IP
   */
  @Override
  public ReservedIp get(String ip) {
    return super.get(ip);
  }

  /**
   * Deletes (releases) a reserved IP, idempotently; an assigned one is unassigned by DigitalOcean.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPs_delete">reservedIPs_delete</a>;
   * scope {@code reserved_ip:delete}.
   *
   * @param ip the address
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such
   *     reserved IP (also after a lost answer)
   */
  @Override
  public Deletion delete(String ip) {
    return super.delete(ip);
  }

  @Override
  protected ReservedIp change(ReservedIp observed, ReservedIpSpec spec, Diff diff) {
    Optional<Long> dropletId = spec.dropletId();
    return dropletId.isPresent() ? assign(observed.ip(), dropletId.get()) : unassign(observed.ip());
  }

  /**
   * Assigns a reserved IP to a droplet in its region (moving it from another droplet) and waits
   * until the action completed. A reserved IP already assigned to the droplet is returned at once
   * (nothing is sent). After a lost answer, a 5xx or a refusal, the assignment is checked before
   * anything is sent again.
   *
   * <p>Operations {@code reservedIPs_get}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPsActions_post">reservedIPsActions_post</a>
   * ({@code type: assign}) and {@code reservedIPsActions_get}; scopes {@code reserved_ip:read},
   * {@code reserved_ip:update}.
   *
   * @param ip the address
   * @param dropletId the droplet
   * @return the reserved IP afterwards
   * @throws NotFoundException if there is no such reserved IP
   * @throws WaitTimeoutException if the action does not complete within the action timeout
   * @throws WaitFailedException if the action ends {@code errored}
   */
  public ReservedIp assign(String ip, long dropletId) {
    Objects.requireNonNull(ip, "ip");
    ReservedIp current = get(ip);
    if (current.isAssignedTo(dropletId)) {
      return current;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "assign");
    body.put("droplet_id", dropletId);
    return runAction(ip, body, now -> now.isAssignedTo(dropletId));
  }

  /**
   * Unassigns a reserved IP from its droplet and waits until the action completed. An unassigned
   * reserved IP is returned at once (nothing is sent).
   *
   * <p>Operations {@code reservedIPs_get}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/reservedIPsActions_post">reservedIPsActions_post</a>
   * ({@code type: unassign}) and {@code reservedIPsActions_get}; scopes {@code reserved_ip:read},
   * {@code reserved_ip:update}.
   *
   * @param ip the address
   * @return the reserved IP afterwards
   * @throws NotFoundException if there is no such reserved IP
   * @throws WaitTimeoutException if the action does not complete within the action timeout
   * @throws WaitFailedException if the action ends {@code errored}
   */
  public ReservedIp unassign(String ip) {
    Objects.requireNonNull(ip, "ip");
    ReservedIp current = get(ip);
    if (current.droplet().isEmpty()) {
      return current;
    }
    return runAction(ip, Map.of("type", "unassign"), now -> now.droplet().isEmpty());
  }

  @Override
  protected String describe(ReservedIp ip, ReservedIpSpec spec) {
    return "reserved IP " + ip.ip();
  }

  private ReservedIp runAction(String ip, Map<String, Object> body, Predicate<ReservedIp> goal) {
    ApiRequest post =
        ApiRequest.of(NetworkingOperations.RESERVED_IPS_ACTIONS_POST)
            .pathParam("reserved_ip", ip)
            .body(body)
            .build();
    Optional<Action> action = api.act(post, "action", Action.class, () -> goal.test(get(ip)));
    if (action.isPresent()) {
      long actionId = action.get().id();
      waiter.until(
          "the " + body.get("type") + " of reserved IP " + ip + " (action " + actionId + ")",
          () ->
              api.<Action>call(
                  ApiRequest.of(NetworkingOperations.RESERVED_IPS_ACTIONS_GET)
                      .pathParam("reserved_ip", ip)
                      .pathParam("action_id", actionId)
                      .build(),
                  "action",
                  Action.class),
          a ->
              switch (a.status()) {
                case COMPLETED -> WaitState.DONE;
                case ERRORED -> WaitState.FAILED;
                case IN_PROGRESS, UNKNOWN -> WaitState.PENDING;
              },
          a -> a.describe() + " with status " + a.status(),
          actionTimeout);
    }
    return get(ip);
  }

  private static String describeState(ReservedIp ip) {
    return "reserved IP "
        + ip.ip()
        + ip.droplet().map(d -> " assigned to droplet " + d.id()).orElse(" unassigned");
  }
}
