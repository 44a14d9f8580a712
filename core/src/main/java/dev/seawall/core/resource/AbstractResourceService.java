package dev.seawall.core.resource;

import com.squareup.moshi.Types;
import dev.seawall.core.Api;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitState;
import dev.seawall.core.Waiter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The common part of every kind's service: the {@link ResourceService} vocabulary built from a
 * {@link WireKind} and a {@link Differ}, so that a kind's service holds only what is its own (the
 * create and update requests, and kind-specific operations). In the spirit of godo's private {@code
 * createAndDoReq}/{@code listHelper}: every public method of a subclass stays a few lines.
 *
 * <p>Subclasses provide {@link #differ()}, {@link #name(Object)}, {@link #create(Object)} (using
 * {@link #createWithLookup}) and {@link #change(Object, Object, Diff)}; they override {@link
 * #observe(Object)} when a name alone does not identify the resource (a volume is unique per name
 * and region), and {@link #observeById(String)} with it when observing completes the read model.
 * Thread-safe when the subclass is.
 *
 * @param <S> the spec
 * @param <M> the read model
 * @param <W> the internal wire record
 */
public abstract class AbstractResourceService<S, M, W> extends ConvergingService<S, M> {
  /** The client the service uses. */
  protected final DigitalOcean client;

  /** The client's API gateway. */
  protected final Api api;

  /** The client's waiter. */
  protected final Waiter waiter;

  /** The kind's wire description. */
  protected final WireKind<W, M> wire;

  /**
   * Creates the service.
   *
   * @param client the client
   * @param wire the kind's wire description
   */
  protected AbstractResourceService(DigitalOcean client, WireKind<W, M> wire) {
    this.client = Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
    this.wire = Objects.requireNonNull(wire, "wire");
  }

  /** By default the resource with the spec's name. */
  @Override
  public Optional<M> observe(S spec) {
    return find(name(spec));
  }

  /**
   * The resource with this id as {@link #update} diffs it; by default {@link #get}. A kind whose
   * {@link #observe(Object)} completes the read model with what the diff compares but the API
   * reports elsewhere (a load balancer's certificates by name) overrides both.
   *
   * @throws NotFoundException if there is no such resource
   */
  protected M observeById(String id) {
    return get(id);
  }

  @Override
  public String kind() {
    return wire.kind();
  }

  @Override
  public M get(String id) {
    return wire.toModel(getWire(id));
  }

  @Override
  public Optional<M> find(String name) {
    Objects.requireNonNull(name, "name");
    return findWire(name).map(wire::toModel);
  }

  /**
   * {@inheritDoc}
   *
   * <p>For a kind whose list operation does not page ({@link WireKind#paged()} is false), the one
   * response is sliced here: {@code total} is the number of resources and {@code next} names the
   * following slice ({@code <path>?page=<n+1>&per_page=<perPage>}) while resources remain.
   */
  @Override
  public Page<M> list(int page, int perPage) {
    ApiRequest request = request(wire.list()).build();
    if (!wire.paged()) {
      if (page < 1 || perPage < 1 || perPage > 200) {
        throw new IllegalArgumentException(
            "page must be at least 1 and perPage between 1 and 200, got " + page + ", " + perPage);
      }
      List<W> all = unpagedList(request);
      int from = (int) Math.min((long) (page - 1) * perPage, all.size());
      int to = Math.min(from + perPage, all.size());
      Optional<String> next =
          to < all.size()
              ? Optional.of(request.path() + "?page=" + (page + 1) + "&per_page=" + perPage)
              : Optional.empty();
      return new Page<>(
          all.subList(from, to).stream().map(wire::toModel).toList(), all.size(), next);
    }
    Page<W> wires = api.page(request, wire.listKey(), wire.wireType(), page, perPage);
    return new Page<>(
        wires.items().stream().map(wire::toModel).toList(), wires.total(), wires.next());
  }

  @Override
  public Stream<M> listAll() {
    return listAllWire().map(wire::toModel);
  }

  @Override
  public M update(String id, S spec) {
    Objects.requireNonNull(spec, "spec");
    M observed = observeById(id);
    return converge(observed, spec);
  }

  @Override
  public Deletion delete(String id) {
    Objects.requireNonNull(id, "id");
    ApiRequest request =
        request(
                wire.delete()
                    .orElseThrow(
                        () ->
                            new UnsupportedOperationException(
                                wire.kind() + " resources cannot be deleted by id")))
            .pathParam(wire.idParameter(), id)
            .build();
    try {
      api.send(request);
      return Deletion.DELETED;
    } catch (NotFoundException gone) {
      return Deletion.ALREADY_DELETED;
    }
  }

  // ----------------------------------------------------------------------------- for subclasses

  /**
   * Starts a request for one of the kind's operations. Every request the base class sends (get,
   * list, delete) starts here, so a kind that lives inside another resource (database users inside
   * a cluster) adds the parent's path parameter once by overriding it.
   */
  protected ApiRequest.Builder request(Operation operation) {
    return ApiRequest.of(operation);
  }

  /** Reads the wire record of one resource. */
  protected W getWire(String id) {
    return api.call(
        request(wire.get()).pathParam(wire.idParameter(), id).build(),
        wire.envelope(),
        wire.wireType());
  }

  /** Every wire record, lazily (one response for a kind whose list does not page). */
  protected Stream<W> listAllWire() {
    ApiRequest request = request(wire.list()).build();
    if (!wire.paged()) {
      return Stream.of(request).flatMap(r -> unpagedList(r).stream());
    }
    return api.listAll(request, wire.listKey(), wire.wireType(), wire::id);
  }

  private List<W> unpagedList(ApiRequest request) {
    return api.call(
        request, wire.listKey(), Types.newParameterizedType(List.class, wire.wireType()));
  }

  /**
   * The wire record with this name.
   *
   * @throws SeawallException if several resources have the name (the message lists their ids)
   */
  protected Optional<W> findWire(String name) {
    return single(listAllWire().filter(w -> name.equals(wire.name(w))).toList(), name);
  }

  /**
   * At most one of the candidates.
   *
   * @throws SeawallException if there are several; the message names them by id
   */
  protected Optional<W> single(List<W> candidates, String name) {
    if (candidates.size() > 1) {
      throw new SeawallException(
          candidates.size()
              + " "
              + wire.kind()
              + " resources are named '"
              + name
              + "' ("
              + String.join(", ", candidates.stream().map(wire::id).toList())
              + "); Seawall cannot tell which one is meant. Rename or delete the extra ones.");
    }
    return candidates.stream().findFirst();
  }

  /**
   * Sends a create and maps the answer. If the answer is lost or is a 5xx, the resource is looked
   * up ({@link #lookupWire}) with backoff for a bounded window and adopted when it appears; the
   * create is never sent twice (see {@link Api#create}).
   *
   * @throws dev.seawall.core.OutcomeUnknownException if the answer was lost and the resource did
   *     not appear; a re-run converges
   */
  protected M createWithLookup(ApiRequest request, S spec) {
    W created =
        api.create(
            request, wire.envelope(), wire.wireType(), subject(spec), () -> lookupWire(spec));
    return wire.toModel(created);
  }

  /** The resource a spec describes, for messages: {@code <kind> '<name>'}. */
  protected String subject(S spec) {
    return wire.kind() + " '" + name(spec) + "'";
  }

  /** The wire record a lost create of this spec would have made; by default by name. */
  protected Optional<W> lookupWire(S spec) {
    return findWire(name(spec));
  }

  /** Sends a request answering with one resource and maps it. */
  protected M call(ApiRequest request) {
    return wire.toModel(api.<W>call(request, wire.envelope(), wire.wireType()));
  }

  /**
   * Polls the resource until {@code state} says done (the one waiting helper of every kind).
   *
   * @param id the resource id
   * @param awaited what is awaited, for progress and messages, e.g. {@code "to be active"}
   * @param state classifies the resource
   * @param describe renders the resource for messages (no secrets)
   * @param timeout how long to wait at most
   */
  protected M await(
      String id,
      String awaited,
      Function<M, WaitState> state,
      Function<M, String> describe,
      Duration timeout) {
    return waiter.until(
        wire.kind() + " " + id + " " + awaited, () -> get(id), state, describe, timeout);
  }
}
