package dev.seawall.apps.app;

import java.util.Objects;

/**
 * One deployment of an app ({@code apps_deployment}), as {@code apps_get} shows it in {@code
 * active_deployment} or {@code pending_deployment}/{@code in_progress_deployment}, and as <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Apps/operation/apps_get_deployment">apps_get_deployment</a>
 * answers it.
 *
 * @param id the deployment's UUID
 * @param phase where it is; {@link DeploymentPhase#UNKNOWN} when not reported
 * @param cause what started it, e.g. {@code app spec updated}; empty when not reported
 */
public record AppDeployment(String id, DeploymentPhase phase, String cause) {
  /** Validates the components. */
  public AppDeployment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(cause, "cause");
  }

  /** {@code deployment <id> (<phase>)}. */
  @Override
  public String toString() {
    return "deployment " + id + " (" + phase + ")";
  }
}
