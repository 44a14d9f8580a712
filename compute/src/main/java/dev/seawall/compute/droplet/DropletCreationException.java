package dev.seawall.compute.droplet;

import dev.seawall.core.SeawallException;

/**
 * DigitalOcean accepted a droplet create (202) but the droplet did not become usable: it vanished
 * (404) while Seawall waited for it, or it ended in a state it cannot leave by itself. The droplet
 * id is kept so that the caller can inspect or delete what is left.
 */
public class DropletCreationException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final long dropletId;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do; never user data
   * @param dropletId the id DigitalOcean gave the droplet
   * @param cause the underlying error, e.g. the 404
   */
  public DropletCreationException(String message, long dropletId, Throwable cause) {
    super(message, cause);
    this.dropletId = dropletId;
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message what happened and what to do; never user data
   * @param dropletId the id DigitalOcean gave the droplet
   */
  public DropletCreationException(String message, long dropletId) {
    super(message);
    this.dropletId = dropletId;
  }

  /** The id DigitalOcean gave the droplet. */
  public long dropletId() {
    return dropletId;
  }
}
