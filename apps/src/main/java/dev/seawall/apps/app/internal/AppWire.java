package dev.seawall.apps.app.internal;

import com.squareup.moshi.Json;
import dev.seawall.apps.app.App;
import dev.seawall.apps.app.AppAlert;
import dev.seawall.apps.app.AppComponent;
import dev.seawall.apps.app.AppDatabase;
import dev.seawall.apps.app.AppDeployment;
import dev.seawall.apps.app.AppDomain;
import dev.seawall.apps.app.ComponentType;
import dev.seawall.apps.app.CorsPolicy;
import dev.seawall.apps.app.DeploymentPhase;
import dev.seawall.apps.app.EnvScope;
import dev.seawall.apps.app.EnvVar;
import dev.seawall.apps.app.EnvVarType;
import dev.seawall.apps.app.GitSource;
import dev.seawall.apps.app.ImageSource;
import dev.seawall.apps.app.IngressRule;
import dev.seawall.apps.app.OriginMatch;
import dev.seawall.apps.app.Redirect;
import dev.seawall.apps.app.Source;
import dev.seawall.apps.app.TlsVersion;
import dev.seawall.apps.app.UnmodelledSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app exactly as the API writes it (the parts Seawall reads). {@link #toModel()} is the one
 * mapping to {@link App}.
 *
 * @param id the UUID
 * @param spec the app spec read back (SECRET values as {@code EV[...]} ciphertext)
 * @param defaultIngress the default URL
 * @param activeDeployment the deployment serving traffic
 * @param inProgressDeployment the deployment being built or deployed
 * @param pendingDeployment the deployment waiting to start
 */
public record AppWire(
    String id,
    SpecWire spec,
    @Json(name = "default_ingress") String defaultIngress,
    @Json(name = "active_deployment") Optional<DeploymentWire> activeDeployment,
    @Json(name = "in_progress_deployment") Optional<DeploymentWire> inProgressDeployment,
    @Json(name = "pending_deployment") Optional<DeploymentWire> pendingDeployment) {

  /** The read model. */
  public App toModel() {
    List<AppComponent> components = new ArrayList<>();
    spec.services.forEach(c -> components.add(c.toModel(ComponentType.SERVICE)));
    spec.workers.forEach(c -> components.add(c.toModel(ComponentType.WORKER)));
    spec.staticSites.forEach(c -> components.add(c.toModel(ComponentType.STATIC_SITE)));
    spec.jobs.forEach(c -> components.add(c.toModel(ComponentType.JOB)));
    spec.functions.forEach(c -> components.add(c.toModel(ComponentType.FUNCTIONS)));
    Map<String, Map<String, Object>> unmodelled = new LinkedHashMap<>();
    for (List<ComponentWire> list :
        List.of(spec.services, spec.workers, spec.staticSites, spec.jobs, spec.functions)) {
      list.forEach(c -> unmodelled.put(c.name, c.unmodelled()));
    }
    return new App(
        id,
        spec.name,
        spec.region.isEmpty() ? Optional.empty() : Optional.of(spec.region),
        components,
        spec.domains.stream().map(DomainWire::toModel).toList(),
        spec.ingress.map(i -> i.rules.stream().map(RuleWire::toModel).toList()).orElse(List.of()),
        spec.databases.stream().map(DatabaseWire::toModel).toList(),
        spec.alerts.stream().map(a -> new AppAlert(a.rule, a.disabled)).toList(),
        spec.enhancedThreatControl,
        defaultIngress,
        activeDeployment.map(DeploymentWire::toModel),
        inProgressDeployment.or(() -> pendingDeployment).map(DeploymentWire::toModel),
        Map.of(),
        UnmodelledSettings.of(spec.unmodelled(), unmodelled));
  }

  /** {@code apps_deployment} (the parts Seawall reads). */
  public record DeploymentWire(String id, String phase, String cause) {
    /** The read model. */
    public AppDeployment toModel() {
      return new AppDeployment(id, DeploymentPhase.fromApi(phase), cause);
    }
  }

  /**
   * {@code app_spec}: the fields Seawall models, and those it keeps unchanged ({@link
   * UnmodelledSettings#APP_FIELDS}) as JSON trees.
   */
  public record SpecWire(
      String name,
      String region,
      List<DomainWire> domains,
      List<ComponentWire> services,
      List<ComponentWire> workers,
      @Json(name = "static_sites") List<ComponentWire> staticSites,
      List<ComponentWire> jobs,
      List<DatabaseWire> databases,
      Optional<IngressWire> ingress,
      List<AlertWire> alerts,
      @Json(name = "enhanced_threat_control_enabled") Optional<Boolean> enhancedThreatControl,
      List<ComponentWire> functions,
      Optional<Object> egress,
      Optional<Object> vpc,
      Optional<Object> maintenance,
      @Json(name = "disable_edge_cache") Optional<Object> disableEdgeCache,
      @Json(name = "disable_email_obfuscation") Optional<Object> disableEmailObfuscation) {
    Map<String, Object> unmodelled() {
      return present(
          List.of(egress, vpc, maintenance, disableEdgeCache, disableEmailObfuscation),
          UnmodelledSettings.APP_FIELDS);
    }
  }

  /** The present values of {@code values} by the field names at the same positions. */
  private static Map<String, Object> present(List<Optional<Object>> values, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String field = fields.get(i);
      values.get(i).ifPresent(value -> out.put(field, value));
    }
    return out;
  }

  /** {@code app_domain_spec}. */
  public record DomainWire(
      String domain,
      String type,
      boolean wildcard,
      String zone,
      @Json(name = "minimum_tls_version") String minimumTlsVersion) {
    AppDomain toModel() {
      return new AppDomain(
          domain,
          type.isEmpty() ? "UNSPECIFIED" : type,
          wildcard,
          zone,
          minimumTlsVersion.isEmpty()
              ? Optional.empty()
              : Optional.of(TlsVersion.fromApi(minimumTlsVersion)));
    }
  }

  /**
   * A component of any type: the fields Seawall manages, and those it keeps unchanged ({@link
   * UnmodelledSettings#COMPONENT_FIELDS}, in that order) as JSON trees.
   */
  public record ComponentWire(
      String name,
      Optional<ImageWire> image,
      Optional<GitWire> git,
      Optional<GitWire> github,
      Optional<GitWire> gitlab,
      Optional<GitWire> bitbucket,
      List<EnvWire> envs,
      @Json(name = "instance_count") long instanceCount,
      @Json(name = "instance_size_slug") String instanceSizeSlug,
      @Json(name = "http_port") long httpPort,
      @Json(name = "run_command") String runCommand,
      @Json(name = "source_dir") String sourceDir,
      @Json(name = "health_check") Optional<Object> healthCheck,
      @Json(name = "liveness_health_check") Optional<Object> livenessHealthCheck,
      Optional<Object> autoscaling,
      @Json(name = "log_destinations") Optional<Object> logDestinations,
      Optional<Object> alerts,
      @Json(name = "build_command") Optional<Object> buildCommand,
      @Json(name = "dockerfile_path") Optional<Object> dockerfilePath,
      @Json(name = "environment_slug") Optional<Object> environmentSlug,
      Optional<Object> protocol,
      @Json(name = "internal_ports") Optional<Object> internalPorts,
      Optional<Object> termination,
      Optional<Object> kind,
      @Json(name = "index_document") Optional<Object> indexDocument,
      @Json(name = "error_document") Optional<Object> errorDocument,
      @Json(name = "catchall_document") Optional<Object> catchallDocument,
      @Json(name = "output_dir") Optional<Object> outputDir,
      Optional<Object> cors,
      Optional<Object> routes) {
    Map<String, Object> unmodelled() {
      return present(
          List.of(
              healthCheck,
              livenessHealthCheck,
              autoscaling,
              logDestinations,
              alerts,
              buildCommand,
              dockerfilePath,
              environmentSlug,
              protocol,
              internalPorts,
              termination,
              kind,
              indexDocument,
              errorDocument,
              catchallDocument,
              outputDir,
              cors,
              routes),
          UnmodelledSettings.COMPONENT_FIELDS);
    }

    AppComponent toModel(ComponentType type) {
      return new AppComponent(
          type,
          name,
          source(),
          envs.stream()
              .map(
                  e ->
                      new EnvVar(
                          e.key, e.value, EnvVarType.fromApi(e.type), EnvScope.fromApi(e.scope)))
              .toList(),
          (int) instanceCount,
          instanceSizeSlug,
          (int) httpPort,
          runCommand,
          sourceDir);
    }

    private Source source() {
      if (image.isPresent()) {
        ImageWire i = image.get();
        return new ImageSource(i.registryType, i.registry, i.repository, i.tag, i.digest);
      }
      if (git.isPresent()) {
        return new GitSource("git", git.get().repoCloneUrl, git.get().branch, false);
      }
      for (var entry :
          List.of(
              Map.entry("github", github),
              Map.entry("gitlab", gitlab),
              Map.entry("bitbucket", bitbucket))) {
        if (entry.getValue().isPresent()) {
          GitWire g = entry.getValue().get();
          return new GitSource(entry.getKey(), g.repo, g.branch, g.deployOnPush);
        }
      }
      return new ImageSource("", "", "", "", ""); // no source reported
    }
  }

  /** {@code apps_image_source_spec}. */
  public record ImageWire(
      @Json(name = "registry_type") String registryType,
      String registry,
      String repository,
      String tag,
      String digest) {}

  /** The git, GitHub, GitLab and Bitbucket source specs. */
  public record GitWire(
      @Json(name = "repo_clone_url") String repoCloneUrl,
      String repo,
      String branch,
      @Json(name = "deploy_on_push") boolean deployOnPush) {}

  /** {@code app_variable_definition}. */
  public record EnvWire(String key, String value, String type, String scope) {}

  /** {@code app_database_spec}. */
  public record DatabaseWire(
      String name,
      @Json(name = "cluster_name") String clusterName,
      String engine,
      @Json(name = "db_name") String dbName,
      @Json(name = "db_user") String dbUser) {
    AppDatabase toModel() {
      return new AppDatabase(name, clusterName, engine, dbName, dbUser);
    }
  }

  /** {@code app_ingress_spec}. */
  public record IngressWire(List<RuleWire> rules) {}

  /** {@code app_ingress_spec_rule}. */
  public record RuleWire(
      Optional<MatchWire> match,
      Optional<CorsWire> cors,
      Optional<RouteWire> component,
      Optional<RedirectWire> redirect) {
    IngressRule toModel() {
      String prefix = match.flatMap(m -> m.path).map(p -> p.prefix).orElse("");
      String authority = match.flatMap(m -> m.authority).map(a -> a.exact).orElse("");
      return new IngressRule(
          prefix,
          authority,
          component.map(c -> c.name),
          redirect.map(r -> new Redirect(r.scheme, r.authority, r.uri, (int) r.redirectCode)),
          cors.map(CorsWire::toModel));
    }
  }

  /** {@code app_ingress_spec_rule_match}. */
  public record MatchWire(Optional<PrefixWire> path, Optional<ExactWire> authority) {}

  /** A path prefix. */
  public record PrefixWire(String prefix) {}

  /** An exact string. */
  public record ExactWire(String exact) {}

  /** {@code app_ingress_spec_rule_routing_component}. */
  public record RouteWire(String name) {}

  /** {@code app_ingress_spec_rule_routing_redirect}. */
  public record RedirectWire(
      String scheme,
      String authority,
      String uri,
      @Json(name = "redirect_code") long redirectCode) {}

  /** {@code apps_cors_policy}. */
  public record CorsWire(
      @Json(name = "allow_origins") List<StringMatchWire> allowOrigins,
      @Json(name = "allow_methods") List<String> allowMethods,
      @Json(name = "allow_headers") List<String> allowHeaders,
      @Json(name = "allow_credentials") boolean allowCredentials) {
    CorsPolicy toModel() {
      return new CorsPolicy(
          allowOrigins.stream().map(StringMatchWire::toModel).toList(),
          allowMethods,
          allowHeaders,
          allowCredentials);
    }
  }

  /** {@code apps_string_match}. */
  public record StringMatchWire(
      Optional<String> exact, Optional<String> prefix, Optional<String> regex) {
    OriginMatch toModel() {
      if (exact.isPresent()) {
        return OriginMatch.exact(exact.get());
      }
      if (regex.isPresent()) {
        return OriginMatch.regex(regex.get());
      }
      return new OriginMatch("prefix", prefix.orElse(""));
    }
  }

  /** {@code app_alert_spec}. */
  public record AlertWire(String rule, boolean disabled) {}
}
