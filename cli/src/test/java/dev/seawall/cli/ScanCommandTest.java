package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code seawall scan} over a repository written per test: an insecure and a secure Functions
 * project, a Service manifest without TLS and one with, and files the walk must skip.
 */
class ScanCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A DigitalOcean-token-shaped literal, new for every run, that no output may contain. */
  private static final String SECRET =
      "dop_v1_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));

  private static final String INSECURE_PROJECT =
      """
      packages:
        - name: api
          functions:
            - name: hello
              runtime: nodejs:18
              web: raw
              environment:
                API_TOKEN: %s
      """
          .formatted(SECRET);

  private static final String SECURE_PROJECT =
      """
      packages:
        - name: jobs
          functions:
            - name: nightly
              runtime: nodejs:18
              web: false
              environment:
                API_TOKEN: ${API_TOKEN}
      """;

  /** A Deployment (ignored) and, in the second document from line 6, a Service without TLS. */
  private static final String PLAIN_SERVICE =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
        namespace: shop
      spec:
        type: LoadBalancer
        ports:
          - port: 80
      """;

  private static final String TLS_SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata:
        name: api
        annotations:
          service.beta.kubernetes.io/do-loadbalancer-certificate-id: "0c8e3bcc-1f2d-4a1e-9d0b-5d1f3c2a7b11"
          service.beta.kubernetes.io/do-loadbalancer-redirect-http-to-https: "true"
      spec:
        type: LoadBalancer
        ports:
          - port: 80
          - port: 443
      """;

  @TempDir Path repo;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void writeRepository() throws IOException {
    write("functions/project.yml", INSECURE_PROJECT);
    write("jobs/project.yaml", SECURE_PROJECT);
    write("k8s/web.yaml", PLAIN_SERVICE);
    write("k8s/api.yml", TLS_SERVICE);
    write("k8s/README.md", "not: [yaml");
    // Skipped by the walk: none of these is read, so their broken YAML does not matter.
    write("node_modules/pkg/broken.yaml", "a: [");
    write("target/broken.yml", "a: [");
    write(".git/broken.yml", "a: [");
    write("chart/Chart.yaml", "apiVersion: v2\nname: web\nversion: 0.1.0\n");
    write("chart/templates/service.yaml", "{{- if .Values.service }}\nkind: Service\n{{- end }}\n");
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--source-dir", repo.toString()));
    return SeawallCli.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private JsonNode json(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--fail-on", "none"));
    assertThat(run(all.toArray(String[]::new))).as(err.toString()).isEqualTo(SeawallCli.OK);
    return MAPPER.readTree(out.toString());
  }

  /** Each finding as {@code RULE location:line resource [accepted]}. */
  private static List<String> findings(JsonNode report) {
    List<String> found = new ArrayList<>();
    for (JsonNode f : report.at("/findings")) {
      found.add(
          f.get("ruleId").asText()
              + " "
              + f.get("location").asText()
              + ":"
              + f.get("line").asInt()
              + " "
              + f.get("resource").asText()
              + (f.get("acknowledged").asBoolean() ? " accepted" : ""));
    }
    return found;
  }

  @Test
  void scan_whenARepository_reportsExactlyTheInsecureFilesFindingsAtTheirLines()
      throws IOException {
    JsonNode report = json("scan", repo.toString());

    String fn = "functions/project.yml#functions_project.packages.api.hello";
    assertThat(findings(report))
        .containsExactlyInAnyOrder(
            "SW-FN-001 functions/project.yml:6 " + fn + ".web",
            "SW-FN-002 functions/project.yml:4 " + fn + ".webSecure",
            "SW-FN-003 functions/project.yml:6 " + fn + ".web",
            "SW-FN-005 functions/project.yml:8 " + fn + ".environment.API_TOKEN",
            "SW-K8S-009 k8s/web.yaml:6 k8s/web.yaml#service/shop/web");
    assertThat(err.toString())
        .contains("Scanned 5 files: 2 Functions projects, 3 Kubernetes manifest files.")
        .contains("chart/templates: Helm chart templates skipped");
  }

  @Test
  void scan_whenOnlySecureFilesAreNamed_reportsNothingAndExitsZero() {
    int code =
        run(
            "scan",
            repo.resolve("jobs").toString(),
            repo.resolve("k8s/api.yml").toString(),
            "--fail-on",
            "note");

    assertThat(code).as(err.toString()).isEqualTo(SeawallCli.OK);
    assertThat(out.toString()).contains("No findings.");
  }

  @Test
  void scan_failOn_exitsFourOnOpenFindingsUnlessNone() {
    assertThat(run("scan", repo.toString())).isEqualTo(SeawallCli.FINDINGS);
    assertThat(run("scan", repo.resolve("k8s").toString(), "--fail-on", "warning"))
        .isEqualTo(SeawallCli.FINDINGS);
    assertThat(run("scan", repo.toString(), "--fail-on", "none")).isEqualTo(SeawallCli.OK);
  }

  @Test
  void scan_sarif_isAcceptedByCodeScanningWithRepositoryRelativeLocations() throws IOException {
    Path sarif = repo.resolve("out/seawall.sarif");

    int code = run("scan", repo.toString(), "--format", "sarif", "--output", sarif.toString());

    assertThat(code).isEqualTo(SeawallCli.FINDINGS);
    assertThat(out.toString()).isEmpty();
    JsonNode log = MAPPER.readTree(Files.readString(sarif));
    CodeScanningSarif.assertAccepted(log, "seawall scan");
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(5);
    List<String> fingerprints = new ArrayList<>();
    for (JsonNode result : results) {
      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
      assertThat(Files.isRegularFile(repo.resolve(physical.at("/artifactLocation/uri").asText())))
          .isTrue();
      assertThat(physical.at("/region/startLine").asInt()).isPositive();
      fingerprints.add(result.at("/partialFingerprints/seawall~1v1").asText());
    }
    assertThat(fingerprints).doesNotHaveDuplicates();
  }

  @Test
  void scan_whenAFileIsNotYamlOrNotUtf8_exitsThreeNamingTheFile() throws IOException {
    write("k8s/broken.yaml", "apiVersion: v1\nkind: Service\nmetadata: [name\n");

    assertThat(run("scan", repo.toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("seawall: k8s/broken.yaml is not valid YAML at line 4");
    assertThat(out.toString()).isEmpty();

    Files.write(repo.resolve("k8s/latin1.yml"), new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});
    assertThat(run("scan", repo.resolve("k8s/latin1.yml").toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("seawall: k8s/latin1.yml");
  }

  @Test
  void scan_whenAPathIsMissingOrOutsideTheSourceDir_exitsThree(@TempDir Path elsewhere) {
    assertThat(run("scan", repo.resolve("missing").toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("no such file or directory");

    assertThat(run("scan", elsewhere.toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("is outside the source directory");
  }

  @Test
  void scan_whenAnAcceptCommentIsRightAboveAFinding_reportsItAcceptedThereOnly()
      throws IOException {
    // The same Service in a second file (an overlay): accepting one must not accept the other.
    write(
        "k8s/staging/web.yaml",
        "# seawall:accept SW-K8S-009 OPS-7: staging is reached over the VPN only\n"
            + PLAIN_SERVICE.replace("---\n", "---\n# seawall:accept SW-K8S-009 OPS-7: VPN only\n")
            + "# seawall:accept SW-FN-001\n");

    JsonNode report = json("scan", repo.resolve("k8s").toString());

    assertThat(findings(report))
        .containsExactlyInAnyOrder(
            "SW-K8S-009 k8s/web.yaml:6 k8s/web.yaml#service/shop/web",
            "SW-K8S-009 k8s/staging/web.yaml:8 k8s/staging/web.yaml#service/shop/web accepted");
    assertThat(report.at("/findings").findValuesAsText("justification"))
        .contains("OPS-7: VPN only");
    assertThat(err.toString())
        .contains(
            "k8s/staging/web.yaml:1: seawall:accept SW-K8S-009 is not right above a SW-K8S-009"
                + " finding; ignored")
        .contains("k8s/staging/web.yaml:17: seawall:accept SW-FN-001 needs a justification");
  }

  @Test
  void scan_whenEveryErrorIsAccepted_exitsZeroAndSarifSuppressesThem() throws IOException {
    write(
        "k8s/web.yaml",
        PLAIN_SERVICE.replace(
            "---\n", "---\n# a comment of its own\n# seawall:accept SW-K8S-009 OPS-7: VPN only\n"));

    int code = run("scan", repo.resolve("k8s").toString(), "--format", "sarif");

    assertThat(code).as(err.toString()).isEqualTo(SeawallCli.OK);
    JsonNode log = MAPPER.readTree(out.toString());
    CodeScanningSarif.assertAccepted(log, "seawall scan, accepted");
    assertThat(log.at("/runs/0/results/0/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(log.at("/runs/0/results/0/suppressions/0/justification").asText())
        .isEqualTo("OPS-7: VPN only");
  }

  @Test
  void scan_neverPrintsTheSecretLiteralOfAProjectYml() throws IOException {
    for (String format : List.of("table", "json", "sarif")) {
      run("scan", repo.toString(), "--format", format, "-B");
      assertThat(out.toString()).as(format).contains("API_TOKEN");
    }
    write("broken/project.yml", "packages:\n  - name: x\n    environment: {K: " + SECRET + "\n");
    assertThat(run("scan", repo.resolve("broken").toString())).isEqualTo(SeawallCli.INPUT);
    assertThat(err.toString()).contains("broken/project.yml is not valid YAML at line");

    assertThat(out.toString()).doesNotContain(SECRET).doesNotContain(SECRET.substring(7, 20));
    assertThat(err.toString()).doesNotContain(SECRET).doesNotContain(SECRET.substring(7, 20));
  }

  @Test
  void help_describesScanAndItsReportOptions() {
    assertThat(SeawallCli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err)))
        .isZero();
    assertThat(out.toString()).contains("scan");
    assertThat(run("scan", "--help")).isZero();
    assertThat(out.toString())
        .contains("FILE_OR_DIR", "--source-dir", "--format", "--fail-on", "seawall:accept");
  }
}
