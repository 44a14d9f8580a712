package dev.seawall.volumes;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.volumes.volume.VolumeAuditor;
import java.util.List;

/**
 * The account audit of the volumes module: block-storage volumes, against SW-VOL-001 (pre-formatted
 * by DigitalOcean, so not LUKS-ready). Lists with {@code volumes_list} (scope {@code
 * block_storage:read}) and sends nothing else. SW-VOL-002 and SW-VOL-003 concern a droplet's
 * configuration, which the API does not expose. Registered in {@code
 * META-INF/services/dev.seawall.core.audit.AuditSource}.
 */
public final class VolumesAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public VolumesAudit() {}

  @Override
  public String area() {
    return "volumes";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(VolumesOperations.VOLUMES_LIST);
  }

  @Override
  public void audit(AuditContext context) {
    VolumeAuditor auditor = new VolumeAuditor();
    context.each(
        "volume",
        Volumes.volumes(context.client()).listAll(),
        volume ->
            context.report(
                new AuditedResource("volume", volume.name(), volume.id()), auditor.audit(volume)));
  }
}
