package dev.seawall.apps.app.internal;

import dev.seawall.apps.app.AppAlert;
import dev.seawall.apps.app.AppComponent;
import dev.seawall.apps.app.AppDatabase;
import dev.seawall.apps.app.AppDomain;
import dev.seawall.apps.app.AppSpec;
import dev.seawall.apps.app.ComponentType;
import dev.seawall.apps.app.CorsPolicy;
import dev.seawall.apps.app.EnvVar;
import dev.seawall.apps.app.GitSource;
import dev.seawall.apps.app.ImageSource;
import dev.seawall.apps.app.IngressRule;
import dev.seawall.apps.app.OriginMatch;
import dev.seawall.apps.app.Redirect;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code app_spec} JSON tree of a spec, as sent by {@code apps_create} and {@code apps_update}.
 * A SECRET variable listed in {@code ciphertexts} is sent as that {@code EV[...]} ciphertext (the
 * API's documented way to keep it); every other SECRET is sent as its value, once. The tree holds
 * secret values: it goes to the request body only, never to a log or message.
 */
public final class AppBody {
  private AppBody() {}

  /**
   * The spec's JSON tree.
   *
   * @param ciphertexts per variable ({@code <component>.<KEY>}) the ciphertext to send instead of
   *     the value
   */
  public static Map<String, Object> spec(AppSpec spec, Map<String, String> ciphertexts) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    spec.region().ifPresent(region -> body.put("region", region));
    body.put("enhanced_threat_control_enabled", spec.enhancedThreatControl());
    if (!spec.domains().isEmpty()) {
      body.put("domains", spec.domains().stream().map(AppBody::domain).toList());
    }
    for (ComponentType type : ComponentType.values()) {
      List<Object> components = new ArrayList<>();
      for (AppComponent component : spec.components()) {
        if (component.type() == type) {
          components.add(component(component, ciphertexts));
        }
      }
      if (!components.isEmpty()) {
        body.put(type.field(), components);
      }
    }
    if (!spec.databases().isEmpty()) {
      body.put("databases", spec.databases().stream().map(AppBody::database).toList());
    }
    if (!spec.ingressRules().isEmpty()) {
      body.put(
          "ingress", Map.of("rules", spec.ingressRules().stream().map(AppBody::rule).toList()));
    }
    if (!spec.alerts().isEmpty()) {
      body.put("alerts", spec.alerts().stream().map(AppBody::alert).toList());
    }
    return body;
  }

  private static Map<String, Object> domain(AppDomain domain) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("domain", domain.domain());
    out.put("type", domain.type());
    if (domain.wildcard()) {
      out.put("wildcard", true);
    }
    if (!domain.zone().isEmpty()) {
      out.put("zone", domain.zone());
    }
    domain.minimumTlsVersion().ifPresent(v -> out.put("minimum_tls_version", v.value()));
    return out;
  }

  private static Map<String, Object> component(
      AppComponent component, Map<String, String> ciphertexts) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", component.name());
    if (component.source() instanceof ImageSource image) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("registry_type", image.registryType());
      if (!image.registry().isEmpty()) {
        source.put("registry", image.registry());
      }
      source.put("repository", image.repository());
      if (!image.tag().isEmpty()) {
        source.put("tag", image.tag());
      }
      if (!image.digest().isEmpty()) {
        source.put("digest", image.digest());
      }
      out.put("image", source);
    } else if (component.source() instanceof GitSource git) {
      Map<String, Object> source = new LinkedHashMap<>();
      if (git.provider().equals("git")) {
        source.put("repo_clone_url", git.repo());
        source.put("branch", git.branch());
      } else {
        source.put("repo", git.repo());
        source.put("branch", git.branch());
        source.put("deploy_on_push", git.deployOnPush());
      }
      out.put(git.provider(), source);
    }
    if (!component.sourceDir().isEmpty()) {
      out.put("source_dir", component.sourceDir());
    }
    if (!component.runCommand().isEmpty()) {
      out.put("run_command", component.runCommand());
    }
    if (!component.envs().isEmpty()) {
      List<Object> envs = new ArrayList<>();
      for (EnvVar env : component.envs()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", env.key());
        e.put("scope", env.scope().name());
        e.put("type", env.type().name());
        String kept = ciphertexts.get(component.name() + "." + env.key());
        e.put("value", env.isSecret() && kept != null ? kept : env.value());
        envs.add(e);
      }
      out.put("envs", envs);
    }
    if (component.type().hasInstances()) {
      out.put("instance_count", component.instanceCount());
      if (!component.instanceSizeSlug().isEmpty()) {
        out.put("instance_size_slug", component.instanceSizeSlug());
      }
    }
    if (component.type() == ComponentType.SERVICE && component.httpPort() > 0) {
      out.put("http_port", component.httpPort());
    }
    return out;
  }

  private static Map<String, Object> database(AppDatabase database) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", database.name());
    out.put("cluster_name", database.clusterName());
    out.put("engine", database.engine());
    out.put("production", true);
    if (!database.dbName().isEmpty()) {
      out.put("db_name", database.dbName());
    }
    if (!database.dbUser().isEmpty()) {
      out.put("db_user", database.dbUser());
    }
    return out;
  }

  private static Map<String, Object> rule(IngressRule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> match = new LinkedHashMap<>();
    match.put("path", Map.of("prefix", rule.pathPrefix()));
    if (!rule.authority().isEmpty()) {
      match.put("authority", Map.of("exact", rule.authority()));
    }
    out.put("match", match);
    rule.cors().ifPresent(cors -> out.put("cors", cors(cors)));
    rule.component().ifPresent(name -> out.put("component", Map.of("name", name)));
    rule.redirect().ifPresent(redirect -> out.put("redirect", redirect(redirect)));
    return out;
  }

  private static Map<String, Object> cors(CorsPolicy cors) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> origins = new ArrayList<>();
    for (OriginMatch origin : cors.allowOrigins()) {
      origins.add(Map.of(origin.kind(), origin.value()));
    }
    out.put("allow_origins", origins);
    if (!cors.allowMethods().isEmpty()) {
      out.put("allow_methods", cors.allowMethods());
    }
    if (!cors.allowHeaders().isEmpty()) {
      out.put("allow_headers", cors.allowHeaders());
    }
    out.put("allow_credentials", cors.allowCredentials());
    return out;
  }

  private static Map<String, Object> redirect(Redirect redirect) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scheme", redirect.scheme().isEmpty() ? "https" : redirect.scheme());
    if (!redirect.authority().isEmpty()) {
      out.put("authority", redirect.authority());
    }
    if (!redirect.uri().isEmpty()) {
      out.put("uri", redirect.uri());
    }
    if (redirect.redirectCode() > 0) {
      out.put("redirect_code", redirect.redirectCode());
    }
    return out;
  }

  private static Map<String, Object> alert(AppAlert alert) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rule", alert.rule());
    if (alert.disabled()) {
      out.put("disabled", true);
    }
    return out;
  }
}
