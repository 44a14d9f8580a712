package dev.seawall.compute.droplet;

import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.droplet.internal.CreateLinks;
import dev.seawall.compute.droplet.internal.DropletCreateRequest;
import dev.seawall.core.Action;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.CoreOperations;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.OutcomeUnknownException;
import dev.seawall.core.SeawallException;
import dev.seawall.core.TransportException;
import dev.seawall.core.WaitFailedException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.CreationMark;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Droplets, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of every
 * kind. Obtain it with {@code Compute.droplets(client)}. Thread-safe; holds no state besides the
 * client.
 *
 * <p><b>Identity.</b> Droplet names are not unique on DigitalOcean, so Seawall identifies the
 * droplet a spec describes by its name (compared without case, as the API's {@code name} filter
 * does) <em>and</em> its region: {@link #observe} and the look-up after a lost create answer list
 * {@code droplets_list?name=} and keep the droplet in the spec's region. A droplet of that name in
 * another region is another droplet; two in the same region are an error naming their ids.
 *
 * <p><b>What can change.</b> {@code tags} change in place, tag by tag ({@code
 * tags_assign_resources}, {@code tags_unassign_resources}). {@code region}, {@code image}, {@code
 * vpc_uuid} and {@code ssh_keys} are fixed at creation; {@code size} and {@code backups} could be
 * changed with droplet actions, but a resize powers the droplet off and Seawall does not change
 * backups in place, so {@link #apply} refuses those changes ({@link RefusedChangeException},
 * nothing sent) with the reason. {@code user_data} is sent on create only: the API never returns
 * it, so it is unknown and never compared (the same holds for {@code ssh_keys} and {@code
 * backup_policy}).
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code droplet:read}, {@code
 * droplet:create}, {@code droplet:delete}, {@code actions:read}, {@code tag:create}, {@code
 * tag:delete} as noted per method.
 */
public final class DropletService extends AbstractResourceService<DropletSpec, Droplet, Droplet> {
  private static final Logger LOG = LoggerFactory.getLogger(DropletService.class);

  /** Timeout of {@link #create(DropletSpec)} and {@link #apply}: 10 minutes. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  /** The read model is the API's JSON as it is: no separate wire record. */
  static final WireKind<Droplet, Droplet> WIRE =
      WireKind.builder(DropletResource.KIND, Droplet.class, Function.<Droplet>identity())
          .envelope("droplet", "droplets")
          .list(ComputeOperations.DROPLETS_LIST)
          .get(ComputeOperations.DROPLETS_GET, "droplet_id")
          .delete(ComputeOperations.DROPLETS_DESTROY)
          .identity(droplet -> Long.toString(droplet.id()), Droplet::name)
          .build();

  /** Why a different {@code size} is refused. */
  static final String RESIZE_REFUSED =
      "a resize powers the droplet off; Seawall never resizes on its own: resize it yourself"
          + " (droplet action resize) or keep the current size in the spec";

  /** Why a different {@code backups} is refused. */
  static final String BACKUPS_REFUSED =
      "Seawall does not switch backups of an existing droplet: use the droplet actions"
          + " enable_backups or disable_backups, or keep the current setting in the spec";

  /**
   * The fields of a droplet: {@code region}, {@code image} (a slug; {@code image.id} when the spec
   * names the image by id), {@code vpc_uuid} and {@code ssh_keys} fixed at creation, {@code size}
   * and {@code backups} refused with their reasons, {@code tags} changed tag by tag. {@code
   * ssh_keys} are not returned by the API (unknown: shown when creating, never a change); a spec in
   * the default VPC does not manage {@code vpc_uuid}.
   */
  static final Differ<DropletSpec, Droplet> DIFFER =
      Differ.<DropletSpec, Droplet>builder()
          .createOnly("region", DropletSpec::region, droplet -> known(droplet.region().slug()))
          .updatable(
              "size",
              DropletSpec::size,
              droplet -> known(droplet.sizeSlug()),
              (before, after) -> RESIZE_REFUSED)
          .createOnly(
              "image",
              spec -> spec.imageIsId() ? null : spec.image(),
              droplet -> known(droplet.image().slug()))
          .createOnly(
              "image.id",
              spec -> spec.imageIsId() ? spec.image() : null,
              droplet -> droplet.image().id() > 0 ? Long.toString(droplet.image().id()) : null)
          .createOnly(
              "vpc_uuid",
              spec -> spec.vpcUuid().orElse(null),
              droplet -> droplet.vpcUuid().orElse(null))
          .createOnly("ssh_keys", DropletSpec::sshKeys, droplet -> null)
          .updatable(
              "backups",
              DropletSpec::backups,
              droplet -> droplet.hasFeature("backups"),
              (before, after) -> BACKUPS_REFUSED)
          .set("tags", DropletSpec::tags, Droplet::tags)
          .build();

