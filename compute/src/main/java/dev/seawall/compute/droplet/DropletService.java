package dev.seawall.compute.droplet;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.droplet.internal.CreateLinks;
import dev.seawall.compute.droplet.internal.DropletCreateRequest;
import dev.seawall.core.Action;
import dev.seawall.core.Actions;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, reads, lists and deletes droplets. Obtain it from {@code Compute.droplets(client)}.
 * Thread-safe.
 *
 * <p>{@link #create(DropletSpec, Duration)} is idempotent by name and region: a droplet that
 * already exists under the spec's name in the spec's region is adopted instead of created twice (it
 * must be in the spec's VPC and carry the spec's tags, otherwise the call fails rather than
 * adopting a different droplet). Adoption does not resize, rebuild or retag an existing droplet.
 *
 * <p>Errors: every method throws {@link dev.seawall.core.ApiException} subclasses for error
 * statuses (e.g. {@link dev.seawall.core.ForbiddenException} naming the missing scope) and {@link
 * dev.seawall.core.TransportException} for I/O failures.
 */
public final class DropletService {
  /** Timeout of {@link #create(DropletSpec)}: 10 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  /**
   * Every operation {@link #create(DropletSpec, Duration)} may call (look-up, create, action and
   * droplet polling), for {@link dev.seawall.core.Scopes#required(java.util.Collection)}.
   */
  public static final List<Operation> CREATE_OPERATIONS =
      List.of(
          ComputeOperations.DROPLETS_LIST,
          ComputeOperations.DROPLETS_CREATE,
          CoreOperations.ACTIONS_GET,
          ComputeOperations.DROPLETS_GET);

  private static final Logger LOG = LoggerFactory.getLogger(DropletService.class);

  private final Api api;
  private final Waiter waiter;
  private final Actions actions;
  private final Clock clock;

  /**
   * Creates the service on a client.
   *
   * @param client the DigitalOcean client
   */
  public DropletService(DigitalOcean client) {
    Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
    this.actions = client.actions();
    this.clock = client.clock();
  }

  /** Like {@link #create(DropletSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  public Droplet create(DropletSpec spec) {
    return create(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Creates a droplet and waits until it is usable ({@code POST /v2/droplets}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_create">droplets_create</a>).
   *
   * <ol>
   *   <li>Looks for a droplet with the spec's name in the spec's region ({@code droplets_list
   *       ?name=}); if there is one, it is adopted (see the class description) and no POST is sent.
   *   <li>Sends the create. If its response is lost or a 5xx, the droplet is looked up by name
   *       again before the POST is ever repeated.
   *   <li>Waits for the create action from the response's {@code links.actions} to complete ({@code
   *       actions_get}); an {@code errored} action fails.
   *   <li>Waits for the droplet to be {@code active} ({@code droplets_get}).
   * </ol>
   *
   * <p>One deadline, {@code timeout} from the call, bounds all the waiting.
   *
   * <p>Token scopes: {@code droplet:create}, {@code droplet:read}, {@code actions:read}, plus
   * {@code ssh_key:read} (keys), {@code vpc:read} (VPC), {@code tag:create} (tags) as the API
   * requires for the spec's values.
   *
   * @param spec a validated spec (built with {@link DropletSpec.Builder#build()})
   * @param timeout how long to wait for the droplet in total, e.g. 5 minutes
   * @return the active droplet
   * @throws DropletCreationException if the create was accepted but the droplet then answers 404,
   *     the create action errored, or the droplet ends {@code off}/{@code archive}; it keeps the
   *     droplet id
   * @throws WaitTimeoutException if the droplet is not active before the deadline
   * @throws SeawallException if a droplet with the same name in the region exists but differs in
   *     VPC or tags, or several do
   */
  public Droplet create(DropletSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Instant deadline = deadline(timeout);
    Optional<Droplet> existing = findExisting(spec);
    if (existing.isPresent()) {
      LOG.info("droplet {} already exists as id {}; adopting it", spec.name(), existing.get().id());
      return awaitActive(existing.get().id(), remaining(deadline));
    }
    AtomicReference<Droplet> adopted = new AtomicReference<>();
    CreateLinks links =
        api.create(
            ApiRequest.of(ComputeOperations.DROPLETS_CREATE)
                .body(DropletCreateRequest.of(spec))
                .build(),
            "links",
            CreateLinks.class,
            () ->
                findExisting(spec)
                    .map(
                        found -> {
                          adopted.set(found);
                          return CreateLinks.NONE;
                        }));
    Droplet found = adopted.get();
    long dropletId;
    if (found != null) {
      dropletId = found.id();
    } else {
      Optional<Long> actionId = links.createActionId();
      dropletId =
          actionId.isPresent()
              ? awaitCreateAction(spec, actionId.get(), deadline)
              : createdId(spec, "the create response listed no action");
    }
    return awaitActive(dropletId, remaining(deadline));
  }

  private long awaitCreateAction(DropletSpec spec, long actionId, Instant deadline) {
    Action action;
    try {
      action = actions.await(actionId, remaining(deadline));
    } catch (WaitFailedException e) {
      long dropletId = actions.get(actionId).resourceId();
      throw new DropletCreationException(
          "DigitalOcean accepted droplet "
              + spec.name()
              + " (id "
              + dropletId
              + ") but its create action "
              + actionId
              + " errored; delete the droplet and check region capacity, size and image",
          dropletId,
          e);
    }
    return action.resourceId() > 0
        ? action.resourceId()
        : createdId(spec, "create action " + actionId + " names no droplet");
  }

  private long createdId(DropletSpec spec, String reason) {
    return findExisting(spec)
        .map(Droplet::id)
        .orElseThrow(
            () ->
                new SeawallException(
                    "DigitalOcean accepted droplet "
                        + spec.name()
                        + " but "
                        + reason
                        + " and no droplet with that name is in "
                        + spec.region()));
  }

  /**
   * Waits until a droplet is {@code active}, polling {@code droplets_get} with the client's {@link
   * Waiter}. Token scope: {@code droplet:read}.
   *
   * @param dropletId the droplet id
   * @param timeout how long to wait at most
   * @return the active droplet
   * @throws DropletCreationException if the droplet answers 404 or is {@code off}/{@code archive}
   * @throws WaitTimeoutException if it is not active in time
   */
  public Droplet awaitActive(long dropletId, Duration timeout) {
    try {
      return waiter.until(
          "droplet " + dropletId + " to become active",
          () -> {
            try {
              return get(dropletId);
            } catch (NotFoundException e) {
              throw new DropletCreationException(
                  "droplet "
                      + dropletId
                      + " was accepted by DigitalOcean but now answers 404: it failed to provision"
                      + " or was deleted; check the account's droplets and try again",
                  dropletId,
                  e);
            }
          },
          DropletService::state,
          droplet -> "status " + droplet.status().name().toLowerCase(Locale.ROOT),
          timeout);
    } catch (WaitFailedException e) {
      throw new DropletCreationException(e.getMessage(), dropletId, e);
    }
  }

  private static WaitState state(Droplet droplet) {
    return switch (droplet.status()) {
      case ACTIVE -> WaitState.DONE;
      case NEW, UNKNOWN -> WaitState.PENDING;
      case OFF, ARCHIVE -> WaitState.FAILED;
    };
  }

  /**
   * Fetches a droplet ({@code GET /v2/droplets/{droplet_id}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_get">droplets_get</a>).
   * Token scope: {@code droplet:read}.
   *
   * @throws NotFoundException if there is no such droplet
   */
  public Droplet get(long dropletId) {
    return api.call(
        ApiRequest.of(ComputeOperations.DROPLETS_GET).pathParam("droplet_id", dropletId).build(),
        "droplet",
        Droplet.class);
  }

  /**
   * Lists every droplet of the account ({@code GET /v2/droplets}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_list">droplets_list</a>),
   * following every page. Token scope: {@code droplet:read}.
   */
  public List<Droplet> list() {
    return list(ApiRequest.of(ComputeOperations.DROPLETS_LIST).build());
  }

  /**
   * Lists the droplets carrying {@code tag} ({@code GET /v2/droplets?tag_name=}). Token scopes:
   * {@code droplet:read}, {@code tag:read}.
   *
   * @throws IllegalArgumentException if the tag is blank
   */
  public List<Droplet> listByTag(String tag) {
    return list(
        ApiRequest.of(ComputeOperations.DROPLETS_LIST)
            .query("tag_name", requireText(tag, "tag"))
            .build());
  }

  /**
   * Lists the droplets named {@code name}, compared without case as the API does ({@code GET
   * /v2/droplets?name=}). Droplet names are not unique. Token scope: {@code droplet:read}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public List<Droplet> findByName(String name) {
    String value = requireText(name, "name");
    return list(ApiRequest.of(ComputeOperations.DROPLETS_LIST).query("name", value).build())
        .stream()
        .filter(d -> d.name().equalsIgnoreCase(value))
        .collect(Collectors.toList());
  }

  /**
   * Deletes a droplet ({@code DELETE /v2/droplets/{droplet_id}}, <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_destroy">droplets_destroy</a>).
   * Token scope: {@code droplet:delete}.
   *
   * @return true if it was deleted, false if it did not exist (404)
   */
  public boolean delete(long dropletId) {
    try {
      api.send(
          ApiRequest.of(ComputeOperations.DROPLETS_DESTROY)
              .pathParam("droplet_id", dropletId)
              .build());
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private List<Droplet> list(ApiRequest request) {
    return api.<Droplet>listAll(request, "droplets", Droplet.class, Droplet::id)
        .collect(Collectors.toList());
  }

  /**
   * The droplet this spec describes, if it exists: same name (without case), in the spec's region
   * (a region slug prefix such as {@code nyc} matches {@code nyc3}).
   */
  private Optional<Droplet> findExisting(DropletSpec spec) {
    List<Droplet> candidates =
        findByName(spec.name()).stream()
            .filter(d -> d.region().slug().startsWith(spec.region()))
            .collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    if (candidates.size() > 1) {
      throw new SeawallException(
          candidates.size()
              + " droplets named "
              + spec.name()
              + " exist in "
              + spec.region()
              + " (ids "
              + candidates.stream()
                  .map(d -> Long.toString(d.id()))
                  .collect(Collectors.joining(", "))
              + "); Seawall cannot tell which one the spec describes. Rename the spec or delete"
              + " the duplicates.");
    }
    Droplet droplet = candidates.get(0);
    Optional<String> wantedVpc = spec.vpcUuid();
    if (wantedVpc.isPresent() && !droplet.vpcUuid().equals(wantedVpc)) {
      throw new SeawallException(
          "droplet "
              + spec.name()
              + " (id "
              + droplet.id()
              + ") already exists in VPC "
              + droplet.vpcUuid().orElse("<none>")
              + ", not in "
              + wantedVpc.get()
              + "; delete it or choose another name");
    }
    List<String> missingTags =
        spec.tags().stream().filter(t -> !droplet.tags().contains(t)).collect(Collectors.toList());
    if (!missingTags.isEmpty()) {
      throw new SeawallException(
          "droplet "
              + spec.name()
              + " (id "
              + droplet.id()
              + ") already exists without the tags "
              + missingTags
              + " (firewalls may select droplets by tag); tag it or choose another name");
    }
    return Optional.of(droplet);
  }

  private Instant deadline(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    return clock.instant().plus(timeout);
  }

  private Duration remaining(Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String requireText(String value, String what) {
    String text = Objects.requireNonNull(value, what).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }

  @Override
  public String toString() {
    return "DropletService";
  }
}
