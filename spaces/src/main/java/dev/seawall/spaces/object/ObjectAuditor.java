package dev.seawall.spaces.object;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.bucket.CannedAcl;
import java.util.List;

/**
 * Audits existing objects ({@link ObjectService#head(String, SseCustomerKey)} or {@link
 * ObjectService#head(String)}) for SW-SP-003: an object not encrypted with a customer-provided key;
 * and their ACLs ({@link #auditAcl(String, String, CannedAcl)}) for SW-SP-001.
 */
public final class ObjectAuditor implements Auditor<ObjectInfo> {
  /** Creates the auditor. */
  public ObjectAuditor() {}

  /**
   * Audits an object's ACL ({@link ObjectService#acl(String)}) for SW-SP-001: everyone may read (or
   * write) it.
   *
   * @param bucket the bucket name
   * @param key the object key
   * @param acl its ACL
   * @return a violation ({@code object/<bucket>/<key>}) for a public ACL
   */
  public List<Violation> auditAcl(String bucket, String key, CannedAcl acl) {
    if (acl == CannedAcl.PRIVATE) {
      return List.of();
    }
    return List.of(
        SpacesRules.SW_SP_001.violation(
            ObjectInfo.resource(bucket, key),
            "object ACL is "
                + acl.headerValue()
                + ": anyone can "
                + (acl == CannedAcl.PUBLIC_READ_WRITE ? "read and overwrite" : "read")
                + " it without credentials; rewrite it private (ObjectService.copy(...) onto"
                + " itself with the default private ACL) and share it with presigned URLs"));
  }

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