  /**
   * Creates the service on a client; prefer {@code Compute.droplets(client)}.
   *
   * @param client the DigitalOcean client
   */
  public DropletService(DigitalOcean client) {
    super(client, WIRE);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        ComputeOperations.DROPLETS_LIST,
        ComputeOperations.DROPLETS_CREATE,
        CoreOperations.ACTIONS_GET,
        ComputeOperations.DROPLETS_GET,
        ComputeOperations.TAGS_CREATE,
        ComputeOperations.TAGS_ASSIGN_RESOURCES,
        ComputeOperations.TAGS_UNASSIGN_RESOURCES,
        ComputeOperations.TAGS_DELETE,
        ComputeOperations.DROPLETS_DESTROY);
  }

  @Override
  protected Differ<DropletSpec, Droplet> differ() {
    return DIFFER;
  }

  @Override
  protected String name(DropletSpec spec) {
    return spec.name();
  }

  /**
   * The droplet the spec describes: its name in its region (see the class description).
   *
   * <p>Operation {@code droplets_list}; scope {@code droplet:read}.
   *
   * @throws SeawallException if several droplets of that name are in the region (the message lists
   *     their ids)
   */
  @Override
  public Optional<Droplet> observe(DropletSpec spec) {
    return lookupWire(spec);
  }

  @Override
  protected Optional<Droplet> lookupWire(DropletSpec spec) {
    return single(
        listByName(spec.name()).filter(d -> d.region().slug().equals(spec.region())).toList(),
        spec.name());
  }

  @Override
  protected Optional<Droplet> findWire(String name) {
    return single(listByName(name).toList(), name);
  }

  /** Like {@link #create(DropletSpec, Duration)} with {@link #DEFAULT_TIMEOUT}. */
  @Override
  public Droplet create(DropletSpec spec) {
    return create(spec, DEFAULT_TIMEOUT);
  }

  /**
   * Creates a droplet and waits until it is usable. A plain create: DigitalOcean accepts a second
   * droplet of the same name, after which Seawall can no longer tell them apart; use {@link #apply}
   * to create only what does not exist.
   *
   * <ol>
   *   <li>Sends the create, tagged with a random {@link CreationMark}. If its answer is lost or a
   *       5xx, the droplet carrying that mark is looked up ({@code droplets_list?tag_name=}) with
   *       backoff for {@link dev.seawall.core.RetryPolicy#outcomeLookupWindow()}, so a droplet of
   *       the same name that someone else made is never adopted; the POST is never repeated. The
   *       mark's tag is deleted once the droplet is known ({@code tags_delete}).
   *   <li>Waits for the create action from the answer's {@code links.actions} to complete ({@code
   *       actions_get}); an {@code errored} action fails.
   *   <li>Waits for the droplet to be {@code active} ({@code droplets_get}).
   * </ol>
   *
   * <p>One deadline, {@code timeout} from the call, bounds all the waiting; the waits report their
   * progress to the client's {@link dev.seawall.core.Waiter}.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_create">droplets_create</a>;
   * scopes {@code droplet:create}, {@code droplet:read}, {@code actions:read}, plus {@code
   * ssh_key:read} (keys), {@code vpc:read} (VPC) as the API requires for the spec's values, and
   * {@code tag:create}, {@code tag:delete} for the creation mark.
   *
   * @param spec a validated spec (built with {@link DropletSpec.Builder#build()})
   * @param timeout how long to wait for the droplet in total, e.g. 5 minutes
   * @return the active droplet
   * @throws DropletCreationException if the create was accepted but the droplet then answers 404,
   *     the create action errored, or the droplet ends {@code off}/{@code archive}; it keeps the
   *     droplet id
   * @throws WaitTimeoutException if the droplet is not active before the deadline
   */
  public Droplet create(DropletSpec spec, Duration timeout) {
    Objects.requireNonNull(spec, "spec");
    Instant deadline = deadline(timeout);
    CreationMark mark = CreationMark.random();
    AtomicReference<@Nullable Droplet> found = new AtomicReference<>();
    CreateLinks links;
    try {
      links =
          api.create(
              ApiRequest.of(ComputeOperations.DROPLETS_CREATE)
                  .body(DropletCreateRequest.of(spec, List.of(mark.tag())))
                  .build(),
              "links",
              CreateLinks.class,
              subject(spec),
              () ->
                  marked(mark, spec)
                      .map(
                          droplet -> {
                            found.set(droplet);
                            return CreateLinks.NONE;
                          }));
    } catch (OutcomeUnknownException unknown) {
      removeMark(mark); // a droplet the lost create made is adopted by name next time
      throw unknown;
    }
    long dropletId;
    try {
      Droplet lookedUp = found.get();
      if (lookedUp != null) {
        dropletId = lookedUp.id();
      } else {
        Optional<Long> actionId = links.createActionId();
        dropletId =
            actionId.isPresent()
                ? awaitCreateAction(spec, mark, actionId.get(), deadline)
                : createdId(spec, mark, "the create response listed no action");
      }
    } finally {
      removeMark(mark);
    }
    return awaitActive(dropletId, remaining(deadline));
  }

  /**
   * Creates the droplet if it does not exist, otherwise changes its tags in place; sends nothing
   * when nothing differs. A droplet found still {@code new} (created by an earlier run that did not
   * wait) is awaited until {@code active}, within {@link #DEFAULT_TIMEOUT}.
   *
   * <p>Operations {@code droplets_list}, then {@code droplets_create} (with {@code actions_get} and
   * {@code droplets_get} while waiting) or {@code tags_create}, {@code tags_assign_resources} and
   * {@code tags_unassign_resources}; scopes {@code droplet:read}, and {@code droplet:create} and
   * {@code actions:read}, or {@code tag:create}, {@code tag:delete} (and {@code droplet:update},
   * which DigitalOcean also asks for to tag a droplet) when something changes.
   *
   * @throws RefusedChangeException if the droplet exists with another region, image, VPC, size or
   *     backups setting; nothing is sent
   * @throws SeawallException if several droplets of that name are in the region
   */
  @Override
  public Applied<Droplet> apply(DropletSpec spec) {
    return super.apply(spec);
  }

  /**
   * {@link #apply(DropletSpec)} from a state read moments ago; waits until a new droplet is active.
   */
  @Override
  public Applied<Droplet> apply(DropletSpec spec, Optional<Droplet> observed) {
    Applied<Droplet> applied = super.apply(spec, observed);
    Droplet droplet = applied.resource();
    return droplet.status() == DropletStatus.NEW
        ? new Applied<>(awaitActive(droplet.id(), DEFAULT_TIMEOUT), applied.diff())
        : applied;
  }

  /**
   * Changes the tags of the droplet with this id to the spec's (the other fields cannot change).
   *
   * <p>Operations {@code droplets_get}, and {@code tags_create}, {@code tags_assign_resources},
   * {@code tags_unassign_resources} when the tags differ; scopes {@code droplet:read}, {@code
   * tag:create}, {@code tag:delete}.
   *
   * @throws NotFoundException if there is no such droplet
   * @throws RefusedChangeException if the spec changes a field fixed at creation, the size or
   *     backups; nothing is sent
   */
  @Override
  public Droplet update(String id, DropletSpec spec) {
    return super.update(id, spec);
  }

  /**
   * Adds the tags the diff adds (creating each tag first, which DigitalOcean needs before it can be
   * assigned and answers with the existing tag otherwise), then removes the tags it removes, so the
   * droplet is never without the tags firewalls select it by.
   */
  @Override
  protected Droplet change(Droplet observed, DropletSpec spec, Diff diff) {
    Map<String, Object> resources =
        Map.of(
            "resources",
            List.of(
                Map.of("resource_id", Long.toString(observed.id()), "resource_type", "droplet")));
    List<FieldChange> tags = diff.changes().stream().filter(c -> c.field().equals("tags")).toList();
    for (FieldChange change : tags) {
      if (change.after().isPresent()) {
        String tag = change.after().get();
        api.send(ApiRequest.of(ComputeOperations.TAGS_CREATE).body(Map.of("name", tag)).build());
        api.send(
            ApiRequest.of(ComputeOperations.TAGS_ASSIGN_RESOURCES)
                .pathParam("tag_id", tag)
                .body(resources)
                .build());
      }
    }
    for (FieldChange change : tags) {
      if (change.after().isEmpty()) {
        api.send(
            ApiRequest.of(ComputeOperations.TAGS_UNASSIGN_RESOURCES)
                .pathParam("tag_id", change.before().orElseThrow())
                .body(resources)
                .build());
      }
    }
    return get(Long.toString(observed.id()));
  }

  /**
   * Fetches a droplet.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_get">droplets_get</a>;
   * scope {@code droplet:read}.
   *
   * @param id the droplet's numeric id
   * @throws NotFoundException if there is no such droplet
   */
  @Override
  public Droplet get(String id) {
    return super.get(id);
  }

  /**
   * The droplet named {@code name} (without case), in any region.
   *
   * <p>Operation {@code droplets_list?name=}; scope {@code droplet:read}.
   *
   * @throws SeawallException if several droplets have that name (the message lists their ids); use
   *     {@link #listByName} to see them all
   */
  @Override
  public Optional<Droplet> find(String name) {
    return super.find(name);
  }

  /**
   * The droplets carrying {@code tag}, as a lazy stream fetching pages of 200 on demand.
   *
   * <p>Operation {@code droplets_list?tag_name=}; scopes {@code droplet:read}, {@code tag:read}.
   *
   * @throws IllegalArgumentException if the tag is blank
   */
  public Stream<Droplet> listByTag(String tag) {
    return list(
        ApiRequest.of(ComputeOperations.DROPLETS_LIST)
            .query("tag_name", requireText(tag, "tag"))
            .build());
  }

  /**
   * The droplets named {@code name}, compared without case as the API does, in every region, as a
   * lazy stream. Droplet names are not unique.
   *
   * <p>Operation {@code droplets_list?name=}; scope {@code droplet:read}.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public Stream<Droplet> listByName(String name) {
    String value = requireText(name, "name");
    return list(ApiRequest.of(ComputeOperations.DROPLETS_LIST).query("name", value).build())
        .filter(d -> d.name().equalsIgnoreCase(value));
  }

  /**
   * Deletes a droplet, idempotently.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/droplets_destroy">droplets_destroy</a>;
   * scope {@code droplet:delete}.
   *
   * @param id the droplet's numeric id
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} when DigitalOcean answers
   *     {@code 404} (also after a lost answer to this call's first attempt)
   */
  @Override
  public Deletion delete(String id) {
    return super.delete(id);
  }

  /**
   * Waits until a droplet is {@code active}, polling {@code droplets_get} through the client's
   * {@link dev.seawall.core.Waiter} (which reports the progress). Token scope: {@code
   * droplet:read}.
   *
   * @param dropletId the droplet id
   * @param timeout how long to wait at most
   * @return the active droplet
   * @throws DropletCreationException if the droplet answers 404 or is {@code off}/{@code archive}
   * @throws WaitTimeoutException if it is not active in time
   */
  public Droplet awaitActive(long dropletId, Duration timeout) {
    try {
      return await(
          Long.toString(dropletId),
          "to become active",
          DropletService::state,
          droplet -> "status " + droplet.status().name().toLowerCase(Locale.ROOT),
          timeout);
    } catch (NotFoundException e) {
      throw new DropletCreationException(
          "droplet "
              + dropletId
              + " was accepted by DigitalOcean but now answers 404: it failed to provision"
              + " or was deleted; check the account's droplets and try again",
          dropletId,
          e);
    } catch (WaitFailedException e) {
      throw new DropletCreationException(e.getMessage(), dropletId, e);
    }
  }

  @Override
  protected String describe(Droplet droplet, DropletSpec spec) {
    return "droplet '" + droplet.name() + "' (" + droplet.id() + ") in " + droplet.region().slug();
  }

  @Override
  public String toString() {
    return "DropletService";
  }

  // ---------------------------------------------------------------------------------------------

  private static @Nullable String known(String value) {
    return value.isEmpty() ? null : value;
  }

  private static WaitState state(Droplet droplet) {
    return switch (droplet.status()) {
      case ACTIVE -> WaitState.DONE;
      case NEW, UNKNOWN -> WaitState.PENDING;
      case OFF, ARCHIVE -> WaitState.FAILED;
    };
  }

  private Stream<Droplet> list(ApiRequest request) {
    return api.<Droplet>listAll(request, wire.listKey(), Droplet.class, Droplet::id);
  }

  private long awaitCreateAction(
      DropletSpec spec, CreationMark mark, long actionId, Instant deadline) {
    Action action;
    try {
      action = client.actions().await(actionId, remaining(deadline));
    } catch (WaitFailedException e) {
      long dropletId = client.actions().get(actionId).resourceId();
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
        : createdId(spec, mark, "create action " + actionId + " names no droplet");
  }

  private long createdId(DropletSpec spec, CreationMark mark, String reason) {
    return marked(mark, spec)
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

  /** The droplet this create made: the one carrying its mark. */
  private Optional<Droplet> marked(CreationMark mark, DropletSpec spec) {
    return single(listByTag(mark.tag()).toList(), spec.name());
  }

  /**
   * Deletes the mark's tag (which untags the droplet). A failure only leaves the tag behind: the
   * next apply shows it in the droplet's tags and removes it, so it is logged, not thrown.
   */
  private void removeMark(CreationMark mark) {
    try {
      api.send(
          ApiRequest.of(ComputeOperations.TAGS_DELETE).pathParam("tag_id", mark.tag()).build());
    } catch (NotFoundException gone) {
      // already removed
    } catch (ApiException | TransportException e) {
      LOG.warn(
          "Could not delete the creation mark tag {} ({}); the next apply removes it",
          mark.tag(),
          e.getClass().getSimpleName());
    }
  }

  private Instant deadline(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
    return client.clock().instant().plus(timeout);
  }

  private Duration remaining(Instant deadline) {
    Duration left = Duration.between(client.clock().instant(), deadline);
    return left.isNegative() ? Duration.ZERO : left;
  }

  private static String requireText(String value, String what) {
    String text = Objects.requireNonNull(value, what).strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
