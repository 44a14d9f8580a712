package dev.seawall.spaces.internal;

import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.spaces.SpacesNotFoundException;
import java.util.Objects;
import java.util.Optional;

/**
 * The common part of the services of the kinds Spaces serves over the S3 API (buckets, objects):
 * the converging half of the {@link ResourceService} vocabulary ({@code diff}, {@code apply},
 * {@code update}) built from a {@link Differ}, in the manner of core's {@code
 * AbstractResourceService} for the DigitalOcean API. S3 knows no ids besides names, so a resource's
 * id is its name (a bucket name, an object key) and {@link #update} takes the spec's own name.
 *
 * @param <S> the spec
 * @param <M> the read model
 */
abstract class S3ResourceService<S, M> implements ResourceService<S, M> {

  /** The kind's field table. */
  protected abstract Differ<S, M> differ();

  /** The name the spec gives the resource (its id). */
  protected abstract String name(S spec);

  /**
   * Makes an existing resource match the spec; called with a diff of action {@link
   * Diff.Action#UPDATE}.
   *
   * @return the resource afterwards
   */
  protected abstract M change(M observed, S spec, Diff diff);

  /** How the resource is named in messages, e.g. {@code bucket 'acme-invoices'}. */
  protected String describe(S spec) {
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
    Optional<M> observed = observe(spec);
    Diff diff = differ().diff(spec, observed);
    return switch (diff.action()) {
      case CREATE -> new Applied<>(create(spec), diff);
      case NONE -> new Applied<>(observed.orElseThrow(), diff);
      case UPDATE -> new Applied<>(change(observed.orElseThrow(), spec, diff), diff);
      case REFUSED -> throw new RefusedChangeException(describe(spec), diff);
    };
  }

  /**
   * Changes the existing resource named {@code id} to match the spec, which must name it.
   *
   * @throws IllegalArgumentException if the spec names another resource; nothing is sent
   * @throws SpacesNotFoundException if there is no such resource
   */
  @Override
  public M update(String id, S spec) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(spec, "spec");
    if (!id.equals(name(spec))) {
      throw new IllegalArgumentException(
          kind()
              + " ids are names: update '"
              + id
              + "' with a spec of that name (the spec names '"
              + name(spec)
              + "'); nothing was sent");
    }
    M observed =
        observe(spec)
            .orElseThrow(
                () ->
                    new SpacesNotFoundException(
                        describe(spec) + " does not exist; create it with apply(spec)",
                        "NotFound",
                        ""));
    Diff diff = differ().diff(spec, observed);
    return switch (diff.action()) {
      case NONE -> observed;
      case UPDATE -> change(observed, spec, diff);
      case REFUSED -> throw new RefusedChangeException(describe(spec), diff);
      case CREATE -> throw new IllegalStateException("an existing resource is never created");
    };
  }
}
