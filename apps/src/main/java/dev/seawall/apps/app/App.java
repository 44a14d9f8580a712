package dev.seawall.apps.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An App Platform app as the API reports it (read model): its id and the spec read back. SECRET
 * variables hold the {@code EV[1:...]} ciphertext the API answers, never the value.
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/apps_get">apps_get</a>.
 *
 * @param id the app's UUID
 * @param name the app's name
 * @param region the region slug of the spec; empty when not reported
 * @param components the components of every type
 * @param domains the custom domains of the spec
 * @param ingressRules the ingress rules of the spec
 * @param databases the bound databases
 * @param alerts the app-level alerts
 * @param enhancedThreatControl whether layer-7 DDoS checks are on; empty when not reported
 * @param defaultIngress the {@code ondigitalocean.app} URL; empty until deployed
 * @param activeDeployment the deployment serving traffic; empty before the first one went live
 * @param pendingDeployment the deployment under way ({@code in_progress_deployment}, else {@code
 *     pending_deployment}); empty when none is
 * @param secretDigests for SECRET variables whose current ciphertext this client sent (key {@code
 *     <component>.<KEY>}), a SHA-256 digest of the value sent; lets a diff see a changed secret
 *     without knowing the old value. Never serialized; empty for apps this client did not write
 * @param unmodelled the settings Seawall does not model (health checks, autoscaling, log
 *     destinations, egress, VPC, ...), kept so that an update sends them back unchanged; their
 *     values are never shown
 */
public record App(
    String id,
    String name,
    Optional<String> region,
    List<AppComponent> components,
    List<AppDomain> domains,
    List<IngressRule> ingressRules,
    List<AppDatabase> databases,
    List<AppAlert> alerts,
    Optional<Boolean> enhancedThreatControl,
    String defaultIngress,
    Optional<AppDeployment> activeDeployment,
    Optional<AppDeployment> pendingDeployment,
    Map<String, String> secretDigests,
    UnmodelledSettings unmodelled) {
  /** Validates and copies the components. */
  public App {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    components = List.copyOf(components);
    domains = List.copyOf(domains);
    ingressRules = List.copyOf(ingressRules);
    databases = List.copyOf(databases);
    alerts = List.copyOf(alerts);
    Objects.requireNonNull(enhancedThreatControl, "enhancedThreatControl");
    Objects.requireNonNull(defaultIngress, "defaultIngress");
    Objects.requireNonNull(activeDeployment, "activeDeployment");
    Objects.requireNonNull(pendingDeployment, "pendingDeployment");
    secretDigests = Map.copyOf(secretDigests);
    Objects.requireNonNull(unmodelled, "unmodelled");
  }

  /** This app with the digests of the secrets this client sent. */
  public App withSecretDigests(Map<String, String> digests) {
    return new App(
        id,
        name,
        region,
        components,
        domains,
        ingressRules,
        databases,
        alerts,
        enhancedThreatControl,
        defaultIngress,
        activeDeployment,
        pendingDeployment,
        digests,
        unmodelled);
  }

  /** The component named {@code name}, if any. */
  public Optional<AppComponent> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Names and shapes only: never a variable's value (the components print no values). */
  @Override
  public String toString() {
    return "App[id="
        + id
        + ", name="
        + name
        + ", components="
        + components
        + (unmodelled.isEmpty() ? "" : ", unmodelled=" + unmodelled.names())
        + "]";
  }
}
