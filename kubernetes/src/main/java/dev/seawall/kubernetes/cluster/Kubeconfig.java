package dev.seawall.kubernetes.cluster;

import dev.seawall.core.io.OwnerOnlyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Short-lived credentials of one cluster, as a kubeconfig: fetched only when asked ({@link
 * KubernetesClusterService#kubeconfig}), with an expiry. The token is a secret: {@link #toString()}
 * shows only the cluster, server and expiry; {@link #writeTo(Path)} writes an owner-only file.
 * Immutable.
 */
public final class Kubeconfig {
  private final String clusterName;
  private final String server;
  private final String certificateAuthorityData;
  private final String token;
  private final @Nullable String clientCertificateData;
  private final @Nullable String clientKeyData;
  private final Instant expiresAt;

  /**
   * Creates the credentials; normally {@link KubernetesClusterService#kubeconfig} does.
   *
   * @param clusterName the cluster's name, used for the kubeconfig's names
   * @param server the Kubernetes API's URL
   * @param certificateAuthorityData the cluster CA, base64 PEM
   * @param token the bearer token (secret)
   * @param clientCertificateData a client certificate, base64 PEM, or null
   * @param clientKeyData its key (secret), or null
   * @param expiresAt when the credentials expire
   */
  public Kubeconfig(
      String clusterName,
      String server,
      String certificateAuthorityData,
      String token,
      @Nullable String clientCertificateData,
      @Nullable String clientKeyData,
      Instant expiresAt) {
    this.clusterName = Objects.requireNonNull(clusterName, "clusterName");
    this.server = Objects.requireNonNull(server, "server");
    this.certificateAuthorityData =
        Objects.requireNonNull(certificateAuthorityData, "certificateAuthorityData");
    this.token = Objects.requireNonNull(token, "token");
    this.clientCertificateData = clientCertificateData;
    this.clientKeyData = clientKeyData;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The cluster's name. */
  public String clusterName() {
    return clusterName;
  }

  /** The Kubernetes API's URL. */
  public String server() {
    return server;
  }

  /** When the credentials expire. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The kubeconfig document (YAML), secrets included: hand it to a Kubernetes client or write it
   * with {@link #writeTo(Path)}; never log it.
   */
  public String yaml() {
    String name = "do-" + clusterName;
    Map<String, Object> user = new LinkedHashMap<>();
    if (!token.isEmpty()) {
      user.put("token", token);
    }
    if (clientCertificateData != null && clientKeyData != null) {
      user.put("client-certificate-data", clientCertificateData);
      user.put("client-key-data", clientKeyData);
    }
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("certificate-authority-data", certificateAuthorityData);
    cluster.put("server", server);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("apiVersion", "v1");
    root.put("kind", "Config");
    root.put("clusters", List.of(Map.of("name", name, "cluster", cluster)));
    root.put(
        "contexts",
        List.of(Map.of("name", name, "context", Map.of("cluster", name, "user", name + "-admin"))));
    root.put("current-context", name);
    root.put("users", List.of(Map.of("name", name + "-admin", "user", user)));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return "# expires " + expiresAt + "\n" + new Yaml(options).dump(root);
  }

  /**
   * Writes the kubeconfig to {@code target}, readable and writable by its owner only, created with
   * those permissions and moved into place atomically.
   *
   * @return the absolute path written
   * @throws java.io.UncheckedIOException if writing fails
   */
  public Path writeTo(Path target) {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent != null) {
      OwnerOnlyFiles.directory(parent);
    }
    return OwnerOnlyFiles.write(absolute, yaml().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code Kubeconfig[cluster=prod, server=https://..., expiresAt=..., token=(sensitive)]}. */
  @Override
  public String toString() {
    return "Kubeconfig[cluster="
        + clusterName
        + ", server="
        + server
        + ", expiresAt="
        + expiresAt
        + ", token=(sensitive)]";
  }
}
