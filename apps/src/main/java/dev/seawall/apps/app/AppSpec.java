package dev.seawall.apps.app;

import dev.seawall.apps.AppsRules;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of an App Platform app ({@code app_spec}): its components (services, workers,
 * static sites, jobs, each from a container image or a git repository; functions from a git
 * repository), custom domains, ingress rules, bound database clusters and alerts.
 *
 * <p>Settings of an existing app this spec does not model ({@link UnmodelledSettings}: health
 * checks, autoscaling, log destinations, build commands, egress, VPC, maintenance, ...) are kept by
 * an update, unchanged, unless {@link Builder#replaceUnmodelledSettings} says to remove them.
 *
 * <p>Secure by default:
 *
 * <ul>
 *   <li>every environment variable whose name or value looks secret must be a {@link
 *       EnvVarType#SECRET} (SW-APP-001; {@link Builder#allowPlaintextEnv}); secret values are
 *       write-only: never in {@link #toString()}, a diff, a report or an exception;
 *   <li>databases are reached through bindable variables ({@link EnvVar#binding}), never a pasted
 *       connection string (SW-APP-002; {@link Builder#allowLiteralDatabaseUrl});
 *   <li>custom domains accept TLS 1.3 at least unless set to 1.2 (SW-APP-003), with certificates
 *       App Platform issues and renews; redirects stay on https (SW-APP-005);
 *   <li>CORS admits listed origins only (SW-APP-004; never any origin with credentials; {@link
 *       Builder#allowAnyOrigin} without them);
 *   <li>a {@code DEPLOYMENT_FAILED} alert (SW-APP-006; {@link
 *       Builder#withoutDeploymentFailureAlert}) and {@code enhanced_threat_control_enabled}
 *       (layer-7 DDoS checks) are on.
 * </ul>
 *
 * <pre>{@code
 * AppSpec spec = AppSpec.builder()
 *     .name("orders")
 *     .region("fra")
 *     .addDatabase(AppDatabase.cluster("db", "orders-db", "PG").as("orders", "orders_app"))
 *     .addComponent(AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
 *         .withHttpPort(8080)
 *         .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))
 *         .withEnv(EnvVar.secret("STRIPE_API_KEY", stripeKey)))
 *     .addDomain(AppDomain.primary("orders.example.com").inZone("example.com"))
 *     .addIngressRule(IngressRule.route("/", "api"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Sent as {@code spec} in <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_create">apps_create</a>
 * and <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_update">apps_update</a>.
 */
public final class AppSpec {
  /** The region slugs App Platform offers. */
  public static final Set<String> REGIONS =
      Set.of("atl", "nyc", "sfo", "tor", "ams", "fra", "lon", "blr", "sgp", "syd");

  /** The database engines an app can bind. */
  public static final Set<String> ENGINES =
      Set.of("PG", "MYSQL", "REDIS", "VALKEY", "MONGODB", "KAFKA", "OPENSEARCH");

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}[a-z0-9]");
  private static final Pattern ENV_KEY = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");
  private static final Pattern BINDING =
      Pattern.compile("\\$\\{([A-Za-z0-9_-]+)\\.[A-Za-z0-9_]+\\}");

  private final String name;
  private final String region;
  private final List<AppComponent> components;
  private final List<AppDomain> domains;
  private final List<IngressRule> ingressRules;
  private final List<AppDatabase> databases;
  private final List<AppAlert> alerts;
  private final Map<String, Justification> plaintext;
  private final Map<String, Justification> literalDatabaseUrls;
  private final @Nullable Justification anyOrigin;
  private final @Nullable Justification noDeploymentAlert;
  private final @Nullable Justification noThreatControl;
  private final @Nullable Justification replaceUnmodelled;

  private AppSpec(Builder builder) {
    this.name = builder.name;
    this.region = builder.region;
    this.components = List.copyOf(builder.components);
    this.domains = List.copyOf(builder.domains);
    this.ingressRules = List.copyOf(builder.ingressRules);
    this.databases = List.copyOf(builder.databases);
    this.alerts = builder.effectiveAlerts();
    this.plaintext = Map.copyOf(builder.plaintext);
    this.literalDatabaseUrls = Map.copyOf(builder.literalDatabaseUrls);
    this.anyOrigin = builder.anyOrigin;
    this.noDeploymentAlert = builder.noDeploymentAlert;
    this.noThreatControl = builder.noThreatControl;
    this.replaceUnmodelled = builder.replaceUnmodelled;
  }

  /** Starts a spec; a name and at least one component are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values and opt-outs. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.region = region;
    b.components.addAll(components);
    b.domains.addAll(domains);
    b.ingressRules.addAll(ingressRules);
    b.databases.addAll(databases);
    b.alerts.addAll(alerts);
    b.plaintext.putAll(plaintext);
    b.literalDatabaseUrls.putAll(literalDatabaseUrls);
    b.anyOrigin = anyOrigin;
    b.noDeploymentAlert = noDeploymentAlert;
    b.noThreatControl = noThreatControl;
    b.replaceUnmodelled = replaceUnmodelled;
    return b;
  }

  /** The app name, unique in the account. */
  public String name() {
    return name;
  }

  /** The region slug, e.g. {@code fra}; empty when App Platform picks the nearest. */
  public Optional<String> region() {
    return region.isEmpty() ? Optional.empty() : Optional.of(region);
  }

  /** The components, in order. */
  public List<AppComponent> components() {
    return components;
  }

  /** The custom domains. */
  public List<AppDomain> domains() {
    return domains;
  }

  /** The ingress rules, in order. */
  public List<IngressRule> ingressRules() {
    return ingressRules;
  }

  /** The bound database clusters. */
  public List<AppDatabase> databases() {
    return databases;
  }

  /** The app-level alerts, the default {@code DEPLOYMENT_FAILED} one included. */
  public List<AppAlert> alerts() {
    return alerts;
  }

  /**
   * Whether suspicious requests get layer-7 DDoS checks ({@code enhanced_threat_control_enabled});
   * {@code true} unless {@link Builder#withoutEnhancedThreatControl} was used.
   */
  public boolean enhancedThreatControl() {
    return noThreatControl == null;
  }

  /**
   * Why an update may remove the settings of the existing app this spec does not model ({@link
   * Builder#replaceUnmodelledSettings}); empty (the default) when an update keeps them unchanged.
   */
  public Optional<Justification> unmodelledSettingsReplaced() {
    return Optional.ofNullable(replaceUnmodelled);
  }

  /**
   * The risks this spec accepted through its opt-outs, each with the variable or part concerned.
   */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    List<AcknowledgedRisk> risks = new ArrayList<>();
    plaintext.forEach(
        (detail, why) ->
            risks.add(AcknowledgedRisk.of(AppsRules.SW_APP_001, why, "plain-text " + detail)));
    literalDatabaseUrls.forEach(
        (detail, why) ->
            risks.add(
                AcknowledgedRisk.of(AppsRules.SW_APP_002, why, "literal connection in " + detail)));
    if (anyOrigin != null) {
      risks.add(AcknowledgedRisk.of(AppsRules.SW_APP_004, anyOrigin, "CORS admits any origin"));
    }
    if (noDeploymentAlert != null) {
      risks.add(
          AcknowledgedRisk.of(
              AppsRules.SW_APP_006, noDeploymentAlert, "no DEPLOYMENT_FAILED alert"));
    }
    if (noThreatControl != null) {
      risks.add(
          AcknowledgedRisk.of(
              AppsRules.SW_APP_007, noThreatControl, "enhanced threat control off"));
    }
    return List.copyOf(risks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AppSpec other
        && name.equals(other.name)
        && region.equals(other.region)
        && components.equals(other.components)
        && domains.equals(other.domains)
        && ingressRules.equals(other.ingressRules)
        && databases.equals(other.databases)
        && alerts.equals(other.alerts)
        && plaintext.equals(other.plaintext)
        && literalDatabaseUrls.equals(other.literalDatabaseUrls)
        && Objects.equals(anyOrigin, other.anyOrigin)
        && Objects.equals(noDeploymentAlert, other.noDeploymentAlert)
        && Objects.equals(noThreatControl, other.noThreatControl)
        && Objects.equals(replaceUnmodelled, other.replaceUnmodelled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, region, components, domains, ingressRules, databases, alerts);
  }

  /** Names and shapes only: never a variable's value. */
  @Override
  public String toString() {
    return "AppSpec[name="
        + name
        + ", region="
        + (region.isEmpty() ? "(nearest)" : region)
        + ", components="
        + components
        + ", domains="
        + domains
        + ", databases="
        + databases
        + "]";
  }

  /**
   * Builder for {@link AppSpec}. Setters never throw for bad values: {@link #validate()} reports
   * every problem at once.
   */
  public static final class Builder {
    private String name = "";
    private String region = "";
    private final List<AppComponent> components = new ArrayList<>();
    private final List<AppDomain> domains = new ArrayList<>();
    private final List<IngressRule> ingressRules = new ArrayList<>();
    private final List<AppDatabase> databases = new ArrayList<>();
    private final List<AppAlert> alerts = new ArrayList<>();
    private final Map<String, Justification> plaintext = new LinkedHashMap<>();
    private final Map<String, Justification> literalDatabaseUrls = new LinkedHashMap<>();
    private @Nullable Justification anyOrigin;
    private @Nullable Justification noDeploymentAlert;
    private @Nullable Justification noThreatControl;
    private @Nullable Justification replaceUnmodelled;

    private Builder() {}

    /** Sets the name: lower-case letters, digits and dashes, 2 to 32 characters. Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the region slug ({@link #REGIONS}). Default: the nearest available. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** Adds a component. */
    public Builder addComponent(AppComponent component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /** Replaces the components. */
    public Builder components(List<AppComponent> components) {
      this.components.clear();
      components.forEach(this::addComponent);
      return this;
    }

    /** Adds a custom domain (TLS 1.3 at least unless it says 1.2). */
    public Builder addDomain(AppDomain domain) {
      domains.add(Objects.requireNonNull(domain, "domain"));
      return this;
    }

    /** Adds an ingress rule. */
    public Builder addIngressRule(IngressRule rule) {
      ingressRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Binds a managed database cluster; components reach it with {@link EnvVar#binding}. In a
     * stack, {@code AppResource.Builder.database} does this and also adds the app to the cluster's
     * trusted sources.
     */
    public Builder addDatabase(AppDatabase database) {
      databases.add(Objects.requireNonNull(database, "database"));
      return this;
    }

    /** Adds an app-level alert (besides the default {@code DEPLOYMENT_FAILED}). */
    public Builder addAlert(AppAlert alert) {
      alerts.add(Objects.requireNonNull(alert, "alert"));
      return this;
    }

    /**
     * Opt-out of SW-APP-001: lets the variable {@code key} of {@code component} stay a plain-text
     * GENERAL variable although its name or value looks secret. Risk: everyone with {@code
     * app:read} reads it. Default: refused.
     */
    public Builder allowPlaintextEnv(String component, String key, Justification justification) {
      plaintext.put(
          AppPolicy.envDetail(component, key),
          Objects.requireNonNull(justification, "justification"));
      return this;
    }

    /**
     * Opt-out of SW-APP-002: lets the variable {@code key} of {@code component} hold a literal
     * database connection string (for a database outside DigitalOcean; make it a SECRET too). Risk:
     * its password escapes the cluster's credential rotation. Default: refused.
     */
    public Builder allowLiteralDatabaseUrl(
        String component, String key, Justification justification) {
      literalDatabaseUrls.put(
          AppPolicy.envDetail(component, key),
          Objects.requireNonNull(justification, "justification"));
      return this;
    }

    /**
     * Opt-out of SW-APP-004 for CORS policies without credentials: lets them admit any origin (a
     * public read-only API). A policy with credentials and any origin stays refused.
     */
    public Builder allowAnyOrigin(Justification justification) {
      this.anyOrigin = Objects.requireNonNull(justification, "justification");
      return this;
    }

    /**
     * Opt-out of SW-APP-006: no {@code DEPLOYMENT_FAILED} alert. Risk: failed deployments, security
     * fixes included, go unnoticed. Default: the alert is added.
     */
    public Builder withoutDeploymentFailureAlert(Justification justification) {
      this.noDeploymentAlert = Objects.requireNonNull(justification, "justification");
      return this;
    }

    /**
     * Opt-out of SW-APP-007: switches layer-7 DDoS checks off ({@code
     * enhanced_threat_control_enabled: false}), e.g. for machine clients that cannot pass App
     * Platform's challenges. Risk: request floods reach the app's instances unchallenged. Default:
     * on. Recorded in {@link AppSpec#acknowledgedRisks()}.
     */
    public Builder withoutEnhancedThreatControl(Justification justification) {
      this.noThreatControl = Objects.requireNonNull(justification, "justification");
      return this;
    }

    /**
     * Lets an update remove the settings of the existing app that this spec does not model ({@link
     * UnmodelledSettings}: health checks, autoscaling, log destinations, build commands, egress,
     * VPC, maintenance, ... set outside Seawall): the spec then replaces the app's spec as a whole.
     * The diff shows each as removed ({@code health_check: - api (set outside Seawall)}). Risk:
     * what the settings did (a health check keeping a broken release out, an egress IP an
     * allow-list names) is gone. Default: an update sends them back unchanged and the diff does not
     * list them.
     */
    public Builder replaceUnmodelledSettings(Justification justification) {
      this.replaceUnmodelled = Objects.requireNonNull(justification, "justification");
      return this;
    }

    private List<AppAlert> effectiveAlerts() {
      List<AppAlert> all = new ArrayList<>(alerts);
      boolean hasDeploymentAlert =
          all.stream().anyMatch(alert -> alert.rule().equals(AppAlert.DEPLOYMENT_FAILED));
      if (noDeploymentAlert == null && !hasDeploymentAlert) {
        all.add(0, AppAlert.on(AppAlert.DEPLOYMENT_FAILED));
      }
      return List.copyOf(all);
    }

    private List<AcknowledgedRisk> acks(Rule rule, String detail) {
      Justification why =
          switch (rule.id()) {
            case "SW-APP-001" -> plaintext.get(detail);
            case "SW-APP-002" -> literalDatabaseUrls.get(detail);
            case "SW-APP-004" -> anyOrigin;
            case "SW-APP-006" -> noDeploymentAlert;
            case "SW-APP-007" -> noThreatControl;
            default -> null;
          };
      return why == null ? List.of() : List.of(AcknowledgedRisk.of(rule, why, detail));
    }

    /**
     * Checks the spec and returns it, or every problem at once: malformed input (SW-INPUT-001) and
     * SW-APP-001 to SW-APP-007.
     */
    public Validation<Seq<Violation>, AppSpec> validate() {
      Checks checks = Checks.on("app/" + (name.isBlank() ? "(unnamed)" : name));
      if (name.isBlank()) {
        checks.invalid("name", "an app needs a name, e.g. name(\"orders\")");
      } else if (!NAME.matcher(name).matches()) {
        checks.invalid(
            "name",
            "must be 2 to 32 lower-case letters, digits and dashes, starting with a letter");
      }
      if (!region.isEmpty() && !REGIONS.contains(region)) {
        checks.invalid("region", "must be one of " + new java.util.TreeSet<>(REGIONS));
      }
      if (components.isEmpty()) {
        checks.invalid("components", "an app needs at least one component");
      }
      Set<String> names = new HashSet<>();
      for (AppDatabase database : databases) {
        Checks at = checks.at("databases." + database.name());
        checkName(at, database.name(), names);
        if (database.clusterName().isBlank()) {
          at.invalid("cluster_name", "names the existing database cluster to bind");
        }
        if (!ENGINES.contains(database.engine())) {
          at.invalid("engine", "must be one of " + new java.util.TreeSet<>(ENGINES));
        }
      }
      Set<String> databaseNames = new HashSet<>(names);
      for (AppComponent component : components) {
        checkComponent(checks.at(component.name()), component, names);
      }
      for (AppComponent component : components) {
        for (EnvVar env : component.envs()) {
          Matcher binding = BINDING.matcher(env.value());
          while (binding.find()) {
            String target = binding.group(1);
            if (!target.equals("_self") && !names.contains(target)) {
              checks
                  .at(component.name() + ".envs." + env.key())
                  .invalid(
                      "value",
                      "binds to '"
                          + target
                          + "', which is no database or component of the app (databases: "
                          + databaseNames
                          + ")");
            }
          }
        }
      }
      for (int i = 0; i < ingressRules.size(); i++) {
        IngressRule rule = ingressRules.get(i);
        Checks at = checks.at("ingress.rules[" + i + "]");
        if (!rule.pathPrefix().startsWith("/")) {
          at.invalid("path", "a path prefix starts with /");
        }
        if (rule.component().isPresent() == rule.redirect().isPresent()) {
          at.invalid("component", "a rule routes to a component or redirects, exactly one");
        }
        rule.component()
            .filter(c -> components.stream().noneMatch(x -> x.name().equals(c)))
            .ifPresent(c -> at.invalid("component", "names no component of the app: " + c));
      }
      AppPolicy.check(
          checks,
          components,
          domains,
          ingressRules,
          effectiveAlerts(),
          noThreatControl == null,
          this::acks);
      return checks.result(() -> new AppSpec(this));
    }

    private static void checkName(Checks at, String name, Set<String> names) {
      if (!NAME.matcher(name).matches()) {
        at.invalid(
            "name",
            "must be 2 to 32 lower-case letters, digits and dashes, starting with a letter");
      } else if (!names.add(name)) {
        at.invalid("name", "is used twice; component and database names are unique in an app");
      }
    }

    private static void checkComponent(Checks at, AppComponent component, Set<String> names) {
      checkName(at, component.name(), names);
      if (component.source() instanceof ImageSource image) {
        if (image.repository().isBlank()) {
          at.invalid("image.repository", "names the image repository");
        }
        if (image.tag().isEmpty() == image.digest().isEmpty()) {
          at.invalid("image", "pins the image by a tag or a digest, exactly one");
        }
        if (!Set.of("DOCR", "DOCKER_HUB", "GHCR").contains(image.registryType())) {
          at.invalid("image.registry_type", "must be DOCR, DOCKER_HUB or GHCR");
        }
      } else if (component.source() instanceof GitSource git) {
        checkGit(at, git);
      }
      if (component.type() == ComponentType.FUNCTIONS) {
        if (!(component.source() instanceof GitSource)) {
          at.invalid("source", "functions are built from a git repository, not an image");
        }
        if (component.httpPort() != 0 || !component.runCommand().isEmpty()) {
          at.invalid(
              "functions",
              "a functions component has no http_port or run_command; route to it with an"
                  + " ingress rule");
        }
      }
      if (component.sourceDir().startsWith("/") || component.sourceDir().contains("..")) {
        at.invalid("source_dir", "is a directory relative to the repository's root");
      }
      if (component.type().hasInstances() && component.instanceCount() < 1) {
        at.invalid("instance_count", "must be at least 1");
      }
      if (component.httpPort() < 0 || component.httpPort() > 65535) {
        at.invalid("http_port", "must be between 1 and 65535");
      }
      checkEnvs(at, component);
    }

    private static void checkGit(Checks at, GitSource git) {
      if (!Set.of("git", "github", "gitlab", "bitbucket").contains(git.provider())) {
        at.invalid("source", "must be git, github, gitlab or bitbucket");
      }
      if (git.repo().isBlank() || git.branch().isBlank()) {
        at.invalid(git.provider(), "names the repository and the branch");
      }
      if (git.provider().equals("git") && !git.repo().startsWith("https://")) {
        at.invalid("git.repo_clone_url", "must be an https:// clone URL");
      }
    }

    private static void checkEnvs(Checks at, AppComponent component) {
      Set<String> keys = new HashSet<>();
      for (EnvVar env : component.envs()) {
        if (!ENV_KEY.matcher(env.key()).matches()) {
          at.invalid("envs." + env.key(), "a variable name is letters, digits and _");
        } else if (!keys.add(env.key())) {
          at.invalid("envs." + env.key(), "is declared twice");
        }
        if (env.type() == EnvVarType.UNKNOWN || env.scope() == EnvScope.UNKNOWN) {
          at.invalid("envs." + env.key(), "has an unknown type or scope");
        }
      }
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any; the
     *     message never holds a variable's value
     */
    public AppSpec build() {
      Validation<Seq<Violation>, AppSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
