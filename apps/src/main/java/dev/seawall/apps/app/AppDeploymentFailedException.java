package dev.seawall.apps.app;

import dev.seawall.core.WaitFailedException;
import java.util.Objects;

/**
 * A deployment that {@link AppService} waited for ended in {@link DeploymentPhase#ERROR} or {@link
 * DeploymentPhase#CANCELED} (or was superseded by another before it went live). The app's spec was
 * accepted and stays as sent; the previous deployment, if any, keeps serving. The message names the
 * app, the deployment and its phase, and how to read the build and deploy logs; never a value of
 * the spec.
 */
public final class AppDeploymentFailedException extends WaitFailedException {
  private static final long serialVersionUID = 1L;

  private final String appId;
  private final String deploymentId;
  private final DeploymentPhase phase;

  /**
   * Creates the exception.
   *
   * @param appName the app's name
   * @param appId the app's id
   * @param deployment the deployment as last observed
   */
  public AppDeploymentFailedException(String appName, String appId, AppDeployment deployment) {
    super(
        "The deployment of app '"
            + appName
            + "' ("
            + appId
            + ") did not go live: deployment "
            + deployment.id()
            + " ended in phase "
            + deployment.phase()
            + (deployment.cause().isEmpty() ? "" : " (cause: " + deployment.cause() + ")")
            + ". The spec was accepted; the previous deployment, if any, keeps serving. Read why"
            + " with: doctl apps logs "
            + appId
            + " --deployment "
            + deployment.id()
            + " --type build (or --type deploy), fix the cause and apply again.");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.deploymentId = deployment.id();
    this.phase = deployment.phase();
  }

  /** The app's id. */
  public String appId() {
    return appId;
  }

  /** The failed deployment's id. */
  public String deploymentId() {
    return deploymentId;
  }

  /** The phase it ended in. */
  public DeploymentPhase phase() {
    return phase;
  }
}
