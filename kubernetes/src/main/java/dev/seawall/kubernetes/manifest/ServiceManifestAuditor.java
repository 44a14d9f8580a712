package dev.seawall.kubernetes.manifest;

import dev.seawall.core.policy.LocatedViolation;
import dev.seawall.core.policy.Location;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import dev.seawall.kubernetes.KubernetesRules;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Audits Kubernetes Service manifests (YAML, one or many documents, also {@code kind: List}) for
 * the DigitalOcean load balancers they ask for (SW-K8S-009). A Service of {@code type:
 * LoadBalancer} makes DigitalOcean's cloud controller create a load balancer configured by the
 * Service's {@code service.beta.kubernetes.io/do-loadbalancer-*} annotations; it is flagged when
 *
 * <ul>
 *   <li>it terminates no TLS: neither {@value #CERTIFICATE_ID} nor {@value #TLS_PASSTHROUGH} {@code
 *       "true"} is given (then every port forwards plain text), or
 *   <li>it terminates TLS, but a port of the Service is not a TLS port ({@value #TLS_PORTS} and
 *       {@value #HTTP2_PORTS}, 443 when neither names a port, every port when {@value #PROTOCOL} is
 *       {@code https} or {@code http2}) and {@value #REDIRECT_HTTP_TO_HTTPS} is not {@code "true"}:
 *       clients on that port talk plain HTTP.
 * </ul>
 *
 * Other kinds and Services of other types are ignored. Violations name {@code
 * service/<namespace>/<name>} ({@code default} when the manifest names no namespace). Reading a
 * file locates each finding at the line where the Service's document starts. Parsing composes YAML
 * nodes only (no objects are constructed) with SnakeYAML's default limits; an error message names
 * the line, never the manifest's text. Immutable and thread-safe.
 */
public final class ServiceManifestAuditor {
  private static final String PREFIX = "service.beta.kubernetes.io/do-loadbalancer-";

  /** {@value}: {@code tcp} (default), {@code http}, {@code https} or {@code http2}. */
  public static final String PROTOCOL = PREFIX + "protocol";

  /** {@value}: the id of a DigitalOcean certificate the load balancer terminates TLS with. */
  public static final String CERTIFICATE_ID = PREFIX + "certificate-id";

  /** {@value}: {@code "true"} passes TLS through to the nodes. */
  public static final String TLS_PASSTHROUGH = PREFIX + "tls-passthrough";

  /** {@value}: comma-separated ports that speak HTTPS (443 when a certificate is given). */
  public static final String TLS_PORTS = PREFIX + "tls-ports";

  /** {@value}: comma-separated ports that speak HTTP/2 over TLS. */
  public static final String HTTP2_PORTS = PREFIX + "http2-ports";

  /** {@value}: {@code "true"} redirects HTTP to HTTPS. */
  public static final String REDIRECT_HTTP_TO_HTTPS = PREFIX + "redirect-http-to-https";

  /** An auditor; it holds no state. */
  public ServiceManifestAuditor() {}

  /**
   * Audits manifests given as text.
   *
   * @param yaml one or more YAML documents
   * @return the violations, in the order of the documents
   * @throws IllegalArgumentException if the text is not YAML (the message names the line)
   */
  public List<Violation> audit(String yaml) {
    return auditLocated(yaml).stream().map(LocatedViolation::violation).toList();
  }

  /**
   * Audits manifests given as text, keeping each Service's line.
   *
   * @param yaml one or more YAML documents
   * @return the violations with their lines, in the order of the documents
   * @throws IllegalArgumentException if the text is not YAML (the message names the line)
   */
  public List<LocatedViolation> auditLocated(String yaml) {
    return read(new StringReader(Objects.requireNonNull(yaml, "yaml")), "the manifest");
  }

  /**
   * Audits a manifest file and adds its findings to a report, each located at {@link
   * Location#file(String, int)} of the Service's line.
   *
   * @param file the file to read (UTF-8)
   * @param reportedPath the path the report shows, relative to the scanned directory, e.g. {@code
   *     k8s/web.yaml}
   * @param report the report to add to
   * @return the violations added
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is not YAML (the message names file and line)
   */
  public List<LocatedViolation> auditFile(
      Path file, String reportedPath, PolicyReport.Builder report) {
    Objects.requireNonNull(reportedPath, "reportedPath");
    List<LocatedViolation> found;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      found = read(reader, reportedPath);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reportedPath + ": " + e.getMessage(), e);
    }
    for (LocatedViolation v : found) {
      report.add(v.violation(), Location.file(reportedPath, v.line()));
    }
    return found;
  }

  /**
   * Audits manifest files into a report of their findings.
   *
   * @param baseDirectory the directory paths in the report are relative to
   * @param files the manifest files
   * @return the report
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if a file is not YAML
   */
  public PolicyReport report(Path baseDirectory, List<Path> files) {
    PolicyReport.Builder report = PolicyReport.builder();
    Path base = baseDirectory.toAbsolutePath().normalize();
    for (Path file : files) {
      Path absolute = file.toAbsolutePath().normalize();
      String shown =
          absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
      auditFile(file, shown, report);
    }
    return report.build();
  }

  private List<LocatedViolation> read(Reader reader, String source) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<LocatedViolation> found = new ArrayList<>();
    try {
      for (Node document : yaml.composeAll(reader)) {
        if (document != null) {
          manifest(document, found);
        }
      }
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new IllegalArgumentException(
          source + " is not valid YAML at line " + line + ": " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + " is not valid YAML", e);
    }
    return found;
  }

  private void manifest(Node node, List<LocatedViolation> found) {
    if (!(node instanceof MappingNode mapping)) {
      return;
    }
    String kind = scalar(mapping, "kind").orElse("");
    if (kind.endsWith("List")) {
      child(mapping, "items")
          .filter(SequenceNode.class::isInstance)
          .map(SequenceNode.class::cast)
          .ifPresent(items -> items.getValue().forEach(item -> manifest(item, found)));
      return;
    }
    if (!kind.equals("Service")) {
      return;
    }
    Optional<MappingNode> spec = mapping(mapping, "spec");
    if (!spec.flatMap(s -> scalar(s, "type")).orElse("").equals("LoadBalancer")) {
      return;
    }
    Optional<MappingNode> metadata = mapping(mapping, "metadata");
    String name = metadata.flatMap(m -> scalar(m, "name")).orElse("(unnamed)");
    String namespace = metadata.flatMap(m -> scalar(m, "namespace")).orElse("default");
    Map<String, String> annotations =
        metadata.flatMap(m -> mapping(m, "annotations")).map(this::scalars).orElse(Map.of());
    String label = "service/" + namespace + "/" + name;
    int line = mapping.getStartMark().getLine() + 1;
    check(annotations, ports(spec.get()))
        .ifPresent(
            message ->
                found.add(
                    new LocatedViolation(
                        KubernetesRules.SW_K8S_009.violation(label, message), line)));
  }

  private static Optional<String> check(Map<String, String> annotations, Set<Integer> ports) {
    String certificate = annotations.getOrDefault(CERTIFICATE_ID, "").trim();
    boolean passthrough = isTrue(annotations.get(TLS_PASSTHROUGH));
    if (certificate.isEmpty() && !passthrough) {
      return Optional.of(
          "the Service asks for a DigitalOcean load balancer without TLS: every port"
              + (ports.isEmpty() ? "" : " " + ports)
              + " forwards plain text. Annotate it with "
              + CERTIFICATE_ID
              + " (or "
              + TLS_PASSTHROUGH
              + ": \"true\") and "
              + REDIRECT_HTTP_TO_HTTPS
              + ": \"true\"");
    }
    String protocol = annotations.getOrDefault(PROTOCOL, "tcp").trim().toLowerCase(Locale.ROOT);
    if (protocol.equals("https") || protocol.equals("http2")) {
      return Optional.empty();
    }
    Set<Integer> tls = new TreeSet<>(portList(annotations.get(TLS_PORTS)));
    Set<Integer> http2 = portList(annotations.get(HTTP2_PORTS));
    if (tls.isEmpty() && !http2.contains(443)) {
      tls.add(443);
    }
    tls.addAll(http2);
    Set<Integer> plain = new TreeSet<>(ports);
    plain.removeAll(tls);
    if (plain.isEmpty() || isTrue(annotations.get(REDIRECT_HTTP_TO_HTTPS))) {
      return Optional.empty();
    }
    return Optional.of(
        "the load balancer terminates TLS on "
            + tls
            + " but port(s) "
            + plain
            + " serve plain text without a redirect to HTTPS. Annotate it with "
            + REDIRECT_HTTP_TO_HTTPS
            + ": \"true\" (or drop the plain ports)");
  }

  private static boolean isTrue(@Nullable String value) {
    return value != null && value.trim().equalsIgnoreCase("true");
  }

  private static Set<Integer> portList(@Nullable String value) {
    Set<Integer> ports = new TreeSet<>();
    if (value == null) {
      return ports;
    }
    for (String part : value.split(",")) {
      parsePort(part).ifPresent(ports::add);
    }
    return ports;
  }

  private static Optional<Integer> parsePort(String text) {
    try {
      return Optional.of(Integer.parseInt(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Set<Integer> ports(MappingNode spec) {
    Set<Integer> ports = new TreeSet<>();
    child(spec, "ports")
        .filter(SequenceNode.class::isInstance)
        .map(SequenceNode.class::cast)
        .ifPresent(
            list -> {
              for (Node port : list.getValue()) {
                if (port instanceof MappingNode m) {
                  scalar(m, "port")
                      .flatMap(ServiceManifestAuditor::parsePort)
                      .ifPresent(ports::add);
                }
              }
            });
    return ports;
  }

  private Map<String, String> scalars(MappingNode mapping) {
    Map<String, String> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key
          && tuple.getValueNode() instanceof ScalarNode value) {
        values.put(key.getValue(), value.getValue());
      }
    }
    return values;
  }

  private static Optional<Node> child(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return Optional.of(tuple.getValueNode());
      }
    }
    return Optional.empty();
  }

  private static Optional<MappingNode> mapping(MappingNode mapping, String key) {
    return child(mapping, key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
  }

  private static Optional<String> scalar(MappingNode mapping, String key) {
    return child(mapping, key)
        .filter(ScalarNode.class::isInstance)
        .map(n -> ((ScalarNode) n).getValue());
  }
}
