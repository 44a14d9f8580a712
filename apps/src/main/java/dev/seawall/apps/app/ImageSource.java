package dev.seawall.apps.app;

import java.util.Objects;

/**
 * A container image ({@code image}): from DigitalOcean Container Registry ({@code DOCR}, the
 * default), Docker Hub or GHCR. Registry credentials are not supported: use DOCR, which needs none.
 *
 * @param registryType {@code DOCR}, {@code DOCKER_HUB} or {@code GHCR}
 * @param registry the registry name; empty for DOCR
 * @param repository the repository, e.g. {@code api}
 * @param tag the tag; empty when {@code digest} is set
 * @param digest the digest, e.g. {@code sha256:...}; empty when {@code tag} is set
 */
public record ImageSource(
    String registryType, String registry, String repository, String tag, String digest)
    implements Source {
  /** Validates the components. */
  public ImageSource {
    Objects.requireNonNull(registryType, "registryType");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(digest, "digest");
  }

  /** An image of the account's DigitalOcean Container Registry, pinned by digest. */
  public static ImageSource docrDigest(String repository, String digest) {
    return new ImageSource("DOCR", "", repository, "", digest);
  }

  /** An image of the account's DigitalOcean Container Registry, by tag. */
  public static ImageSource docr(String repository, String tag) {
    return new ImageSource("DOCR", "", repository, tag, "");
  }

  @Override
  public String toString() {
    return "image "
        + registryType
        + (registry.isEmpty() ? "" : " " + registry)
        + " "
        + repository
        + (digest.isEmpty() ? ":" + tag : "@" + digest);
  }
}
