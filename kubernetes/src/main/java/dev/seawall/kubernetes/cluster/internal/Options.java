package dev.seawall.kubernetes.cluster.internal;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * The answer of {@code kubernetes_list_options}, the versions only.
 *
 * @param versions the versions offered for new clusters
 */
public record Options(List<VersionOption> versions) {

  /**
   * A version, as {@code kubernetes_list_options} and {@code kubernetes_get_availableUpgrades}
   * write it.
   *
   * @param slug e.g. {@code 1.31.1-do.0}
   * @param kubernetesVersion e.g. {@code 1.31.1}
   */
  public record VersionOption(
      String slug, @Json(name = "kubernetes_version") String kubernetesVersion) {}
}
