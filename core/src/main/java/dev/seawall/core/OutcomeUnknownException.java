package dev.seawall.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A create was sent, its answer was lost (or was a 5xx), and the resource did not show up within
 * {@link RetryPolicy#outcomeLookupWindow()}: Seawall cannot tell whether DigitalOcean created it.
 * The request was <em>not</em> sent again, because DigitalOcean has no idempotency keys and a
 * second create would make a second (billable) resource.
 *
 * <p>Re-running the same operation converges: an {@code apply} first looks the resource up and
 * adopts it if the lost create made it, and creates it otherwise. The cause is the failure of the
 * create (its message never holds a secret).
 */
public class OutcomeUnknownException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final String resource;
  private final String operationId;

  /**
   * Creates the exception.
   *
   * @param resource the resource, e.g. {@code droplet 'web-1'}
   * @param operationId the create's operationId, e.g. {@code droplets_create}
   * @param window how long the resource was looked up
   * @param cause the failure of the create
   */
  public OutcomeUnknownException(
      String resource, String operationId, Duration window, Throwable cause) {
    super(
        "The outcome of creating "
            + Objects.requireNonNull(resource, "resource")
            + " ("
            + Objects.requireNonNull(operationId, "operationId")
            + ") is unknown: the answer was lost ("
            + cause.getClass().getSimpleName()
            + ") and the resource did not appear within "
            + window.toSeconds()
            + " s of looking it up. Seawall did not send the create again, so at most one was"
            + " made. Re-run the same apply: it adopts the resource if it exists by then and"
            + " creates it otherwise. Do not create it by hand.",
        cause);
    this.resource = resource;
    this.operationId = operationId;
  }

  /** The resource whose create has an unknown outcome, e.g. {@code droplet 'web-1'}. */
  public String resource() {
    return resource;
  }

  /** The create's operationId. */
  public String operationId() {
    return operationId;
  }
}
