package dev.seawall.spaces.object;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import java.util.List;

/**
 * Audits existing objects ({@link ObjectService#head(String, SseCustomerKey)} or {@link
 * ObjectService#head(String)}) for SW-SP-003: an object not encrypted with a customer-provided key.
 */
public final class ObjectAuditor implements Auditor<ObjectInfo> {
  /** Creates the auditor. */
  public ObjectAuditor() {}

  @Override
  public List<Violation> audit(ObjectInfo object) {
    if (object.encryptedWithCustomerKey()) {
      return List.of();
    }
    return List.of(
        SpacesRules.SW_SP_003.violation(
            object.resource(),
            "object is stored without a customer-provided key (SSE-C); rewrite it with"
                + " ObjectService.copy(...) and a destinationSseCustomerKey"));
  }
}
