package dev.seawall.core.resource;

import dev.seawall.core.ApiException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Page;
import dev.seawall.core.TransportException;
import dev.seawall.core.policy.InvalidSpecException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one vocabulary of every resource kind's service. Each kind's service (VPCs, firewalls,
 * droplets, volumes, database clusters, buckets, ...) implements it, documents per method the
 * operation it calls and the token scope it needs, and may add kind-specific operations (attach a
 * volume, add droplets to a firewall) on top.
 *
 * <ul>
 *   <li>{@link #get}: read one resource by its id; {@link NotFoundException} if there is none.
 *   <li>{@link #find}: look a resource up by name; empty if there is none.
 *   <li>{@link #list}: one page; {@link #listAll}: every resource as a lazy stream of pages.
 *   <li>{@link #create}: a plain create. A create whose answer is lost is never blindly resent: the
 *       resource is looked up first.
 *   <li>{@link #apply}: converge. Creates the resource if it does not exist, changes in place the
 *       fields that differ, and sends nothing when nothing differs; returns the {@link Diff} it
 *       applied. Refuses a change that cannot be made ({@link RefusedChangeException}) before
 *       anything is sent.
 *   <li>{@link #update}: apply a spec to the resource with this id.
 *   <li>{@link #delete}: idempotent; a resource that is already gone counts as deleted.
 *   <li>{@link #observe} and {@link #diff}: the existing resource a spec describes and what {@link
 *       #apply} would change, with read-only requests.
 * </ul>
 *
 * Every method throws {@link ApiException} subclasses for API errors and {@link TransportException}
 * for network failures; methods taking a spec throw {@link InvalidSpecException} before anything is
 * sent if the spec is invalid.
 *
 * @param <S> the spec (desired state)
 * @param <M> the read model (observed state)
 */
public interface ResourceService<S, M> {

  /** The resource kind, lower snake case, e.g. {@code vpc} or {@code load_balancer}. */
  String kind();

  /**
   * Reads one resource.
   *
   * @param id the resource's id (UUID, number or name, as the kind uses)
   * @throws NotFoundException if there is no such resource
   */
  M get(String id);

  /** The resource with this name, if any. */
  Optional<M> find(String name);

  /**
   * One page of the account's resources of this kind.
   *
   * @param page 1-based page number
   * @param perPage items per page, 1..200
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is out of range
   */
  Page<M> list(int page, int perPage);

  /** Every resource of this kind, as a lazy stream fetching pages of 200 on demand. */
  Stream<M> listAll();

  /** Creates the resource the spec describes and waits until it is usable. */
  M create(S spec);

  /**
   * Converges: creates the resource if it does not exist, otherwise changes in place what differs.
   *
   * @return the resource and the diff applied ({@link Diff.Action#NONE} when nothing was sent)
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  Applied<M> apply(S spec);

  /**
   * Converges from a state read moments ago instead of reading it again: what {@link
   * #apply(Object)} does after its {@link #observe}. A stack applying its live plan calls this with
   * what the plan read (see {@code dev.seawall.core.stack.Observation}); anyone else calls {@link
   * #apply(Object)}.
   *
   * @param observed what {@link #observe} returned for this spec, moments ago
   * @return the resource and the diff applied ({@link Diff.Action#NONE} when nothing was sent)
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  Applied<M> apply(S spec, Optional<M> observed);

  /**
   * Changes the resource with this id to match the spec.
   *
   * @throws NotFoundException if there is no such resource
   * @throws RefusedChangeException if a change cannot be made; nothing is sent
   */
  M update(String id, S spec);

  /**
   * Deletes the resource; idempotent.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} when it did not exist
   */
  Deletion delete(String id);

  /**
   * The existing resource the spec describes, found by the kind's identity (its name; for a volume,
   * name and region), with read-only requests.
   *
   * @return the resource, or empty if there is none
   */
  Optional<M> observe(S spec);

  /**
   * What applying the spec to {@code observed} would change; sends nothing.
   *
   * @param observed the existing resource, or empty when there is none ({@link Diff.Action#CREATE})
   */
  Diff diff(S spec, Optional<M> observed);

  /**
   * What {@link #apply} would change, reading the current state with read-only requests.
   *
   * @return the diff against the existing resource, or {@link Diff.Action#CREATE} if there is none
   */
  default Diff diff(S spec) {
    return diff(spec, observe(spec));
  }
}
