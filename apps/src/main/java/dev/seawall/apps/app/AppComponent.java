package dev.seawall.apps.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One component of an app: a service, worker, static site, job or functions component, with its
 * source and environment variables. Immutable; the {@code with...} methods return changed copies.
 *
 * <pre>{@code
 * AppComponent api = AppComponent.service("api", ImageSource.docr("api", "1.4.2"))
 *     .withHttpPort(8080)
 *     .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))
 *     .withEnv(EnvVar.secret("STRIPE_API_KEY", stripeKey));
 * }</pre>
 *
 * @param type the kind of component
 * @param name unique in the app: lower-case letters, digits and dashes, 2 to 32 characters
 * @param source the image or repository
 * @param envs the environment variables, each key once
 * @param instanceCount instances (services, workers, jobs); 0 when the API did not report it
 * @param instanceSizeSlug the instance size, e.g. {@code apps-s-1vcpu-0.5gb}; empty if not set
 * @param httpPort the port a service listens on; 0 when not set
 * @param runCommand the command overriding the image's; empty if none
 * @param sourceDir the directory of the repository to build ({@code source_dir}, relative to its
 *     root, e.g. {@code packages/functions}); empty for the root
 */
public record AppComponent(
    ComponentType type,
    String name,
    Source source,
    List<EnvVar> envs,
    int instanceCount,
    String instanceSizeSlug,
    int httpPort,
    String runCommand,
    String sourceDir) {
  /** The instance size of a new component: {@value}. */
  public static final String DEFAULT_INSTANCE_SIZE = "apps-s-1vcpu-0.5gb";

  /** Validates and copies the components. */
  public AppComponent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    envs = List.copyOf(envs);
    Objects.requireNonNull(instanceSizeSlug, "instanceSizeSlug");
    Objects.requireNonNull(runCommand, "runCommand");
    Objects.requireNonNull(sourceDir, "sourceDir");
  }

  /** A service: one instance of {@value #DEFAULT_INSTANCE_SIZE}, no variables. */
  public static AppComponent service(String name, Source source) {
    return new AppComponent(
        ComponentType.SERVICE, name, source, List.of(), 1, DEFAULT_INSTANCE_SIZE, 0, "", "");
  }

  /** A worker: one instance of {@value #DEFAULT_INSTANCE_SIZE}, no variables. */
  public static AppComponent worker(String name, Source source) {
    return new AppComponent(
        ComponentType.WORKER, name, source, List.of(), 1, DEFAULT_INSTANCE_SIZE, 0, "", "");
  }

  /** A job: one instance of {@value #DEFAULT_INSTANCE_SIZE}, no variables. */
  public static AppComponent job(String name, Source source) {
    return new AppComponent(
        ComponentType.JOB, name, source, List.of(), 1, DEFAULT_INSTANCE_SIZE, 0, "", "");
  }

  /** A static site (no instances). */
  public static AppComponent staticSite(String name, Source source) {
    return new AppComponent(ComponentType.STATIC_SITE, name, source, List.of(), 0, "", 0, "", "");
  }

  /**
   * A functions component ({@code app_functions_spec}): the functions of a {@code project.yml} in a
   * git repository, built and deployed with the app. No instances and no port: App Platform runs
   * them on demand. Route requests to it with the app's ingress rules ({@code
   * IngressRule.route("/api", name)}, with {@link IngressRule#withCors} for CORS, SW-APP-004); its
   * variables follow the rules of every component (SW-APP-001, SW-APP-002).
   *
   * <pre>{@code
   * AppComponent.functions("jobs", GitSource.github("acme/jobs", "main"))
   *     .withSourceDir("functions")
   *     .withEnv(EnvVar.secret("STRIPE_API_KEY", stripeKey));
   * }</pre>
   *
   * @param name unique in the app
   * @param source the repository holding the functions project ({@code git}, {@code github}, {@code
   *     gitlab} or {@code bitbucket}; functions are never built from an image)
   */
  public static AppComponent functions(String name, GitSource source) {
    return new AppComponent(ComponentType.FUNCTIONS, name, source, List.of(), 0, "", 0, "", "");
  }

  /** This component with {@code env} added. */
  public AppComponent withEnv(EnvVar env) {
    List<EnvVar> all = new ArrayList<>(envs);
    all.add(Objects.requireNonNull(env, "env"));
    return withEnvs(all);
  }

  /** This component with exactly these variables. */
  public AppComponent withEnvs(List<EnvVar> envs) {
    return new AppComponent(
        type, name, source, envs, instanceCount, instanceSizeSlug, httpPort, runCommand, sourceDir);
  }

  /** This component with {@code count} instances. */
  public AppComponent withInstanceCount(int count) {
    return new AppComponent(
        type, name, source, envs, count, instanceSizeSlug, httpPort, runCommand, sourceDir);
  }

  /** This component on instances of size {@code slug}. */
  public AppComponent withInstanceSizeSlug(String slug) {
    return new AppComponent(
        type, name, source, envs, instanceCount, slug, httpPort, runCommand, sourceDir);
  }

  /** This service listening on {@code port}. */
  public AppComponent withHttpPort(int port) {
    return new AppComponent(
        type, name, source, envs, instanceCount, instanceSizeSlug, port, runCommand, sourceDir);
  }

  /** This component run with {@code command}. */
  public AppComponent withRunCommand(String command) {
    return new AppComponent(
        type, name, source, envs, instanceCount, instanceSizeSlug, httpPort, command, sourceDir);
  }

  /**
   * This component built from the directory {@code dir} of its repository ({@code source_dir},
   * relative to the repository's root, e.g. {@code packages/functions}). Default: the root.
   */
  public AppComponent withSourceDir(String dir) {
    return new AppComponent(
        type, name, source, envs, instanceCount, instanceSizeSlug, httpPort, runCommand, dir);
  }

  /**
   * This component's own fields, without its variables: what the {@code components} diff compares.
   */
  public AppComponent withoutEnvs() {
    return withEnvs(List.of());
  }

  /** {@code service api (image DOCR api:1.4.2, 2 x apps-s-1vcpu-0.5gb, port 8080)}; no values. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(source.toString());
    if (instanceCount > 0) {
      parts.add(instanceCount + " x " + (instanceSizeSlug.isEmpty() ? "?" : instanceSizeSlug));
    }
    if (httpPort > 0) {
      parts.add("port " + httpPort);
    }
    if (!runCommand.isEmpty()) {
      parts.add("run " + runCommand);
    }
    if (!sourceDir.isEmpty()) {
      parts.add("dir " + sourceDir);
    }
    if (!envs.isEmpty()) {
      parts.add(envs.stream().map(EnvVar::key).collect(Collectors.joining(",", "envs ", "")));
    }
    return type.label() + " " + name + " (" + String.join(", ", parts) + ")";
  }
}
