package dev.seawall.spaces.internal;

import dev.seawall.core.resource.ConvergingService;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.spaces.SpacesNotFoundException;
import java.util.Objects;

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
abstract class S3ResourceService<S, M> extends ConvergingService<S, M> {

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
                        kind() + " '" + id + "' does not exist; create it with apply(spec)",
                        "NotFound",
                        ""));
    return converge(observed, spec);
  }
}
