package dev.seawall.kubernetes.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Finding;
import dev.seawall.core.policy.LocatedViolation;
import dev.seawall.core.policy.Location;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceManifestAuditorTest {
  private final ServiceManifestAuditor auditor = new ServiceManifestAuditor();

  private static String service(String name, String annotations, String type, String... ports) {
    StringBuilder yaml =
        new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\n");
    if (!annotations.isEmpty()) {
      yaml.append("  annotations:\n");
      for (String line : annotations.split("\n")) {
        yaml.append("    service.beta.kubernetes.io/do-loadbalancer-").append(line).append('\n');
      }
    }
    yaml.append("spec:\n  type: ").append(type).append("\n  ports:\n");
    for (String port : ports) {
      yaml.append("    - port: ").append(port).append('\n');
    }
    return yaml.toString();
  }

  private List<String> ruleIds(String yaml) {
    return auditor.audit(yaml).stream().map(Violation::ruleId).toList();
  }

  @Test
  void loadBalancerWithoutAnyTlsAnnotationIsFlagged() {
    List<Violation> found = auditor.audit(service("web", "", "LoadBalancer", "80"));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).ruleId()).isEqualTo("SW-K8S-009");
    assertThat(found.get(0).resource()).isEqualTo("service/default/web");
    assertThat(found.get(0).message())
        .contains("without TLS")
        .contains("[80]")
        .contains(ServiceManifestAuditor.CERTIFICATE_ID);
  }

  @Test
  void httpsProtocolWithoutCertificateOrPassthroughIsFlagged() {
    assertThat(ruleIds(service("web", "protocol: \"https\"", "LoadBalancer", "443")))
        .containsExactly("SW-K8S-009");
  }

  @Test
  void passthroughTrueIsTlsButFalseIsNot() {
    assertThat(ruleIds(service("web", "tls-passthrough: \"true\"", "LoadBalancer", "443")))
        .isEmpty();
    assertThat(ruleIds(service("web", "tls-passthrough: \"false\"", "LoadBalancer", "443")))
        .containsExactly("SW-K8S-009");
  }

  @Test
  void certificateWithAPlainPortNeedsTheRedirect() {
    String annotations = "certificate-id: \"c019bbf4\"\ntls-ports: \"443\"";
    List<Violation> found = auditor.audit(service("web", annotations, "LoadBalancer", "80", "443"));
    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("SW-K8S-009");
              assertThat(v.message()).contains("[80]").contains("redirect");
            });

    assertThat(
            ruleIds(
                service(
                    "web",
                    annotations + "\nredirect-http-to-https: \"true\"",
                    "LoadBalancer",
                    "80",
                    "443")))
        .isEmpty();
  }

  @Test
  void certificateWithoutTlsPortsMeans443AndOnlyTlsPortsNeedNoRedirect() {
    assertThat(ruleIds(service("web", "certificate-id: \"c019bbf4\"", "LoadBalancer", "443")))
        .isEmpty();
    assertThat(ruleIds(service("web", "certificate-id: \"c019bbf4\"", "LoadBalancer", "8443")))
        .containsExactly("SW-K8S-009");
    assertThat(
            ruleIds(
                service(
                    "web",
                    "certificate-id: \"c019bbf4\"\nhttp2-ports: \"8443\"",
                    "LoadBalancer",
                    "8443")))
        .isEmpty();
  }

  @Test
  void servicesOfOtherTypesAndOtherKindsAreIgnored() {
    assertThat(auditor.audit(service("web", "", "ClusterIP", "80"))).isEmpty();
    assertThat(auditor.audit(service("web", "", "NodePort", "80"))).isEmpty();
    assertThat(
            auditor.audit(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                    + "spec:\n  type: LoadBalancer\n"))
        .isEmpty();
    assertThat(auditor.audit("")).isEmpty();
    assertThat(auditor.audit("---\n---\n")).isEmpty();
  }

  @Test
  void servicesInsideAListAreAudited() {
    String list =
        "apiVersion: v1\nkind: List\nitems:\n"
            + "  - apiVersion: v1\n    kind: Service\n    metadata:\n      name: web\n"
            + "      namespace: prod\n    spec:\n      type: LoadBalancer\n"
            + "      ports:\n        - port: 80\n";
    assertThat(auditor.audit(list))
        .extracting(Violation::resource)
        .containsExactly("service/prod/web");
  }

  @Test
  void multiDocumentFileReportsEachInsecureServiceOnceAtItsLine(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("k8s").resolve("services.yaml");
    Files.createDirectories(file.getParent());
    Files.copy(resource("manifests/services.yaml"), file);

    PolicyReport report = auditor.report(dir, List.of(file));

    assertThat(report.findings())
        .extracting(Finding::resource, Finding::ruleId, Finding::location)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "service/default/plain-http", "SW-K8S-009", Location.file("k8s/services.yaml", 24)),
            org.assertj.core.groups.Tuple.tuple(
                "service/shop/tls-without-redirect",
                "SW-K8S-009",
                Location.file("k8s/services.yaml", 52)));
    assertThat(Files.readAllLines(file).get(23)).isEqualTo("apiVersion: v1");
    assertThat(Files.readAllLines(file).get(54)).contains("name: tls-without-redirect");
  }

  @Test
  void auditFileAddsToAGivenReportUnderTheShownPath() throws Exception {
    PolicyReport.Builder report = PolicyReport.builder();
    List<LocatedViolation> found =
        auditor.auditFile(resource("manifests/services.yaml"), "deploy\\services.yaml", report);

    assertThat(found).extracting(LocatedViolation::line).containsExactly(24, 52);
    assertThat(report.build().findings())
        .extracting(f -> f.location().toString())
        .containsExactlyInAnyOrder("deploy/services.yaml:24", "deploy/services.yaml:52");
  }

  @Test
  void invalidYamlNamesTheLineButNotTheText() {
    String yaml = "apiVersion: v1\nkind: Service\nmetadata: [secret-value-here\n";
    assertThatThrownBy(() -> auditor.audit(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid YAML at line")
        .hasMessageNotContaining("secret-value-here");
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ServiceManifestAuditorTest.class.getClassLoader().getResource(name).toURI());
  }
}
