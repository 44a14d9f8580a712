package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.Catalog;
import dev.seawall.databases.DatabasesOperations;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.fakes.FakeDomains;
import dev.seawall.testkit.fakes.FakeProjects;
import dev.seawall.volumes.VolumesOperations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link HardenedStack} in embedded mode against one in-process fake DigitalOcean and one
 * embedded S3 server: first {@code --plan-only}, then apply, then apply again; the assertions read
 * the printed output, the report files and the fake's call log.
 */
class HardenedStackEndToEndTest {
  private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** Every operation that creates something (or attaches, which changes state). */
  private static final List<Operation> CREATES =
      List.of(
          NetworkingOperations.TAGS_CREATE,
          NetworkingOperations.VPCS_CREATE,
          NetworkingOperations.CERTIFICATES_CREATE,
          ComputeOperations.SSH_KEYS_CREATE,
          NetworkingOperations.LOAD_BALANCERS_CREATE,
          NetworkingOperations.FIREWALLS_CREATE,
          ComputeOperations.DROPLETS_CREATE,
          VolumesOperations.VOLUMES_CREATE,
          VolumesOperations.VOLUME_ACTIONS_POST_BY_ID,
          DatabasesOperations.DATABASES_CREATE_CLUSTER,
          DatabasesOperations.DATABASES_ADD_USER,
          SpacesOperations.SPACES_KEY_CREATE);

  /** The region the sample uses by default. */
  private static final String REGION = "fra1";

  @TempDir static Path output;

  private static SampleEnvironment environment;
  private static FakeDigitalOcean fake;
  private static Run planOnly;
  private static Run first;
  private static Run second;
  private static List<FakeCall> planOnlyCalls;
  private static List<FakeCall> firstCalls;
  private static List<FakeCall> secondCalls;
  private static Map<Operation, Integer> createsAfterFirst;
  private static Map<Operation, Integer> createsAfterSecond;

  /** One run: exit status, everything printed, and the report files it wrote. */
  record Run(int status, String stdout, String stderr, String json, String sarif) {
    Map<String, Object> report() {
      return parse(json);
    }

    String everything() {
      return stdout + "\n" + stderr + "\n" + json + "\n" + sarif;
    }
  }

  @BeforeAll
  static void rehearseThreeTimes() {
    environment = SampleEnvironment.embedded();
    fake = environment.fake().orElseThrow();
    planOnly = run("--plan-only");
    planOnlyCalls = List.copyOf(fake.calls());
    first = run();
    firstCalls = List.copyOf(fake.calls().subList(planOnlyCalls.size(), fake.calls().size()));
    createsAfterFirst = createCounts();
    second = run();
    int before = planOnlyCalls.size() + firstCalls.size();
    secondCalls = List.copyOf(fake.calls().subList(before, fake.calls().size()));
    createsAfterSecond = createCounts();
  }

  @AfterAll
  static void close() {
    if (environment != null) {
      environment.close();
    }
  }

  @Test
  void run_whenEmbedded_exitsZeroAndReportsEveryKindWithIdAndStatus() {
    assertThat(first.status()).as(first.stderr()).isZero();
    Map<String, Object> report = first.report();
    assertThat(report.get("mode")).isEqualTo("embedded");
    List<Map<String, Object>> resources = list(report.get("resources"));
    assertThat(resources)
        .extracting(r -> r.get("kind"))
        .contains(
            "vpc",
            "firewall",
            "droplet",
            "load_balancer",
            "certificate",
            "domain",
            "database",
            "volume",
            "bucket",
            "object",
            "spaces_key");
    assertThat(resources.stream().filter(r -> r.get("kind").equals("droplet"))).hasSize(2);
    assertThat(fake.state().table(FakeDomains.RECORDS).values())
        .as("the rehearsal zone example.com allows only Let's Encrypt through CAA")
        .anySatisfy(
            r -> {
              assertThat(r.get("type")).isEqualTo("CAA");
              assertThat(r.get("data")).isEqualTo("letsencrypt.org");
              assertThat(r.get("tag")).isEqualTo("issue");
            });
    assertThat(fake.state().table(FakeDomains.TABLE).get("example.com")).isPresent();
    assertThat(resources)
        .allSatisfy(
            r -> {
              assertThat((String) r.get("id")).as("id of %s", r.get("name")).isNotBlank();
              assertThat((String) r.get("status")).isNotBlank();
              assertThat(r.get("created")).as("created %s", r.get("name")).isEqualTo(true);
              assertThat(r.get("outcome")).isEqualTo("created");
            });
    assertThat(((Number) report.get("apiCalls")).longValue()).isEqualTo(firstCalls.size());
    assertThat(first.stdout())
        .contains("RESOURCE", "NAME", "ID", "STATUS")
        .contains("verified: the presigned GET returned the object");
  }

