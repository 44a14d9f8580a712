package dev.seawall.networking.loadbalancer;

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
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.Certificate;
import dev.seawall.networking.certificate.CertificateService;
import dev.seawall.networking.loadbalancer.internal.LoadBalancerWire;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, reads, updates and deletes load balancers. Obtain it with {@code
 * Networking.loadBalancers(client)}. Thread-safe; holds no state besides the client.
 *
 * <p>Certificates are referenced by name in specs and resolved to ids (one {@code
 * certificates_list}) when a request is built; when several certificates share a name during a
 * Let's Encrypt renewal, the current one is used (see {@link CertificateService#current}). Existing
 * load balancers are compared with the spec by certificate <em>name</em>, so a renewal that gave
 * the certificate a new id sends no update.
 *
 * <p>Writes wait until the load balancer's {@code status} is {@code active} (failing on {@code
 * errored}) within a deadline, {@link #DEFAULT_TIMEOUT} unless one is given. Updates send the full
 * representation (a PUT resets what it does not carry); an update that would change nothing is not
 * sent. Region, VPC, network and network stack cannot change after creation: a spec that differs
 * there is refused before anything is written.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code load_balancer:read}, {@code
 * load_balancer:create}, {@code load_balancer:update}, {@code load_balancer:delete} as noted per
 * method, and {@code certificate:read} where certificates are resolved.
 */
public final class LoadBalancerService {
  /** How long writes wait for {@code status: active} by default: 10 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(LoadBalancerService.class);

  private final Api api;
  private final Waiter waiter;
  private final CertificateService certificates;

  /**
   * Creates the service on a client; prefer {@code Networking.loadBalancers(client)}.
   *
   * @param client the DigitalOcean client
   */
  public LoadBalancerService(DigitalOcean client) {
    Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
    this.certificates = new CertificateService(client);
  }

  /**
   * Every API operation this service may call (certificates are listed to resolve names), for
   * computing the minimal token scopes with {@code Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.LOAD_BALANCERS_LIST,
        NetworkingOperations.LOAD_BALANCERS_CREATE,
        NetworkingOperations.LOAD_BALANCERS_GET,
        NetworkingOperations.LOAD_BALANCERS_UPDATE,
        NetworkingOperations.LOAD_BALANCERS_DELETE,
        NetworkingOperations.CERTIFICATES_LIST);
  }

  /** {@link #create(LoadBalancerSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public LoadBalancer create(LoadBalancerSpec spec) {
    return create(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Creates a load balancer and waits until it is {@code active}, idempotently by name: a load
   * balancer with the spec's name that already matches the spec is returned (once active) without
   * any write. If the create response is lost, the load balancer is looked up by name before
   * anything is resent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_list">loadBalancers_list</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_create">loadBalancers_create</a>;
   * scopes {@code load_balancer:read}, {@code load_balancer:create}, {@code certificate:read}.
   *
   * @param spec the validated spec
   * @param timeout how long to wait for {@code status: active}
   * @return the load balancer once {@code active}
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   * @throws SeawallException if a load balancer of that name exists but differs from the spec (use
   *     {@link #apply}), or several have the name
   * @throws WaitFailedException if the status becomes {@code errored}
   * @throws WaitTimeoutException if it is not {@code active} within {@code timeout}
   */
  public LoadBalancer create(LoadBalancerSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Optional<LoadBalancer> existing = findByName(spec.name());
    if (existing.isEmpty()) {
      return createNew(spec, timeout);
    }
    LoadBalancer lb = existing.get();
    LoadBalancerDiff diff = diff(spec, lb, resolve(spec, lb));
    if (!diff.isEmpty()) {
      throw new SeawallException(
          "A load balancer named '"
              + spec.name()
              + "' already exists ("
              + lb.id()
              + ") and differs from the spec in "
              + describe(diff)
              + "; use apply(spec) to update it, or choose another name.");
    }
    return awaitActive(lb, timeout);
  }

