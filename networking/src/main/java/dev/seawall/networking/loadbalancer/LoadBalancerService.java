package dev.seawall.networking.loadbalancer;

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
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.certificate.Certificate;
import dev.seawall.networking.certificate.CertificateService;
import dev.seawall.networking.loadbalancer.internal.LoadBalancerWire;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load balancers, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of
 * every kind. Obtain it with {@code Networking.loadBalancers(client)}. Thread-safe; holds no state
 * besides the client.
 *
 * <p>A load balancer is identified by its name. Its {@code region}, {@code vpc_uuid}, {@code
 * network}, {@code network_stack} and {@code type} are fixed at creation: {@link #apply} refuses a
 * spec that changes them ({@link RefusedChangeException}, nothing sent). Everything else changes in
 * place with one PUT of the full representation (a PUT resets what it does not carry); a spec that
 * changes nothing sends nothing.
 *
 * <p>Certificates are referenced by name in specs and resolved to ids (one {@code
 * certificates_list}) when a request is built; when several certificates share a name during a
 * Let's Encrypt renewal, the current one is used (see {@link CertificateService#current}). An
 * existing load balancer is compared with the spec by certificate <em>name</em> (one more {@code
 * certificates_list} while observing it), so a renewal that gave the certificate a new id changes
 * nothing.
 *
 * <p>Writes wait until the load balancer's {@code status} is {@code active} (failing on {@code
 * errored}) within {@link #DEFAULT_TIMEOUT}, and so does an {@link #apply} that changes nothing.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@code ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code load_balancer:read}, {@code
 * load_balancer:create}, {@code load_balancer:update}, {@code load_balancer:delete} as noted per
 * method, and {@code certificate:read} where certificates are resolved.
 */