  /** Every resource the stack created that DigitalOcean puts in projects is in seawall-demo. */
  @Test
  void run_whenEmbedded_assignsEveryCreatedResourceToTheProjectOnce() {
    Map<String, String> urnPrefixes =
        Map.of(
            "vpc", "do:vpc:",
            "domain", "do:domain:",
            "load_balancer", "do:loadbalancer:",
            "droplet", "do:droplet:",
            "volume", "do:volume:",
            "database", "do:dbaas:",
            "bucket", "do:space:");
    List<String> expected =
        list(first.report().get("resources")).stream()
            .filter(r -> urnPrefixes.containsKey((String) r.get("kind")))
            .map(r -> urnPrefixes.get((String) r.get("kind")) + r.get("id"))
            .toList();
    String projectId =
        FakeProjects.find(fake.state(), HardenedStackDefinition.PROJECT).orElseThrow();

    assertThat(expected).hasSize(8);
    assertThat(FakeProjects.urnsOf(fake.state(), projectId))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(list(first.report().get("resources")))
        .filteredOn(r -> r.get("kind").equals("project"))
        .singleElement()
        .satisfies(r -> assertThat(r.get("id")).isEqualTo(projectId));
    assertThat(firstCalls)
        .filteredOn(c -> c.operationId().equals("projects_assign_resources"))
        .hasSize(1);
    assertThat(secondCalls)
        .noneMatch(c -> c.operationId().startsWith("projects_") && !c.method().equals("GET"));
  }

  /**
   * The account audit of the applied stack finds nothing open. (It first found that the stack's
   * VPC, the first of a fresh region, had become the region's default; VpcService now creates the
   * region's default first.)
   */
  @Test
  void audit_whenTheStackIsApplied_findsNothingOpenAndOnlyReads() {
    dev.seawall.testkit.EmbeddedS3 s3 = environment.s3().orElseThrow();
    int before = fake.calls().size();

    dev.seawall.core.audit.AuditResult audit =
        dev.seawall.core.audit.Audit.builder(environment.client())
            .option(
                dev.seawall.spaces.SpacesAudit.CREDENTIALS,
                dev.seawall.spaces.key.SpacesCredentials.of(s3.accessKeyId(), s3.secretAccessKey()))
            .option(
                dev.seawall.spaces.SpacesAudit.ENDPOINT, environment.spacesEndpoint().orElseThrow())
            .option(dev.seawall.spaces.SpacesAudit.REGIONS, List.of(REGION))
            .option(dev.seawall.spaces.SpacesAudit.HTTP_CLIENT, s3.httpClient())
            .build()
            .run();

    assertThat(audit.report().findings())
        .as(audit.report().toTable(false))
        .filteredOn(f -> !f.acknowledged())
        .isEmpty();
    assertThat(audit.resources())
        .containsKeys(
            "vpc",
            "firewall",
            "droplet",
            "load_balancer",
            "volume",
            "database",
            "bucket",
            "spaces_key");
    assertThat(fake.calls().subList(before, fake.calls().size()))
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
    assertThat(audit.report().toSarif() + audit.report().toTable(false))
        .doesNotContain(s3.secretAccessKey());
  }

  @Test
  void run_whenEmbedded_requiredScopesAreExactlyThoseOfThePlannedOperations() {
    Map<String, Operation> catalog =
        Catalog.installed().operations().stream()
            .collect(Collectors.toMap(Operation::operationId, o -> o));
    for (Run run : List.of(planOnly, first, second)) {
      List<Operation> operations = new ArrayList<>();
      List<Map<String, Object>> steps = list(run.report().get("plan"));
      assertThat(steps).isNotEmpty();
      for (Map<String, Object> step : steps) {
        for (Object id : (List<?>) step.get("liveOperations")) {
          assertThat(catalog).as("operation %s in the catalog", id).containsKey((String) id);
          operations.add(catalog.get((String) id));
        }
      }
      assertThat(scopes(run)).containsExactlyElementsOf(Scopes.required(operations));
      assertThat(scopes(run))
          .as("least privilege: never DigitalOcean's legacy read-all/write-all scopes")
          .isNotEmpty()
          .doesNotContain(Scopes.LEGACY_READ, Scopes.LEGACY_WRITE);
      assertThat(List.<Object>copyOf((List<?>) run.report().get("tokenFormAlsoRequires")))
          .doesNotContain(Scopes.LEGACY_READ, Scopes.LEGACY_WRITE);
    }
    assertThat(planOnly.report().get("requiredScopes")).isEqualTo(scopes(first));
  }

  @Test
  void planLive_whenTheStackIsApplied_showsNoChangeAnywhereAndNeedsOnlyReadScopes() {
    assertThat(list(second.report().get("plan")))
        .allSatisfy(
            step ->
                assertThat(step.get("action"))
                    .as("%s", step.get("resource"))
                    .isEqualTo("no change"));
    assertThat(scopes(second))
        .isNotEmpty()
        .allSatisfy(scope -> assertThat(scope).endsWith(":read"));
    assertThat(second.stdout())
        .contains("No changes. The live state matches the stack; apply would send no write.")
        .contains("= vpc/");
  }

