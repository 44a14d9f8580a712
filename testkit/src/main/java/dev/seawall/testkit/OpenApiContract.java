package dev.seawall.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.seawall.testkit.internal.KnownDeviations;
import dev.seawall.testkit.internal.SpecParsing;
import dev.seawall.testkit.internal.UnknownProperties;
import dev.seawall.testkit.internal.ValidatorWorkarounds;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The official DigitalOcean OpenAPI specification as a request validator.
 *
 * <p>The specification is not part of Seawall, and its location is always explicit (first match
 * wins):
 *
 * <ol>
 *   <li>the environment variable {@value #ENVIRONMENT_VARIABLE};
 *   <li>the system property {@value #SYSTEM_PROPERTY} (Seawall's own build sets it to {@code
 *       shared/contracts/digitalocean-public.v2.yaml} in the folder beside the repository root).
 * </ol>
 *
 * Nothing else is searched: a folder named {@code shared} somewhere above the working directory
 * never switches contract validation on by accident. Without either setting the specification is
 * absent.
 *
 * <p>Parsing the 3 MB specification takes a few seconds, so {@link #require()} and {@link
 * #ifAvailable()} load it once per JVM and share it; the validator is thread-safe.
 *
 * <p>Validation uses <a
 * href="https://bitbucket.org/atlassian/swagger-request-validator">swagger-request-validator</a>
 * with these settings:
 *
 * <ul>
 *   <li>{@code validation.schema.additionalProperties} is ignored: the validator injects {@code
 *       additionalProperties: false} into every branch of {@code anyOf}/{@code oneOf} schemas, so
 *       valid requests (volume actions, for instance) would fail. Unknown JSON properties are
 *       caught by Seawall's own check instead ({@code seawall.request.body.unknownProperty}): every
 *       property of a request body must be one the specification defines for that object (for a
 *       combined schema, in any of its branches; free-form objects are not checked). DigitalOcean
 *       ignores unknown properties silently, so a misspelt field is a setting that never takes
 *       effect.
 *   <li>These stay errors (set explicitly, so a library upgrade cannot weaken them): unknown path
 *       ({@code validation.request.path.missing}), method not allowed, missing or non-bearer {@code
 *       Authorization}, missing or unexpected body, wrong {@code Content-Type}, {@code Accept} the
 *       operation cannot produce. Parameter and body schema errors (types, formats such as UUIDs,
 *       enums, required properties, minimum/maximum) are errors by default.
 *   <li>A query parameter the operation does not define is a note ({@link ContractCheck#notes()}),
 *       not a violation: DigitalOcean ignores it, and clients send {@code per_page} on single GETs
 *       and unpaged lists (see {@link KnownDeviations}).
 *   <li>Paths match strictly: {@code /v2/account/} is not {@code /v2/account}.
 *   <li>Seawall also checks a {@code Bearer} header with a blank token ({@code
 *       seawall.request.security.blankBearerToken}) and a body without {@code Content-Type} ({@code
 *       seawall.request.contentType.missing}).
 * </ul>
 *
 * <p>Loading parses the file once with swagger-parser (references resolved, {@code allOf} combined,
 * and the validator's own model fixes applied), then edits the parsed model where the validator
 * cannot check a construct (listed by {@link #workarounds()}, each documented with the limitation
 * it handles in {@code dev.seawall.testkit.internal.ValidatorWorkarounds}): the validator parses
 * the raw value of a path parameter whose schema is {@code anyOf}/{@code oneOf} as JSON, so it
 * refuses every value that is not a JSON literal, e.g. an SSH key fingerprint in {@code
 * /v2/account/keys/{ssh_key_identifier}} ({@code anyOf[ssh_key_id integer, ssh_key_fingerprint
 * string]}) or a volume snapshot UUID in {@code /v2/snapshots/{snapshot_id}}. Such a schema is
 * validated as {@code type: string} when one of its alternatives is an unconstrained string, which
 * accepts exactly the same path segments. The text and the file are never rewritten.
 */
public final class OpenApiContract {
  /** Environment variable holding the path of the specification; it wins over everything else. */
  public static final String ENVIRONMENT_VARIABLE = "SEAWALL_DO_OPENAPI";

  /** System property holding the path of the specification (set by the Maven build). */
  public static final String SYSTEM_PROPERTY = "seawall.openapi";

  private static final Logger LOG = LoggerFactory.getLogger(OpenApiContract.class);
  private static final Pattern BEARER = Pattern.compile("(?i)^bearer(\\s+(.*))?$");

  private final OpenApiInteractionValidator validator;
  private final Path source;
  private final Duration loadTime;
  private final List<String> workarounds;

  private OpenApiContract(
      OpenApiInteractionValidator validator,
      Path source,
      Duration loadTime,
      List<String> workarounds) {
    this.validator = validator;
    this.source = source;
    this.loadTime = loadTime;
    this.workarounds = List.copyOf(workarounds);
  }

  /**
   * Where the specification is configured, following the order in the class comment; empty when
   * neither setting is present. The file may not exist; see {@link #available()}.
   */
  public static Optional<Path> location() {
    return locate(System.getenv(), System.getProperties()).path();
  }

  /** Whether the specification file exists at {@link #location()}. Cheap: does not load it. */
  public static boolean available() {
    return location().filter(Files::isRegularFile).isPresent();
  }

  /**
   * The shared contract, loaded on first use, for tests that cannot run without it.
   *
   * <p>When the file is absent the calling test is <em>skipped</em> (JUnit {@link
   * Assumptions#abort(String)}) with a message naming the path and {@value #ENVIRONMENT_VARIABLE};
   * under the environment variable {@code CI=true} it <em>fails</em> instead, so a CI run never
   * passes silently without its contract checks.
   *
   * @throws org.opentest4j.TestAbortedException when the file is absent outside CI
   * @throws IllegalStateException when the file is absent under {@code CI=true}, or cannot be
   *     parsed
   */
  public static OpenApiContract require() {
    Shared shared = Holder.SHARED;
    if (shared.contract != null) {
      return shared.contract;
    }
    if (shared.failure != null) {
      throw new IllegalStateException(shared.failure.getMessage(), shared.failure);
    }
    return absent(shared.location, "true".equalsIgnoreCase(System.getenv("CI")));
  }

  /**
   * The shared contract when the file exists, loaded on first use; empty when it is absent.
   *
   * @throws IllegalStateException when the file exists but cannot be parsed
   */
  public static Optional<OpenApiContract> ifAvailable() {
    Shared shared = Holder.SHARED;
    if (shared.failure != null) {
      throw new IllegalStateException(shared.failure.getMessage(), shared.failure);
    }
    return Optional.ofNullable(shared.contract);
  }

  /**
   * Loads a specification from {@code file}, outside the shared instance. Slow (seconds): prefer
   * {@link #require()} in tests.
   *
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalStateException when the validator refuses the specification
   */
  public static OpenApiContract load(Path file) {
    long start = System.nanoTime();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the DigitalOcean OpenAPI spec " + file, e);
    }
    OpenApiInteractionValidator validator;
    List<String> applied;
    try {
      OpenAPI api = SpecParsing.parse(text);
      applied = ValidatorWorkarounds.apply(api);
      validator =
          OpenApiInteractionValidator.createFor(api)
              .withLevelResolver(levels())
              .withStrictOperationPathMatching()
              .withCustomRequestValidation(new UnknownProperties())
              .build();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "swagger-request-validator could not load the DigitalOcean OpenAPI spec "
              + file
              + ": "
              + e.getMessage(),
          e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    LOG.info(
        "Loaded the DigitalOcean OpenAPI spec {} in {} ms (validator workarounds: {})",
        file,
        took.toMillis(),
        applied.isEmpty() ? "none" : String.join("; ", applied));
    return new OpenApiContract(validator, file, took, applied);
  }

  /** The file this contract was loaded from. */
  public Path source() {
    return source;
  }

  /** How long reading and parsing the specification took (typically 2-4 seconds). */
  public Duration loadTime() {
    return loadTime;
  }

  /**
   * The validator limitations worked around while loading, one line each (e.g. {@code path
   * parameter ssh_key_identifier: anyOf -> type: string}); see the class comment.
   */
  public List<String> workarounds() {
    return workarounds;
  }

  /**
   * Validates a request a {@link mockwebserver3.MockWebServer} received.
   *
   * @return every violation, empty when the request matches the specification
   */
  public List<ContractViolation> validate(RecordedRequest request) {
    return validate(ContractRequest.of(request));
  }

  /**
   * Validates a request: path and method, path and query parameters, security ({@code
   * Authorization: Bearer ...}), {@code Content-Type}, {@code Accept} and JSON body.
   *
   * @return every violation, empty when the request matches the specification; what DigitalOcean
   *     accepts although the specification does not (see {@link #check}) is not a violation
   */
  public List<ContractViolation> validate(ContractRequest request) {
    return check(request).violations();
  }

  /**
   * Checks a request like {@link #validate(ContractRequest)} and also returns the notes: what the
   * specification does not allow but DigitalOcean accepts, such as a query parameter the operation
   * does not define ({@code per_page} on {@code GET /v2/droplets/{droplet_id}}).
   */
  public ContractCheck check(ContractRequest request) {
    List<ContractViolation> notes = new ArrayList<>();
    List<ContractViolation> violations = new ArrayList<>();
    Request.Method method;
    try {
      method = Request.Method.valueOf(request.method());
    } catch (IllegalArgumentException e) {
      violations.add(
          new ContractViolation(
              request.method(),
              request.target(),
              "",
              "seawall.request.method.unknown",
              "HTTP method " + request.method() + " is not used by the DigitalOcean API"));
      return new ContractCheck(violations, notes);
    }
    HttpUrl url = HttpUrl.get("http://contract.invalid" + request.target());
    SimpleRequest.Builder builder = new SimpleRequest.Builder(method, url.encodedPath());
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      builder.withQueryParam(name, values);
    }
    Headers headers = request.headers();
    for (String name : headers.names()) {
      builder.withHeader(name, headers.values(name));
    }
    if (!request.body().isEmpty()) {
      builder.withBody(
          KnownDeviations.bodyToValidate(request.method(), url.encodedPath(), request.body()),
          StandardCharsets.UTF_8);
    }
    ValidationReport report = validator.validateRequest(builder.build());
    String operationId = "";
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      operationId = operationId(message).orElse(operationId);
      (KnownDeviations.lenient(message.getKey()) ? notes : violations)
          .add(
              new ContractViolation(
                  request.method(),
                  request.target(),
                  operationId(message).orElse(""),
                  message.getKey(),
                  render(message)));
    }
    String authorization = headers.get("Authorization");
    if (authorization != null) {
      Matcher bearer = BEARER.matcher(authorization.strip());
      if (bearer.matches() && (bearer.group(2) == null || bearer.group(2).isBlank())) {
        violations.add(
            new ContractViolation(
                request.method(),
                request.target(),
                operationId,
                "seawall.request.security.blankBearerToken",
                "The Authorization header says Bearer but carries no token."));
      }
    }
    if (!request.body().isEmpty() && headers.get("Content-Type") == null) {
      violations.add(
          new ContractViolation(
              request.method(),
              request.target(),
              operationId,
              "seawall.request.contentType.missing",
              "The request has a body but no Content-Type header."));
    }
    return new ContractCheck(violations, notes);
  }

  /**
   * Validates a response against the operation's documented responses: status (or {@code default}),
   * {@code Content-Type} and JSON body. Used to keep {@link FakeDigitalOcean} and its {@link
   * FakeResource}s honest; Seawall's own tests validate requests.
   *
   * @param method the request's HTTP method
   * @param path the request's encoded path, without query
   * @param status the response status code
   * @param headers the response headers
   * @param body the response body, {@code ""} for none
   * @return every violation, empty when the response matches the specification
   */
  public List<ContractViolation> validateResponse(
      String method, String path, int status, Headers headers, String body) {
    Request.Method parsed;
    try {
      parsed = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    SimpleResponse.Builder builder = new SimpleResponse.Builder(status);
    for (String name : headers.names()) {
      builder.withHeader(name, headers.values(name));
    }
    if (!body.isEmpty()) {
      builder.withBody(body, StandardCharsets.UTF_8);
    }
    ValidationReport report = validator.validateResponse(path, parsed, builder.build());
    List<ContractViolation> violations = new ArrayList<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        violations.add(
            new ContractViolation(
                method,
                path + " -> " + status,
                operationId(message).orElse(""),
                message.getKey(),
                render(message)));
      }
    }
    return List.copyOf(violations);
  }

  @Override
  public String toString() {
    return "OpenApiContract[source=" + source + ", loadTime=" + loadTime.toMillis() + "ms]";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Where a contract file is configured and which setting said so.
   *
   * @param path the file, or empty when nothing is configured
   * @param origin the setting, or why there is none
   */
  record Location(Optional<Path> path, String origin) {
    /** Whether the configured file exists. */
    boolean exists() {
      return path.filter(Files::isRegularFile).isPresent();
    }

    /** The file as text for messages. */
    String describe() {
      return path.map(p -> p + " (from " + origin + ") does not exist").orElse(origin);
    }
  }

  static Location locate(Map<String, String> env, Properties properties) {
    return locate(env, properties, ENVIRONMENT_VARIABLE, SYSTEM_PROPERTY);
  }

  /**
   * Where a contract file is configured: the environment variable, else the system property; never
   * a search of the file system.
   */
  static Location locate(
      Map<String, String> env,
      Properties properties,
      String environmentVariable,
      String systemProperty) {
    String fromEnv = env.get(environmentVariable);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return new Location(
          Optional.of(Path.of(fromEnv.strip()).toAbsolutePath().normalize()),
          "environment variable " + environmentVariable);
    }
    String fromProperty = properties.getProperty(systemProperty);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return new Location(
          Optional.of(Path.of(fromProperty.strip()).toAbsolutePath().normalize()),
          "system property " + systemProperty);
    }
    return new Location(
        Optional.empty(),
        "not configured: neither the environment variable "
            + environmentVariable
            + " nor the system property "
            + systemProperty
            + " is set");
  }

  /** Skips (or, under CI, fails) the current test because the specification is absent. */
  static OpenApiContract absent(Location location, boolean ci) {
    return skipOrFail(
        "The official DigitalOcean OpenAPI spec is absent: "
            + location.describe()
            + ". Contract tests need it; set "
            + ENVIRONMENT_VARIABLE
            + " (or -D"
            + SYSTEM_PROPERTY
            + ") to the path of digitalocean-public.v2.yaml.",
        ci);
  }

  /**
   * Skips the current test (JUnit {@link Assumptions#abort(String)}) because a contract file is
   * absent, or under {@code CI=true} fails with {@link IllegalStateException}.
   */
  static <T> T skipOrFail(String message, boolean ci) {
    if (ci) {
      throw new IllegalStateException(
          message + " CI=true, so a missing contract fails the run instead of skipping tests.");
    }
    return Assumptions.abort(message + " Skipping this test.");
  }

  private static LevelResolver levels() {
    LevelResolver.Builder levels =
        LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE);
    for (String key :
        List.of(
            "validation.request.path.missing",
            "validation.request.operation.notAllowed",
            "validation.request.security.missing",
            "validation.request.security.invalid",
            "validation.request.body.missing",
            "validation.request.body.unexpected",
            "validation.request.parameter.query.unexpected",
            "validation.request.parameter.query.missing",
            "validation.request.contentType.invalid",
            "validation.request.contentType.notAllowed",
            "validation.request.accept.invalid",
            "validation.request.accept.notAllowed")) {
      levels.withLevel(key, ValidationReport.Level.ERROR);
    }
    return levels.build();
  }

  private static Optional<String> operationId(ValidationReport.Message message) {
    return message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getApiOperation)
        .map(operation -> operation.getOperation().getOperationId())
        .filter(Objects::nonNull);
  }

  private static String render(ValidationReport.Message message) {
    StringBuilder text = new StringBuilder(message.getMessage().strip());
    if (message.getNestedMessages().isEmpty()) {
      for (String info : message.getAdditionalInfo()) {
        text.append("\n    ").append(info.strip());
      }
    }
    appendNested(text, message.getNestedMessages(), 1);
    return text.toString();
  }

  private static void appendNested(
      StringBuilder text, List<ValidationReport.Message> nested, int depth) {
    for (ValidationReport.Message child : nested) {
      text.append('\n')
          .append("    ".repeat(depth))
          .append("- ")
          .append(child.getMessage().strip());
      appendNested(text, child.getNestedMessages(), depth + 1);
    }
  }

  /** The outcome of loading the shared contract: a contract, a failure, or absence. */
  private static final class Shared {
    final Location location;
    final @Nullable OpenApiContract contract;
    final @Nullable RuntimeException failure;

    private Shared(
        Location location, @Nullable OpenApiContract contract, @Nullable RuntimeException failure) {
      this.location = location;
      this.contract = contract;
      this.failure = failure;
    }

    static Shared load() {
      Location location = locate(System.getenv(), System.getProperties());
      if (!location.exists()) {
        return new Shared(location, null, null);
      }
      try {
        return new Shared(location, OpenApiContract.load(location.path().orElseThrow()), null);
      } catch (RuntimeException e) {
        return new Shared(location, null, e);
      }
    }
  }

  /** Lazy holder: the JVM runs {@link Shared#load()} once, on first access, thread-safely. */
  private static final class Holder {
    static final Shared SHARED = Shared.load();
  }
}