public final class LoadBalancerService
    extends AbstractResourceService<LoadBalancerSpec, LoadBalancer, LoadBalancerWire> {
  /** How long writes wait for {@code status: active} by default: 10 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  /** How a tag or certificate that is not set shows in a diff. */
  private static final String NONE = "(none)";

  private static final Logger LOG = LoggerFactory.getLogger(LoadBalancerService.class);

  static final WireKind<LoadBalancerWire, LoadBalancer> WIRE =
      WireKind.builder(
              LoadBalancerResource.KIND, LoadBalancerWire.class, LoadBalancerMapper::toModel)
          .envelope("load_balancer", "load_balancers")
          .list(NetworkingOperations.LOAD_BALANCERS_LIST)
          .get(NetworkingOperations.LOAD_BALANCERS_GET, "lb_id")
          .delete(NetworkingOperations.LOAD_BALANCERS_DELETE)
          .identity(LoadBalancerWire::id, LoadBalancerWire::name)
          .build();

  /**
   * The fields of a load balancer. Fixed at creation: {@code region}, {@code vpc_uuid} (compared
   * only when the spec names a VPC), {@code network}, {@code network_stack} and {@code type}
   * (Seawall specs make {@code REGIONAL} ones). Changed in place: the rest; {@code
   * forwarding_rules} (certificates by name), {@code firewall} (allow and deny entries) and {@code
   * droplet_ids} are sets. {@code droplet_ids} is compared only when the spec uses them instead of
   * a tag (for a tag, the API lists the droplets the tag matches now).
   */
  static final Differ<LoadBalancerSpec, LoadBalancer> DIFFER =
      Differ.<LoadBalancerSpec, LoadBalancer>builder()
          .updatable("name", LoadBalancerSpec::name, LoadBalancer::name)
          .createOnly("region", LoadBalancerSpec::region, lb -> known(lb.region()))
          .createOnly("vpc_uuid", spec -> known(spec.vpcUuid()), lb -> known(lb.vpcUuid()))
          .createOnly(
              "network",
              LoadBalancerSpec::network,
              lb -> lb.network() == LoadBalancerNetwork.UNKNOWN ? null : lb.network())
          .createOnly(
              "network_stack",
              LoadBalancerSpec::networkStack,
              lb -> lb.networkStack() == NetworkStack.UNKNOWN ? null : lb.networkStack())
          .createOnly(
              "type",
              spec -> LoadBalancer.Type.REGIONAL,
              lb -> lb.type() == LoadBalancer.Type.UNKNOWN ? null : lb.type())
          .updatable(
              "size_unit",
              spec -> spec.size().isEmpty() ? spec.sizeUnit() : null,
              lb -> lb.sizeUnit() == 0 ? null : lb.sizeUnit())
          .updatable("size", spec -> known(spec.size()), lb -> known(lb.size()))
          .set(
              "forwarding_rules",
              LoadBalancerSpec::forwardingRules,
              lb -> lb.forwardingRules().stream().map(ForwardingRule::byCertificateName).toList(),
              ForwardingRule::display)
          .updatable(
              "health_check", LoadBalancerSpec::healthCheck, lb -> lb.healthCheck().orElse(null))
          .updatable(
              "sticky_sessions", LoadBalancerSpec::stickySessions, LoadBalancer::stickySessions)
          .updatable(
              "redirect_http_to_https",
              LoadBalancerSpec::redirectHttpToHttps,
              LoadBalancer::redirectHttpToHttps)
          .updatable(
              "tls_cipher_policy",
              LoadBalancerSpec::tlsCipherPolicy,
              lb -> lb.tlsCipherPolicy() == TlsCipherPolicy.UNKNOWN ? null : lb.tlsCipherPolicy())
          .updatable(
              "enable_proxy_protocol",
              LoadBalancerSpec::enableProxyProtocol,
              LoadBalancer::enableProxyProtocol)
          .updatable(
              "enable_backend_keepalive",
              LoadBalancerSpec::enableBackendKeepalive,
              LoadBalancer::enableBackendKeepalive)
          .updatable(
              "http_idle_timeout_seconds",
              LoadBalancerSpec::httpIdleTimeoutSeconds,
              lb -> lb.httpIdleTimeoutSeconds() == 0 ? null : lb.httpIdleTimeoutSeconds())
          .updatable(
              "disable_lets_encrypt_dns_records",
              LoadBalancerSpec::disableLetsEncryptDnsRecords,
              LoadBalancer::disableLetsEncryptDnsRecords)
          .set(
              "firewall",
              spec -> firewallEntries(spec.firewall()),
              lb -> firewallEntries(lb.firewall()))
          .updatable("tag", spec -> orNone(spec.tag()), lb -> orNone(lb.tag()))
          .set(
              "droplet_ids",
              spec -> spec.tag().isEmpty() ? spec.dropletIds() : null,
              LoadBalancer::dropletIds)
          .build();

  private final CertificateService certificates;

  /**
   * Creates the service on a client; prefer {@code Networking.loadBalancers(client)}.
   *
   * @param client the DigitalOcean client
   */
  public LoadBalancerService(DigitalOcean client) {
    super(client, WIRE);
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

  @Override
  protected Differ<LoadBalancerSpec, LoadBalancer> differ() {
    return DIFFER;
  }

  @Override
  protected String name(LoadBalancerSpec spec) {
    return spec.name();
  }

  /** {@link #create(LoadBalancerSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  @Override
  public LoadBalancer create(LoadBalancerSpec spec) {
    return create(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Creates a load balancer and waits until it is {@code active}. DigitalOcean does not keep load
   * balancer names unique, so a load balancer of that name already existing is refused here before
   * anything is sent; use {@link #apply} to adopt it. If the create response is lost, the load
   * balancer is looked up by name before anything is resent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_list">loadBalancers_list</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/certificates_list">certificates_list</a>
   * (if the rules name certificates), <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_create">loadBalancers_create</a>
   * and {@code loadBalancers_get} while waiting; scopes {@code load_balancer:read}, {@code
   * load_balancer:create}, {@code certificate:read}.
   *
   * @param spec the validated spec
   * @param timeout how long to wait for {@code status: active}
   * @return the load balancer once {@code active}
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   * @throws SeawallException if a load balancer of that name exists; nothing is written
   * @throws WaitFailedException if the status becomes {@code errored}
   * @throws WaitTimeoutException if it is not {@code active} within {@code timeout}
   */
  public LoadBalancer create(LoadBalancerSpec spec, Duration timeout) {
    Optional<LoadBalancer> existing = find(spec.name());
    if (existing.isPresent()) {
      throw new SeawallException(
          "A load balancer named '"
              + spec.name()
              + "' already exists ("
              + existing.get().id()
              + "); nothing was sent. Use apply(spec) to adopt or update it, or choose another"
              + " name.");
    }
    return createAbsent(spec, timeout);
  }

  /** Creates a load balancer that was just found absent, and waits until it is active. */
  private LoadBalancer createAbsent(LoadBalancerSpec spec, Duration timeout) {
    ApiRequest request =
        ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_CREATE)
            .body(LoadBalancerMapper.toBody(spec, certificateIds(spec)))
            .build();
    LoadBalancer created = createWithLookup(request, spec);
    LOG.info("Created load balancer '{}' ({})", created.name(), created.id());
    return awaitActive(created, timeout);
  }

  /**
   * Creates the load balancer, or brings the existing one of that name in line with the spec with
   * one PUT; sends no write when nothing differs (certificates compared by name, so also after a
   * renewal). Returns once the load balancer is {@code active}.
   *
   * <p>Operations {@code loadBalancers_list}, {@code certificates_list}, then {@code
   * loadBalancers_create} or {@code loadBalancers_update}, and {@code loadBalancers_get} while
   * waiting; scopes {@code load_balancer:read}, {@code certificate:read}, and {@code
   * load_balancer:create} or {@code load_balancer:update} when something changes.
   *
   * @throws RefusedChangeException if the spec changes a field fixed at creation; nothing is sent
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   * @throws SeawallException if several load balancers have the spec's name (the message lists
   *     their ids)
   */
  @Override
  public Applied<LoadBalancer> apply(LoadBalancerSpec spec) {
    return super.apply(spec);
  }

  /** {@link #apply(LoadBalancerSpec)} from a state read moments ago; waits until it is active. */
  @Override
  public Applied<LoadBalancer> apply(LoadBalancerSpec spec, Optional<LoadBalancer> observed) {
    if (observed.isEmpty()) {
      return new Applied<>(createAbsent(spec, DEFAULT_TIMEOUT), diff(spec, observed));
    }
    Applied<LoadBalancer> applied = super.apply(spec, observed);
    return applied.diff().isNone()
        ? new Applied<>(awaitActive(applied.resource(), DEFAULT_TIMEOUT), applied.diff())
        : applied;
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
  @Override
  public LoadBalancer get(String id) {
    return super.get(id);
  }

  /**
   * Makes the load balancer with this id match the spec with one PUT of the full representation,
   * and waits until it is {@code active}; sends no PUT when nothing differs.
   *
   * <p>Operations {@code loadBalancers_get}, {@code certificates_list} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_update">loadBalancers_update</a>;
   * scopes {@code load_balancer:read}, {@code certificate:read}, {@code load_balancer:update}.
   *
   * @throws NotFoundException if there is no such load balancer
   * @throws RefusedChangeException if the spec changes a field fixed at creation; nothing is sent
   * @throws InvalidSpecException if a referenced certificate does not exist; nothing is written
   * @throws WaitFailedException if the status becomes {@code errored}
   * @throws WaitTimeoutException if it is not {@code active} within {@link #DEFAULT_TIMEOUT}
   */
  @Override
  public LoadBalancer update(String id, LoadBalancerSpec spec) {
    return super.update(id, spec);
  }

  /**
   * Deletes the load balancer, idempotently; its droplets stay.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_delete">loadBalancers_delete</a>;
   * scope {@code load_balancer:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such load
   *     balancer
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
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

  /** The load balancer of the spec's name, with the names of its rules' certificates. */
  @Override
  public Optional<LoadBalancer> observe(LoadBalancerSpec spec) {
    return super.observe(spec).map(this::withCertificateNames);
  }

  @Override
  protected LoadBalancer observeById(String id) {
    return withCertificateNames(get(id));
  }

  @Override
  protected LoadBalancer change(LoadBalancer observed, LoadBalancerSpec spec, Diff diff) {
    LOG.info(
        "Updating load balancer '{}' ({}): {}",
        observed.name(),
        observed.id(),
        String.join(", ", diff.fields()));
    LoadBalancer updated =
        call(
            ApiRequest.of(NetworkingOperations.LOAD_BALANCERS_UPDATE)
                .pathParam("lb_id", observed.id())
                .body(LoadBalancerMapper.toBody(spec, certificateIds(spec)))
                .build());
    return awaitActive(updated, DEFAULT_TIMEOUT);
  }

  @Override
  protected String describe(LoadBalancer lb, LoadBalancerSpec spec) {
    return "load balancer '" + lb.name() + "' (" + lb.id() + ")";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The load balancer with the name of each certificate its rules use (one {@code
   * certificates_list}, only if they use any); a rule whose certificate no longer exists keeps its
   * id only, so it differs from every rule of a spec.
   */
  private LoadBalancer withCertificateNames(LoadBalancer lb) {
    if (lb.certificateIds().isEmpty()) {
      return lb;
    }
    Map<String, String> namesById = new HashMap<>();
    certificates.listAll().forEach(c -> namesById.put(c.id(), c.name()));
    return lb.withForwardingRules(
        lb.forwardingRules().stream()
            .map(
                rule ->
                    rule.certificateId()
                        .map(namesById::get)
                        .map(rule::withCertificateName)
                        .orElse(rule))
            .toList());
  }

  /**
   * The id of every certificate the spec's rules name (one {@code certificates_list}, only if they
   * name any).
   *
   * @throws InvalidSpecException if a name matches no usable certificate
   */
  private Map<String, String> certificateIds(LoadBalancerSpec spec) {
    if (spec.certificateNames().isEmpty()) {
      return Map.of();
    }
    List<Certificate> all = certificates.listAll().toList();
    Map<String, String> idsByName = new HashMap<>();
    Checks checks = Checks.on("load_balancer/" + spec.name());
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
    return Map.copyOf(idsByName);
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

  /** Text the API reported, or {@code null} (unknown) when it is empty. */
  private static @Nullable String known(String text) {
    return text.isEmpty() ? null : text;
  }

  private static String orNone(String tag) {
    return tag.isEmpty() ? NONE : tag;
  }

  /** The entries of both lists as a diff shows them: {@code allow ip:203.0.113.7}. */
  private static Set<String> firewallEntries(LoadBalancerFirewall firewall) {
    Set<String> entries = new LinkedHashSet<>();
    firewall.allowEntries().forEach(entry -> entries.add("allow " + entry));
    firewall.denyEntries().forEach(entry -> entries.add("deny " + entry));
    return entries;
  }
}