  @Test
  void planOnly_onAnEmptyAccount_showsEveryResourceAsACreateWithItsFields() {
    assertThat(planOnly.stdout())
        .contains("+ vpc/")
        .contains("ip_range = 10.42.0.0/20")
        .contains(" to create, ");
    assertThat(list(planOnly.report().get("plan")))
        .allSatisfy(step -> assertThat(step.get("action")).isEqualTo("create"));
  }

  private static List<String> scopes(Run run) {
    return ((List<?>) run.report().get("requiredScopes")).stream().map(String.class::cast).toList();
  }

  @Test
  void run_whenEmbedded_callsOnlyOperationsThePlanListed() {
    for (Run run : List.of(first, second)) {
      Set<String> planned =
          list(run.report().get("plan")).stream()
              .flatMap(step -> ((List<?>) step.get("liveOperations")).stream())
              .map(String.class::cast)
              .collect(Collectors.toSet());
      List<FakeCall> calls = run == first ? firstCalls : secondCalls;
      assertThat(calls).isNotEmpty();
      assertThat(calls)
          .extracting(FakeCall::operationId)
          .allSatisfy(id -> assertThat(planned).contains(id));
    }
  }

  @Test
  void run_whenEmbedded_hasNoUnacknowledgedErrorFindingsAndWritesSarif() {
    List<Map<String, Object>> findings = list(first.report().get("findings"));
    assertThat(findings)
        .noneMatch(f -> f.get("severity").equals("ERROR") && f.get("acknowledged").equals(false));
    assertThat(findings).extracting(f -> f.get("ruleId")).contains("SW-TOK-001");
    Map<String, Object> sarif = parse(first.sarif());
    assertThat(sarif.get("version")).isEqualTo("2.1.0");
    assertThat(list(sarif.get("runs"))).hasSize(1);
  }

  @Test
  void run_whenEmbedded_neverShowsASecret() {
    List<String> secrets = environment.secrets();
    // the API token, the S3 secret, the SSE-C key, the database user's password and the secret of
    // the Spaces key created by the first run
    assertThat(secrets)
        .hasSizeGreaterThanOrEqualTo(5)
        .allSatisfy(s -> assertThat(s).hasSizeGreaterThan(8));
    for (Run run : List.of(planOnly, first, second)) {
      String everything = run.everything();
      assertThat(secrets).allSatisfy(secret -> assertThat(everything).doesNotContain(secret));
    }
  }

  @Test
  void apply_whenRunTwice_createsNothingNew() {
    assertThat(second.status()).as(second.stderr()).isZero();
    assertThat(createsAfterFirst.get(ComputeOperations.DROPLETS_CREATE)).isEqualTo(2);
    assertThat(createsAfterFirst)
        .allSatisfy(
            (operation, count) -> assertThat(count).as(operation.operationId()).isPositive());
    assertThat(createsAfterSecond).isEqualTo(createsAfterFirst);
    assertThat(list(second.report().get("resources")))
        .allSatisfy(
            r -> {
              assertThat(r.get("created")).as("created %s", r.get("name")).isEqualTo(false);
              assertThat(r.get("outcome")).as("outcome %s", r.get("name")).isEqualTo("unchanged");
            });
    assertThat(second.stdout()).contains("unchanged");
  }

  @Test
  void apply_whenRunTwice_sendsNoWriteTheSecondTime() {
    assertThat(secondCalls).isNotEmpty();
    assertThat(secondCalls).filteredOn(call -> STATE_CHANGING.contains(call.method())).isEmpty();
  }

  @Test
  void planOnly_sendsNoStateChangingRequestAndReportsThePlan() {
    assertThat(planOnly.status()).as(planOnly.stderr()).isZero();
    assertThat(planOnlyCalls).isNotEmpty().allMatch(call -> call.method().equals("GET"));
    assertThat(planOnly.stdout()).contains("--plan-only: nothing was changed.");
    assertThat(list(planOnly.report().get("resources")))
        .hasSize(list(first.report().get("resources")).size())
        .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("planned: create"));
  }

  @Test
  void run_whenEmbedded_fakeSawOnlyRequestsTheOpenApiSpecAllows() {
    assertThat(fake.problems()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  private static Run run(String... extra) {
    List<String> args = new ArrayList<>(List.of("--output-dir", output.toString()));
    args.addAll(List.of(extra));
    SampleOptions options = SampleOptions.parse(args.toArray(String[]::new), output);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    int status;
    try (PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
      // library logs go to System.err: capture them too
      System.setOut(out);
      System.setErr(err);
      status = HardenedStack.run(options, environment, out, err);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Run(
        status,
        stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8),
        read(output.resolve(SampleReport.JSON_FILE)),
        read(output.resolve(SampleReport.SARIF_FILE)));
  }

  private static Map<Operation, Integer> createCounts() {
    Map<Operation, Integer> counts = new LinkedHashMap<>();
    CREATES.forEach(operation -> counts.put(operation, fake.callCount(operation)));
    return counts;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("report not written: " + file, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String json) {
    try {
      return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return ((List<Object>) value).stream().map(v -> (Map<String, Object>) v).toList();
  }
}