  /**
   * Fetches a load balancer.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_get">loadBalancers_get</a>;
   * scope {@code load_balancer:read}.
   *
   * @param id the load balancer's UUID
   * @throws NotFoundException if there is no such load balancer
   */
  public LoadBalancer get(String id) {
    return LoadBalancerMapper.toModel(
        api.<LoadBalancerWire>call(
            ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_GET).pathParam("lb_id", id).build(),
            "load_balancer",
            LoadBalancerWire.class));
  }

  /**
   * Fetches one page of the account's load balancers.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_list">loadBalancers_list</a>;
   * scope {@code load_balancer:read}.
   *
   * @param page 1-based page number
   * @param perPage load balancers per page, 1..200
   */
  public Page<LoadBalancer> list(int page, int perPage) {
    Page<LoadBalancerWire> wires =
        api.page(
            ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_LIST).build(),
            "load_balancers",
            LoadBalancerWire.class,
            page,
            perPage);
    return new Page<>(
        wires.items().stream().map(LoadBalancerMapper::toModel).toList(),
        wires.total(),
        wires.next());
  }

  /**
   * Every load balancer of the account, as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_list">loadBalancers_list</a>;
   * scope {@code load_balancer:read}.
   */
  public Stream<LoadBalancer> listAll() {
    return listWire().map(LoadBalancerMapper::toModel);
  }

  /**
   * The load balancer with this name, if any.
   *
   * <p>Operation {@code loadBalancers_list}; scope {@code load_balancer:read}.
   *
   * @throws SeawallException if several load balancers have the name; the message lists their ids
   */
  public Optional<LoadBalancer> findByName(String name) {
    Objects.requireNonNull(name, "name");
    List<LoadBalancerWire> found = listWire().filter(w -> w.name().equals(name)).toList();
    if (found.size() > 1) {
      throw new SeawallException(
          found.size()
              + " load balancers are named '"
              + name
              + "' ("
              + found.stream().map(LoadBalancerWire::id).collect(Collectors.joining(", "))
              + "); rename or delete all but one so that Seawall can tell which one to manage.");
    }
    return found.stream().findFirst().map(LoadBalancerMapper::toModel);
  }

  /** {@link #update(String, LoadBalancerSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public LoadBalancer update(String id, LoadBalancerSpec spec) {
    return update(id, spec, DEFAULT_TIMEOUT);
  }

  /**
   * Makes an existing load balancer match {@code spec} exactly. The load balancer is read first;
   * when nothing differs (certificates compared by name, rules, droplet ids and firewall entries as
   * sets) no PUT is sent. Otherwise the full representation is sent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_get">loadBalancers_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_update">loadBalancers_update</a>;
   * scopes {@code load_balancer:read}, {@code load_balancer:update}, {@code certificate:read}.
   *
   * @return the load balancer once {@code active}
   * @throws NotFoundException if there is no such load balancer
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   * @throws SeawallException if the spec changes the region, VPC, network or network stack
   * @throws WaitFailedException if the status becomes {@code errored}
   * @throws WaitTimeoutException if it is not {@code active} within {@code timeout}
   */
  public LoadBalancer update(String id, LoadBalancerSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    return reconcile(get(id), spec, timeout);
  }

  /** {@link #apply(LoadBalancerSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public LoadBalancer apply(LoadBalancerSpec spec) {
    return apply(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Idempotent: finds the load balancer named like the spec and makes it match (see {@link
   * #update}), or creates it (see {@link #create}). Applying the same spec again sends no write,
   * also after a certificate was renewed.
   *
   * <p>Scopes {@code load_balancer:read}, {@code load_balancer:create}, {@code
   * load_balancer:update}, {@code certificate:read}.
   *
   * @throws SeawallException if several load balancers have the spec's name, or the spec changes
   *     what cannot change after creation
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   */
  public LoadBalancer apply(LoadBalancerSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Optional<LoadBalancer> existing = findByName(spec.name());
    if (existing.isEmpty()) {
      return createNew(spec, timeout);
    }
    return reconcile(existing.get(), spec, timeout);
  }

  /**
   * Deletes the load balancer; its droplets stay.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_delete">loadBalancers_delete</a>;
   * scope {@code load_balancer:delete}.
   *
   * @throws NotFoundException if there is no such load balancer
   */
  public void delete(String id) {
    api.send(
        ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_DELETE).pathParam("lb_id", id).build());
  }

  /**
   * Polls the load balancer until its {@code status} is {@code active}.
   *
   * <p>Operation {@code loadBalancers_get}; scope {@code load_balancer:read}.
   *
   * @throws WaitFailedException if the status becomes {@code errored}
   * @throws WaitTimeoutException if it is not {@code active} within {@code timeout}
   */
  public LoadBalancer awaitActive(String id, Duration timeout) {
    return awaitActive(get(id), timeout);
  }

  // ---------------------------------------------------------------------------------------------

  /** Certificate names to ids (for the request) and ids to names (for comparing). */
  private record Resolved(Map<String, String> idsByName, Map<String, String> namesById) {
    static final Resolved NONE = new Resolved(Map.of(), Map.of());
  }

  private LoadBalancer createNew(LoadBalancerSpec spec, Duration timeout) {
    Resolved resolved = resolve(spec, null);
    ApiRequest request =
        ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_CREATE)
            .body(LoadBalancerMapper.toBody(spec, resolved.idsByName()))
            .build();
    LoadBalancerWire created =
        api.create(
            request,
            "load_balancer",
            LoadBalancerWire.class,
            () -> listWire().filter(w -> w.name().equals(spec.name())).findFirst());
    LOG.info("Created load balancer '{}' ({})", created.name(), created.id());
    return awaitActive(LoadBalancerMapper.toModel(created), timeout);
  }

  private LoadBalancer reconcile(LoadBalancer current, LoadBalancerSpec spec, Duration timeout) {
    Resolved resolved = resolve(spec, current);
    LoadBalancerDiff diff = diff(spec, current, resolved);
    if (!diff.conflicts().isEmpty()) {
      throw new SeawallException(
          "Load balancer '"
              + current.name()
              + "' ("
              + current.id()
              + ") cannot be changed to match the spec: "
              + String.join(", ", diff.conflicts())
              + " cannot change after creation. Create a new load balancer (another name) and"
              + " move traffic, or keep these values in the spec. Nothing was sent.");
    }
    if (diff.isEmpty()) {
      return awaitActive(current, timeout);
    }
    LOG.info(
        "Updating load balancer '{}' ({}): {}",
        current.name(),
        current.id(),
        String.join(", ", diff.changed()));
    LoadBalancerWire updated =
        api.call(
            ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_UPDATE)
                .pathParam("lb_id", current.id())
                .body(LoadBalancerMapper.toBody(spec, resolved.idsByName()))
                .build(),
            "load_balancer",
            LoadBalancerWire.class);
    return awaitActive(LoadBalancerMapper.toModel(updated), timeout);
  }

  private static LoadBalancerDiff diff(
      LoadBalancerSpec spec, LoadBalancer current, Resolved resolved) {
    return LoadBalancerDiff.between(spec, current, resolved.namesById());
  }

  private static String describe(LoadBalancerDiff diff) {
    List<String> all = new java.util.ArrayList<>(diff.conflicts());
    all.addAll(diff.changed());
    return String.join(", ", all);
  }

  /**
   * Lists the account's certificates once, if the spec or the existing load balancer uses any.
   *
   * @throws InvalidSpecException if a name of the spec matches no usable certificate
   */
  private Resolved resolve(LoadBalancerSpec spec, @Nullable LoadBalancer existing) {
    boolean needed =
        !spec.certificateNames().isEmpty()
            || (existing != null && !existing.certificateIds().isEmpty());
    if (!needed) {
      return Resolved.NONE;
    }
    List<Certificate> all = certificates.listAll().toList();
    Map<String, String> namesById = new HashMap<>();
    all.forEach(c -> namesById.put(c.id(), c.name()));
    Map<String, String> idsByName = new HashMap<>();
    Checks checks = Checks.on("loadbalancer/" + spec.name());
    List<ForwardingRule> rules = spec.forwardingRules();
    for (int i = 0; i < rules.size(); i++) {
      Optional<String> name = rules.get(i).certificateName();
      if (name.isEmpty() || idsByName.containsKey(name.get())) {
        continue;
      }
      List<Certificate> named = all.stream().filter(c -> c.name().equals(name.get())).toList();
      Optional<Certificate> current = CertificateService.current(named);
      if (current.isPresent()) {
        idsByName.put(name.get(), current.get().id());
      } else {
        checks.invalid(
            "forwardingRules[" + i + "].certificateName",
            named.isEmpty()
                ? "no certificate named '"
                    + name.get()
                    + "' exists; create it first, e.g. Networking.certificates(client).create("
                    + "CertificateSpec.letsEncrypt(\""
                    + name.get()
                    + "\", dnsNames).build())"
                : "every certificate named '"
                    + name.get()
                    + "' is in state error; fix or replace it (for Let's Encrypt, the domain's DNS"
                    + " must be managed by DigitalOcean)");
      }
    }
    if (!checks.violations().isEmpty()) {
      throw new InvalidSpecException(checks.violations());
    }
    return new Resolved(Map.copyOf(idsByName), Map.copyOf(namesById));
  }

  private LoadBalancer awaitActive(LoadBalancer first, Duration timeout) {
    if (first.status() == LoadBalancer.Status.ACTIVE) {
      return first;
    }
    String id = first.id();
    boolean[] firstPoll = {true};
    return waiter.until(
        "load balancer '" + first.name() + "' (" + id + ") to become active",
        () -> {
          if (firstPoll[0]) {
            firstPoll[0] = false;
            return first;
          }
          return get(id);
        },
        lb ->
            switch (lb.status()) {
              case ACTIVE -> WaitState.DONE;
              case ERRORED -> WaitState.FAILED;
              case NEW, UNKNOWN -> WaitState.PENDING;
            },
        lb -> "status " + lb.status().name().toLowerCase(Locale.ROOT),
        timeout);
  }

  private Stream<LoadBalancerWire> listWire() {
    return api.<LoadBalancerWire>listAll(
        ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_LIST).build(),
        "load_balancers",
        LoadBalancerWire.class,
        LoadBalancerWire::id);
  }
}
