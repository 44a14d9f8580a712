package dev.seawall.samples;

import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.PlanStep;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.databases.tls.ConnectionSettings;
import dev.seawall.samples.SampleOptions.Mode;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.spaces.presign.PresignSpec;
import dev.seawall.spaces.presign.PresignedRequest;
import dev.seawall.testkit.EmbeddedS3;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The main Seawall sample: plans and applies a hardened stack, every resource at its secure
 * default.
 *
 * <ul>
 *   <li>a VPC, and a tag for the web droplets;
 *   <li>a Cloud Firewall admitting SSH only from the admin CIDR ({@code --admin-cidr}) and HTTPS
 *       only from the load balancer, with DNS and HTTPS as the only outbound traffic;
 *   <li>two droplets with an SSH key, in the VPC, tagged, created only once the firewall exists;
 *   <li>a load balancer in the VPC with a Let's Encrypt certificate and HTTP-to-HTTPS redirect;
 *   <li>a PostgreSQL cluster in the VPC whose only trusted source is the droplets' tag, a
 *       least-privilege user and verified-TLS connection settings ({@code sslmode=verify-full});
 *   <li>a LUKS-ready (unformatted) volume attached to the first droplet, whose user data is the
 *       LUKS cloud-config;
 *   <li>a private, versioned Spaces bucket with one SSE-C encrypted object, a 15-minute presigned
 *       GET for it, and a read-only access key scoped to that bucket.
 * </ul>
 *
 * <p>Modes: without a mode flag everything runs offline against an in-process fake DigitalOcean and
 * an embedded S3 server; {@code --api-url URL} uses any DigitalOcean-compatible API with the token
 * in {@code DIGITALOCEAN_TOKEN}; {@code --live} uses the real API and needs {@value
 * SampleOptions#CONFIRM_FLAG}. {@code --plan-only} prints the plan and the minimal token scopes and
 * changes nothing. Every run writes {@code seawall-report.json} and {@code seawall-report.sarif}
 * (SARIF 2.1.0) to the output directory. Exit status: 0 on success, 1 if the plan is refused or
 * applying fails, 2 for a usage error. Run {@code --help} for every option.
 */
public final class HardenedStack {
  /** System property naming the default output directory (set by the samples pom). */
  static final String OUTPUT_DIR_PROPERTY = "seawall.outputDir";

  private HardenedStack() {}

  /**
   * Runs the sample; exits the JVM with a non-zero status on failure.
   *
   * @param args see {@code --help}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, System.getenv());
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Parses the arguments, sets up the mode's environment, runs, and returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> variables) {
    SampleOptions options;
    try {
      options =
          SampleOptions.parse(args, Path.of(System.getProperty(OUTPUT_DIR_PROPERTY, "target")));
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(SampleOptions.USAGE);
      return 2;
    }
    if (options.help) {
      out.println(SampleOptions.USAGE);
      return 0;
    }
    try (SampleEnvironment environment = environment(options, variables)) {
      return run(options, environment, out, err);
    } catch (RuntimeException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static SampleEnvironment environment(
      SampleOptions options, Map<String, String> variables) {
    return switch (options.mode) {
      case EMBEDDED -> SampleEnvironment.embedded();
      case CUSTOM -> SampleEnvironment.custom(options.apiUrl, options.spacesEndpoint, variables);
      case LIVE -> SampleEnvironment.live(variables);
    };
  }

  /**
   * Plans, then (unless {@code --plan-only}) applies the stack in {@code environment}; prints the
   * summary and writes the reports.
   *
   * @return the exit status: 0 on success, 1 if the plan is refused or applying failed
   */
  static int run(
      SampleOptions options, SampleEnvironment environment, PrintStream out, PrintStream err) {
    out.println("Seawall hardened stack, mode " + environment.describe());
    long callsBefore = environment.client().requestCount();
    Path outputDir = options.outputDir;
    SshPublicKey publicKey =
        options
            .sshPublicKeyFile()
            .map(SampleFiles::readPublicKey)
            .orElseGet(() -> SampleFiles.rehearsalKey(outputDir, environment::rehearsalKey));
    SseCustomerKey objectKey = objectKey(options, environment);
    environment.addSecret(objectKey.toBase64());
    HardenedStackDefinition definition =
        HardenedStackDefinition.define(
            environment, options, publicKey, objectKey, outputDir.resolve("seawall-db"));

    Plan plan = definition.stack.plan();
    Path cloudConfig =
        outputDir.resolve("seawall-luks-" + definition.volume.key().name() + ".yaml");
    SampleFiles.writePublic(cloudConfig, definition.luks.cloudConfig());

    if (!plan.isValid()) {
      printPlan(plan, out);
      err.println("The plan is refused; nothing was sent:");
      for (Violation violation : plan.errors()) {
        err.println("  " + violation);
      }
      return finish(options, environment, callsBefore, plan, null, out, 1);
    }
    plan = definition.stack.planLive();
    printPlan(plan, out);
    if (!plan.isValid()) {
      err.println("The plan refuses changes that cannot be made; nothing was sent:");
      plan.refused()
          .forEach(r -> r.diff().refused().forEach(c -> err.println("  " + r.key() + " " + c)));
      return finish(options, environment, callsBefore, plan, null, out, 1);
    }
    if (options.planOnly) {
      out.println("--plan-only: nothing was changed.");
      return finish(options, environment, callsBefore, plan, null, out, 0);
    }

    out.println();
    out.println(
        plan.hasChanges()
            ? "Applying (independent steps in parallel) ..."
            : "Applying: no changes, so only reads are sent ...");
    ApplyResult result;
    try (ProgressPrinter progress = new ProgressPrinter(out).start()) {
      result = definition.stack.apply(plan, 4, progress);
    }
    if (!result.succeeded()) {
      for (ApplyResult.Failure failure : result.failed()) {
        err.println("failed: " + failure.key() + ": " + failure.error().getMessage());
      }
      if (!result.skipped().isEmpty()) {
        err.println(
            "skipped (a dependency failed): "
                + result.skipped().stream()
                    .map(ResourceKey::toString)
                    .collect(Collectors.joining(", ")));
      }
      err.println(
          "What was applied is kept; fix the cause and run again (applying is idempotent).");
      return finish(options, environment, callsBefore, plan, result, out, 1);
    }
    out.println();
    afterApply(definition, objectKey, options, environment, cloudConfig, out);
    return finish(options, environment, callsBefore, plan, result, out, 0);
  }

  private static void printPlan(Plan plan, PrintStream out) {
    out.println();
    if (plan.mode() == Plan.Mode.LIVE) {
      out.println(
          "Plan (the current state was read; nothing sent yet). Seawall will perform these"
              + " actions:");
      out.println(plan.render());
    } else {
      out.println("Plan (" + plan.steps().size() + " steps; nothing sent yet):");
      int width = plan.steps().stream().mapToInt(s -> s.key().toString().length()).max().orElse(10);
      for (PlanStep step : plan.steps()) {
        out.printf(
            "  %2d. %-" + width + "s  %s%s%n",
            step.order(),
            step.key(),
            step.operationIds().isEmpty() ? "(S3 API)" : String.join(", ", step.operationIds()),
            step.dependsOn().isEmpty()
                ? ""
                : "  after "
                    + step.dependsOn().stream()
                        .map(ResourceKey::toString)
                        .sorted()
                        .collect(Collectors.joining(", ")));
      }
    }
    out.println();
    out.println(
        "Minimal token scopes for this plan (create a custom-scoped token with exactly these):");
    plan.tokenScopes().lines().forEach(line -> out.println("  " + line));
    out.println(
        "  Spaces buckets and objects use a Spaces access key (S3 API), not the API token.");
  }

  private static void afterApply(
      HardenedStackDefinition definition,
      SseCustomerKey objectKey,
      SampleOptions options,
      SampleEnvironment environment,
      Path cloudConfig,
      PrintStream out) {
    Path secrets = options.outputDir.resolve("seawall-secrets");
    Optional<ConnectionSettings> settings = definition.database.connectionSettings();
    if (settings.isPresent()) {
      ConnectionSettings connection = settings.get();
      environment.addSecret(connection.password());
      out.println(
          "Database "
              + definition.database.key().name()
              + ": user "
              + connection.user()
              + ", verified TLS ("
              + (connection.verifiesServer()
                  ? "server certificate and host name checked"
                  : "NOT verified")
              + ")");
      out.println("  JDBC URL: " + connection.jdbcUrl());
      connection.caFile().ifPresent(ca -> out.println("  CA file:  " + ca));
      out.println("  the password is in ConnectionSettings.properties() only; never printed");
    } else {
      out.println(
          "Database "
              + definition.database.key().name()
              + ": connection settings not built (the user's password is not visible to this"
              + " token; it needs database:view_credentials)");
    }

    PresignedRequest link =
        environment
            .spaces()
            .presigner(definition.bucket.ref())
            .presign(
                PresignSpec.get(HardenedStackDefinition.OBJECT_KEY)
                    .sseCustomerKey(objectKey)
                    .build());
    Path linkFile = secrets.resolve("presigned-get.url");
    SampleFiles.ownerOnlyDirectory(secrets);
    SampleFiles.writeOwnerOnly(linkFile, link.url() + "\n");
    out.println(
        "Presigned GET for "
            + definition.object.key().name()
            + ", valid until "
            + link.expiresAt()
            + " (15 minutes); full URL in "
            + linkFile
            + " (owner-only); the SSE-C key must be sent as headers "
            + link.headers().keySet().stream().sorted().toList());
    environment.s3().ifPresent(s3 -> out.println("  " + verifyPresigned(s3, link)));

    out.println(
        "Volume "
            + definition.volume.key().name()
            + ": raw and LUKS-ready, attached to "
            + definition.droplets.get(0).key().name()
            + "; its LUKS cloud-config (the droplet's user data) is in "
            + cloudConfig);
    out.println(
        "  copy the key to the droplet's tmpfs: ssh root@<droplet> 'umask 077; mkdir -p /run/keys;"
            + " cat > /run/keys/"
            + definition.volume.key().name()
            + ".key' < your.key");

    Optional<SpacesCredentials> created = definition.spacesKey.createdCredentials();
    String keyName = definition.spacesKey.key().name();
    if (created.isPresent()) {
      environment.addSecret(created.get().secretAccessKey());
      if (environment.mode() == Mode.EMBEDDED) {
        out.println(
            "Spaces key "
                + keyName
                + " ("
                + created.get().accessKeyId()
                + "): read-only on "
                + options.bucket
                + "; its secret (shown once by the API) is discarded in a rehearsal");
      } else {
        Path file = secrets.resolve(keyName + ".secret");
        SampleFiles.writeOwnerOnly(
            file,
            "access_key_id="
                + created.get().accessKeyId()
                + "\nsecret_access_key="
                + created.get().secretAccessKey()
                + "\n");
        out.println(
            "Spaces key "
                + keyName
                + " ("
                + created.get().accessKeyId()
                + "): read-only on "
                + options.bucket
                + "; its secret, shown only once, is in "
                + file
                + " (owner-only): move it to your secret manager");
      }
    } else {
      out.println(
          "Spaces key " + keyName + ": exists already with the same read-only grant; kept as is");
    }
  }

  private static String verifyPresigned(EmbeddedS3 s3, PresignedRequest link) {
    Request.Builder request = new Request.Builder().url(link.url().toString()).get();
    link.headers().forEach(request::header);
    try (Response response = s3.httpClient().newCall(request.build()).execute()) {
      ResponseBody body = response.body();
      byte[] bytes = body == null ? new byte[0] : body.bytes();
      if (response.code() == 200
          && MessageDigest.isEqual(bytes, HardenedStackDefinition.OBJECT_CONTENT)) {
        return "verified: the presigned GET returned the object (" + bytes.length + " bytes)";
      }
      return "presigned GET answered HTTP " + response.code() + " (expected the object)";
    } catch (IOException e) {
      return "presigned GET failed: " + e.getMessage();
    }
  }

  private static int finish(
      SampleOptions options,
      SampleEnvironment environment,
      long callsBefore,
      Plan plan,
      @Nullable ApplyResult result,
      PrintStream out,
      int status) {
    SampleReport report =
        SampleReport.of(
            environment.mode().label(),
            plan,
            result,
            environment.client().requestCount() - callsBefore);
    out.println();
    report.printTable(out);
    out.println();
    out.println("Minimal token scopes:");
    plan.tokenScopes().lines().forEach(line -> out.println("  " + line));
    report.printFindings(out);
    List<Path> files = report.write(options.outputDir);
    out.println("Reports: " + files.stream().map(Path::toString).collect(Collectors.joining(", ")));
    out.println(
        "DigitalOcean API calls of this run: "
            + (environment.client().requestCount() - callsBefore));
    environment
        .fake()
        .ifPresent(
            fake -> {
              List<String> problems = fake.problems();
              if (!problems.isEmpty()) {
                out.println("Rehearsal problems reported by the fake DigitalOcean:");
                problems.forEach(p -> out.println("  " + p));
              }
            });
    return status;
  }

  /**
   * The SSE-C key of the demo object: new for every rehearsal; kept owner-only in the output
   * directory otherwise, so that later runs can read (and re-apply) the object.
   */
  private static SseCustomerKey objectKey(SampleOptions options, SampleEnvironment environment) {
    if (environment.mode() == Mode.EMBEDDED) {
      return environment.rehearsalObjectKey();
    }
    Path file =
        options.outputDir.resolve("seawall-secrets").resolve("sse-c-" + options.bucket + ".key");
    try {
      if (Files.isRegularFile(file)) {
        return SseCustomerKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SSE-C key " + file, e);
    }
    SseCustomerKey key = SseCustomerKey.generate();
    SampleFiles.ownerOnlyDirectory(file.getParent());
    SampleFiles.writeOwnerOnly(file, key.toBase64() + "\n");
    return key;
  }
}
