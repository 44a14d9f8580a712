package dev.seawall.volumes.volume;

import dev.seawall.core.SeawallException;
import java.util.List;

/**
 * A volume operation was refused locally because the volume is attached to a droplet; nothing was
 * sent. Detach it first with {@link VolumeService#detach(String, long)}.
 */
public class VolumeAttachedException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final String volumeId;
  private final List<Long> dropletIds;

  /**
   * Creates the exception.
   *
   * @param message what was refused and how to fix it
   * @param volumeId the volume
   * @param dropletIds the droplets it is attached to
   */
  public VolumeAttachedException(String message, String volumeId, List<Long> dropletIds) {
    super(message);
    this.volumeId = volumeId;
    this.dropletIds = List.copyOf(dropletIds);
  }

  /** The volume id. */
  public String volumeId() {
    return volumeId;
  }

  /** The droplets the volume is attached to. */
  public List<Long> dropletIds() {
    return dropletIds;
  }
}
