package dev.seawall.apps.functions;

import dev.seawall.apps.AppsRules;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The {@code project.yml} of a Functions project, the file {@code doctl serverless deploy <dir>}
 * deploys into a namespace: packages of functions with their runtime, web exposure, environment,
 * parameters and limits. Written with SnakeYAML ({@link #toYaml()}, {@link #writeTo(Path)}).
 *
 * <p>Secure by default:
 *
 * <ul>
 *   <li>functions are not web-exposed ({@code web: false}); {@link Function#web(WebMode)} other
 *       than {@link WebMode#OFF} is refused unless {@link Function#allowWebExposure} (SW-FN-001);
 *   <li>a web function requires the {@code X-Require-Whisk-Auth} secret ({@code webSecure: true},
 *       the {@code require-whisk-auth} annotation: doctl generates the secret) unless {@link
 *       Function#webSecure(boolean) webSecure(false)} with {@link Function#allowAnonymousWebAccess}
 *       (SW-FN-002);
 *   <li>raw HTTP ({@code web: raw}) needs its own {@link Function#allowRawHttp} (SW-FN-003);
 *   <li>a secret-looking value in {@code environment} or {@code parameters} (project, package or
 *       function level) must be a {@code ${NAME}} template that doctl resolves from the uncommitted
 *       {@code .env} at deploy time, never a literal (SW-FN-005; {@code allowLiteral}).
 * </ul>
 *
 * <pre>{@code
 * FunctionsProject project = FunctionsProject.builder()
 *     .addPackage(FunctionsProject.Package.named("billing")
 *         .withEnvironment("STRIPE_API_KEY", "${STRIPE_API_KEY}")      // from .env
 *         .withFunction(FunctionsProject.Function.named("invoice", "nodejs:18"))
 *         .withFunction(FunctionsProject.Function.named("stripe-webhook", "nodejs:18")
 *             .web(WebMode.ON)                                          // webSecure: true
 *             .allowWebExposure(Justification.of("SEC-12: Stripe calls it"))))
 *     .build();
 * project.writeTo(Path.of("functions"));                                 // functions/project.yml
 * }</pre>
 *
 * <p>Immutable. The YAML holds only what the project says: literals the opt-outs accepted, and
 * {@code ${NAME}} references for secrets, so writing it never spreads a secret.
 */
public final class FunctionsProject {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

  private final Values values;
  private final List<Package> packages;

  private FunctionsProject(Builder builder) {
    this.values = builder.values;
    this.packages = List.copyOf(builder.packages);
  }

  /** Starts a project; at least one package with one function is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The packages, in order. */
  public List<Package> packages() {
    return packages;
  }

  /** The project-level environment (every function's). */
  public Map<String, Object> environment() {
    return values.environment;
  }

  /** The project-level parameters (every function's). */
  public Map<String, Object> parameters() {
    return values.parameters;
  }

  /** Every risk accepted through the opt-outs, with the package and function concerned. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    List<AcknowledgedRisk> risks = new ArrayList<>(values.risks("project"));
    for (Package p : packages) {
      risks.addAll(p.values.risks(p.name));
      for (Function f : p.functions) {
        risks.addAll(f.values.risks(p.name + "/" + f.name));
        f.web.forEach(
            (rule, why) -> risks.add(AcknowledgedRisk.of(rule, why, p.name + "/" + f.name)));
      }
    }
    return List.copyOf(risks);
  }

  /**
   * The {@code project.yml} text (block style, keys in doctl's order). Every opt-out the project
   * records is written as a {@code # seawall:accept RULE justification} comment right above the
   * line it concerns, so that {@code seawall scan} (and any reader) sees the justification instead
   * of an open finding.
   */
  public String toYaml() {
    return AcceptComments.insert(yaml(), accepted());
  }

  /** Each opt-out of the project, at the key a scan reports it at. */
  private List<AcceptComments.Accepted> accepted() {
    List<AcceptComments.Accepted> accepted = new ArrayList<>(values.accepted(List.of()));
    for (int i = 0; i < packages.size(); i++) {
      Package p = packages.get(i);
      List<String> pkg = List.of("packages", String.valueOf(i));
      accepted.addAll(p.values.accepted(pkg));
      for (int j = 0; j < p.functions.size(); j++) {
        Function f = p.functions.get(j);
        List<String> fn = new ArrayList<>(pkg);
        fn.addAll(List.of("functions", String.valueOf(j)));
        accepted.addAll(f.values.accepted(fn));
        f.web.forEach(
            (rule, why) -> {
              if (f.webMode == WebMode.OFF
                  || (rule.equals(AppsRules.SW_FN_002) && f.webSecure)
                  || (rule.equals(AppsRules.SW_FN_003) && f.webMode != WebMode.RAW)) {
                return; // nothing for the scan to accept
              }
              List<String> at = new ArrayList<>(fn);
              at.add(rule.equals(AppsRules.SW_FN_002) ? "webSecure" : "web");
              accepted.add(new AcceptComments.Accepted(at, rule, why));
            });
      }
    }
    return accepted;
  }

  private String yaml() {
    Map<String, Object> root = new LinkedHashMap<>();
    values.put(root);
    List<Object> list = new ArrayList<>();
    for (Package p : packages) {
      Map<String, Object> pkg = new LinkedHashMap<>();
      pkg.put("name", p.name);
      p.values.put(pkg);
      List<Object> functions = new ArrayList<>();
      for (Function f : p.functions) {
        functions.add(f.yaml());
      }
      pkg.put("functions", functions);
      list.add(pkg);
    }
    root.put("packages", list);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    return new Yaml(options).dump(root);
  }

  /**
   * Writes {@code project.yml} into {@code directory} (created if missing), replacing the file.
   *
   * @return the file written
   * @throws UncheckedIOException if it cannot be written
   */
  public Path writeTo(Path directory) {
    Path file = directory.resolve("project.yml");
    try {
      Files.createDirectories(directory);
      Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** Names only: never a value. */
  @Override
  public String toString() {
    return "FunctionsProject[packages=" + packages + "]";
  }

  /** Environment and parameters with the literals their owner accepted (SW-FN-005). */
  private static final class Values {
    private final Map<String, Object> environment;
    private final Map<String, Object> parameters;
    private final Map<String, Justification> literals;

    private Values(
        Map<String, ?> environment,
        Map<String, ?> parameters,
        Map<String, Justification> literals) {
      this.environment = SecretValues.copy(environment);
      this.parameters = SecretValues.copy(parameters);
      this.literals = Map.copyOf(literals);
    }

    static final Values NONE = new Values(Map.of(), Map.of(), Map.of());

    Values environment(String key, Object value) {
      Map<String, Object> env = new LinkedHashMap<>(environment);
      env.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return new Values(env, parameters, literals);
    }

    Values parameter(String key, Object value) {
      Map<String, Object> params = new LinkedHashMap<>(parameters);
      params.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return new Values(environment, params, literals);
    }

    Values literal(String key, Justification why) {
      Map<String, Justification> all = new LinkedHashMap<>(literals);
      all.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(why, "justification"));
      return new Values(environment, parameters, all);
    }

    void check(Checks at) {
      BiFunction<Rule, String, List<AcknowledgedRisk>> acks =
          (rule, key) ->
              literals.containsKey(key)
                  ? List.of(AcknowledgedRisk.of(rule, literals.get(key), key))
                  : List.of();
      FunctionPolicy.checkValues(at, "environment", environment, acks);
      FunctionPolicy.checkValues(at, "parameters", parameters, acks);
    }

    /** Each accepted literal at its key under {@code owner} (environment or parameters). */
    List<AcceptComments.Accepted> accepted(List<String> owner) {
      List<AcceptComments.Accepted> accepted = new ArrayList<>();
      literals.forEach(
          (key, why) -> {
            for (String field : List.of("environment", "parameters")) {
              Map<String, Object> values = field.equals("environment") ? environment : parameters;
              if (values.containsKey(key)) {
                List<String> at = new ArrayList<>(owner);
                at.addAll(List.of(field, key));
                accepted.add(new AcceptComments.Accepted(at, AppsRules.SW_FN_005, why));
              }
            }
          });
      return accepted;
    }

    List<AcknowledgedRisk> risks(String owner) {
      List<AcknowledgedRisk> risks = new ArrayList<>();
      literals.forEach(
          (key, why) ->
              risks.add(AcknowledgedRisk.of(AppsRules.SW_FN_005, why, owner + " literal " + key)));
      return risks;
    }

    void put(Map<String, Object> yaml) {
      if (!parameters.isEmpty()) {
        yaml.put("parameters", parameters);
      }
      if (!environment.isEmpty()) {
        yaml.put("environment", environment);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Values other
          && SecretValues.canonical(environment).equals(SecretValues.canonical(other.environment))
          && SecretValues.canonical(parameters).equals(SecretValues.canonical(other.parameters))
          && literals.equals(other.literals);
    }

    @Override
    public int hashCode() {
      return Objects.hash(environment.keySet(), parameters.keySet());
    }
  }

  /**
   * One function of a package. Immutable; the {@code with...}, {@code web...} and {@code allow...}
   * methods return changed copies.
   */
  public static final class Function {
    private final String name;
    private final String runtime;
    private final WebMode webMode;
    private final boolean webSecure;
    private final int timeoutMillis;
    private final int memoryMegabytes;
    private final Values values;
    private final Map<Rule, Justification> web;

    private Function(
        String name,
        String runtime,
        WebMode webMode,
        boolean webSecure,
        int timeoutMillis,
        int memoryMegabytes,
        Values values,
        Map<Rule, Justification> web) {
      this.name = Objects.requireNonNull(name, "name");
      this.runtime = Objects.requireNonNull(runtime, "runtime");
      this.webMode = Objects.requireNonNull(webMode, "webMode");
      this.webSecure = webSecure;
      this.timeoutMillis = timeoutMillis;
      this.memoryMegabytes = memoryMegabytes;
      this.values = values;
      this.web = Map.copyOf(web);
    }

    /**
     * A function that is not web-exposed, with the platform's default limits.
     *
     * @param name the function's name (its source is {@code packages/<package>/<name>})
     * @param runtime e.g. {@code nodejs:18}, {@code python:3.11}, {@code go:1.20}
     */
    public static Function named(String name, String runtime) {
      return new Function(name, runtime, WebMode.OFF, true, 0, 0, Values.NONE, Map.of());
    }

    private Function with(WebMode mode, boolean secure, Values v, Map<Rule, Justification> w) {
      return new Function(name, runtime, mode, secure, timeoutMillis, memoryMegabytes, v, w);
    }

    private Function justified(Rule rule, Justification why) {
      Map<Rule, Justification> all = new LinkedHashMap<>(web);
      all.put(rule, Objects.requireNonNull(why, "justification"));
      return with(webMode, webSecure, values, all);
    }

    /**
     * Sets the web exposure ({@code web}); default {@link WebMode#OFF}. {@link WebMode#ON} needs
     * {@link #allowWebExposure}; {@link WebMode#RAW} needs it and {@link #allowRawHttp}.
     */
    public Function web(WebMode mode) {
      return with(mode, webSecure, values, web);
    }

    /**
     * Sets {@code webSecure} (the {@code require-whisk-auth} annotation) of a web function; default
     * {@code true}: callers must send the {@code X-Require-Whisk-Auth} secret doctl generates.
     * {@code false} needs {@link #allowAnonymousWebAccess}.
     */
    public Function webSecure(boolean secure) {
      return with(webMode, secure, values, web);
    }

    /** Opt-out of SW-FN-001: lets this function be web-exposed. Risk: a public URL. */
    public Function allowWebExposure(Justification justification) {
      return justified(AppsRules.SW_FN_001, justification);
    }

    /**
     * Opt-out of SW-FN-002: lets this web function run for anonymous requests ({@code webSecure:
     * false}). Risk: anyone who finds the URL runs the code and spends the quota.
     */
    public Function allowAnonymousWebAccess(Justification justification) {
      return justified(AppsRules.SW_FN_002, justification);
    }

    /**
     * Opt-out of SW-FN-003: lets this web function receive raw HTTP ({@code web: raw}). Risk: it
     * parses untrusted input itself.
     */
    public Function allowRawHttp(Justification justification) {
      return justified(AppsRules.SW_FN_003, justification);
    }

    /**
     * Adds an environment variable; a secret belongs here as a {@code ${NAME}} template resolved
     * from {@code .env} (a secret-looking literal is refused: SW-FN-005).
     */
    public Function withEnvironment(String key, Object value) {
      return with(webMode, webSecure, values.environment(key, value), web);
    }

    /** Adds a default parameter (the same SW-FN-005 rule as the environment). */
    public Function withParameter(String key, Object value) {
      return with(webMode, webSecure, values.parameter(key, value), web);
    }

    /**
     * Opt-out of SW-FN-005 for the environment or parameter {@code key} of this function: the
     * literal stays although it looks secret. Risk: it is committed and readable.
     */
    public Function allowLiteral(String key, Justification justification) {
      return with(webMode, webSecure, values.literal(key, justification), web);
    }

    /**
     * Sets the limits: {@code timeout} in milliseconds (1 to 900000), {@code memory} in MiB (128 to
     * 1024); 0 keeps the platform's default.
     */
    public Function withLimits(int timeoutMillis, int memoryMegabytes) {
      return new Function(
          name, runtime, webMode, webSecure, timeoutMillis, memoryMegabytes, values, web);
    }

    /** The name. */
    public String name() {
      return name;
    }

    /** The runtime, e.g. {@code nodejs:18}. */
    public String runtime() {
      return runtime;
    }

    /** The web exposure; default {@link WebMode#OFF}. */
    public WebMode webMode() {
      return webMode;
    }

    /** Whether a web call needs the {@code X-Require-Whisk-Auth} secret; default true. */
    public boolean webSecure() {
      return webSecure;
    }

    /** The function's own environment. */
    public Map<String, Object> environment() {
      return values.environment;
    }

    /** The function's own parameters. */
    public Map<String, Object> parameters() {
      return values.parameters;
    }

    private Map<String, Object> yaml() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("name", name);
      out.put("runtime", runtime);
      out.put("web", webMode.yamlValue());
      if (webMode != WebMode.OFF) {
        out.put("webSecure", webSecure);
      }
      values.put(out);
      Map<String, Object> limits = new LinkedHashMap<>();
      if (timeoutMillis > 0) {
        limits.put("timeout", timeoutMillis);
      }
      if (memoryMegabytes > 0) {
        limits.put("memory", memoryMegabytes);
      }
      if (!limits.isEmpty()) {
        out.put("limits", limits);
      }
      return out;
    }

    private void check(Checks at) {
      if (!NAME.matcher(name).matches()) {
        at.invalid("name", "must be 1 to 64 letters, digits, '.', '_' and '-'");
      }
      if (!runtime.matches("[a-z]+:[A-Za-z0-9.]+")) {
        at.invalid("runtime", "names the runtime and version, e.g. nodejs:18 or python:3.11");
      }
      if (timeoutMillis < 0 || timeoutMillis > 900_000) {
        at.invalid("limits.timeout", "must be 1 to 900000 milliseconds (0: the default)");
      }
      if (memoryMegabytes != 0 && (memoryMegabytes < 128 || memoryMegabytes > 1024)) {
        at.invalid("limits.memory", "must be 128 to 1024 MiB (0: the default)");
      }
      FunctionPolicy.checkWeb(
          at,
          webMode,
          webSecure,
          (rule, detail) ->
              web.containsKey(rule)
                  ? List.of(AcknowledgedRisk.of(rule, web.get(rule), name))
                  : List.of());
      values.check(at);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Function other
          && name.equals(other.name)
          && runtime.equals(other.runtime)
          && webMode == other.webMode
          && webSecure == other.webSecure
          && timeoutMillis == other.timeoutMillis
          && memoryMegabytes == other.memoryMegabytes
          && values.equals(other.values)
          && web.equals(other.web);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, runtime, webMode, webSecure);
    }

    /** {@code invoice (nodejs:18, web OFF)}; no values. */
    @Override
    public String toString() {
      return name + " (" + runtime + ", web " + webMode + (webSecure ? "" : " anonymous") + ")";
    }
  }

  /** A package of functions with its shared environment and parameters. Immutable. */
  public static final class Package {
    private final String name;
    private final Values values;
    private final List<Function> functions;

    private Package(String name, Values values, List<Function> functions) {
      this.name = Objects.requireNonNull(name, "name");
      this.values = values;
      this.functions = List.copyOf(functions);
    }

    /** An empty package; its functions' sources live in {@code packages/<name>/}. */
    public static Package named(String name) {
      return new Package(name, Values.NONE, List.of());
    }

    /** This package with {@code function} added. */
    public Package withFunction(Function function) {
      List<Function> all = new ArrayList<>(functions);
      all.add(Objects.requireNonNull(function, "function"));
      return new Package(name, values, all);
    }

    /** Adds a package-level environment variable (same SW-FN-005 rule as a function's). */
    public Package withEnvironment(String key, Object value) {
      return new Package(name, values.environment(key, value), functions);
    }

    /** Adds a package-level parameter (same SW-FN-005 rule). */
    public Package withParameter(String key, Object value) {
      return new Package(name, values.parameter(key, value), functions);
    }

    /** Opt-out of SW-FN-005 for a package-level environment variable or parameter. */
    public Package allowLiteral(String key, Justification justification) {
      return new Package(name, values.literal(key, justification), functions);
    }

    /** The name. */
    public String name() {
      return name;
    }

    /** The functions, in order. */
    public List<Function> functions() {
      return functions;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Package other
          && name.equals(other.name)
          && values.equals(other.values)
          && functions.equals(other.functions);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, functions);
    }

    /** {@code billing [invoice (...), ...]}; no values. */
    @Override
    public String toString() {
      return name + " " + functions;
    }
  }

  /** Builder for {@link FunctionsProject}; {@link #validate()} reports every problem at once. */
  public static final class Builder {
    private Values values = Values.NONE;
    private final List<Package> packages = new ArrayList<>();

    private Builder() {}

    /** Adds a package. */
    public Builder addPackage(Package pkg) {
      packages.add(Objects.requireNonNull(pkg, "pkg"));
      return this;
    }

    /** Adds a project-level environment variable (every function's; SW-FN-005 applies). */
    public Builder environment(String key, Object value) {
      values = values.environment(key, value);
      return this;
    }

    /** Adds a project-level parameter (SW-FN-005 applies). */
    public Builder parameter(String key, Object value) {
      values = values.parameter(key, value);
      return this;
    }

    /** Opt-out of SW-FN-005 for a project-level environment variable or parameter. */
    public Builder allowLiteral(String key, Justification justification) {
      values = values.literal(key, justification);
      return this;
    }

    /**
     * Checks the project: malformed input (SW-INPUT-001) and SW-FN-001, SW-FN-002, SW-FN-003 and
     * SW-FN-005 on every function, package and the project; every problem at once.
     */
    public Validation<Seq<Violation>, FunctionsProject> validate() {
      Checks checks = Checks.on("functions_project");
      values.check(checks);
      if (packages.isEmpty()) {
        checks.invalid("packages", "a project needs a package with a function");
      }
      Set<String> names = new HashSet<>();
      for (Package p : packages) {
        Checks at = checks.at("packages." + p.name);
        if (!NAME.matcher(p.name).matches() || !names.add(p.name)) {
          at.invalid("name", "must be unique, 1 to 64 letters, digits, '.', '_' and '-'");
        }
        p.values.check(at);
        Set<String> functions = new HashSet<>();
        for (Function f : p.functions) {
          if (!functions.add(f.name)) {
            at.at(f.name).invalid("name", "is used twice in the package");
          }
          f.check(at.at(f.name));
        }
      }
      return checks.result(() -> new FunctionsProject(this));
    }

    /**
     * Builds the project.
     *
     * @throws InvalidSpecException listing every problem; messages never hold a value
     */
    public FunctionsProject build() {
      Validation<Seq<Violation>, FunctionsProject> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
