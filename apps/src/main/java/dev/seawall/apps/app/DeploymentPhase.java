package dev.seawall.apps.app;

/** The phase of an App Platform deployment ({@code apps_deployment_phase}). */
public enum DeploymentPhase {
  /** Queued for building. */
  PENDING_BUILD,
  /** Building the components' images. */
  BUILDING,
  /** Built, queued for deploying. */
  PENDING_DEPLOY,
  /** Rolling out the new instances. */
  DEPLOYING,
  /** Live: serving traffic. */
  ACTIVE,
  /** Replaced by a later deployment. */
  SUPERSEDED,
  /** Failed; the previous deployment, if any, keeps serving. */
  ERROR,
  /** Cancelled before it went live. */
  CANCELED,
  /** A phase this version of Seawall does not know (also the API's {@code UNKNOWN}). */
  UNKNOWN;

  /** The constant for an API value; unknown or empty values are {@code UNKNOWN}. */
  public static DeploymentPhase fromApi(String text) {
    for (DeploymentPhase phase : values()) {
      if (phase.name().equals(text)) {
        return phase;
      }
    }
    return UNKNOWN;
  }

  /** Whether a deployment in this phase can never go live: {@code ERROR}, {@code CANCELED}. */
  public boolean isFailed() {
    return this == ERROR || this == CANCELED;
  }
}
