package dev.seawall.core.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * The converging half of the {@link ResourceService} vocabulary, the same for every kind whatever
 * API serves it: {@link #diff}, {@link #apply} and the diff-and-change step of {@link #update},
 * built from the kind's {@link Differ}. {@link AbstractResourceService} extends it for the
 * DigitalOcean API; the Spaces kinds (buckets, objects, served over S3) extend it directly.
 *
 * @param <S> the spec
 * @param <M> the read model
 */
public abstract class ConvergingService<S, M> implements ResourceService<S, M> {

  /** For subclasses. */
  protected ConvergingService() {}

  /** The kind's field table. */
  protected abstract Differ<S, M> differ();

  /** The name the spec gives the resource. */
  protected abstract String name(S spec);

  /**
   * Makes an existing resource match the spec; called by {@link #apply} and {@link #update} with a
   * diff of action {@link Diff.Action#UPDATE}.
   *
   * @param observed the resource as it is
   * @param spec the desired state
   * @param diff the changes to make
   * @return the resource afterwards
   */
  protected abstract M change(M observed, S spec, Diff diff);

  /** How a resource is named in messages, e.g. {@code vpc 'prod'}. */
  protected String describe(M observed, S spec) {
    return kind() + " '" + name(spec) + "'";
  }

  @Override
  public Diff diff(S spec, Optional<M> observed) {
    Objects.requireNonNull(spec, "spec");
    return differ().diff(spec, observed);
  }

  @Override
  public Applied<M> apply(S spec) {
    Objects.requireNonNull(spec, "spec");
    return apply(spec, observe(spec));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A kind that waits after converging (until a droplet is active, a cluster online) overrides
   * this method, so that {@link #apply(Object)} and a stack's apply wait alike.
   */
  @Override
  public Applied<M> apply(S spec, Optional<M> observed) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(observed, "observed");
    Diff diff = differ().diff(spec, observed);
    if (observed.isEmpty()) {
      return new Applied<>(create(spec), diff);
    }
    return new Applied<>(converge(observed.get(), spec, diff), diff);
  }

  /**
   * Brings an existing resource in line with the spec: nothing for no change, {@link #change} for
   * an update in place, {@link RefusedChangeException} (nothing sent) for a refused change.
   */
  protected M converge(M observed, S spec) {
    return converge(observed, spec, differ().diff(spec, observed));
  }

  private M converge(M observed, S spec, Diff diff) {
    return switch (diff.action()) {
      case NONE -> observed;
      case UPDATE -> change(observed, spec, diff);
      case REFUSED -> throw new RefusedChangeException(describe(observed, spec), diff);
      case CREATE -> throw new IllegalStateException("an existing resource is never created");
    };
  }
}
