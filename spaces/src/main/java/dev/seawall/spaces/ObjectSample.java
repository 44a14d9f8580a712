package dev.seawall.spaces;

import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.object.ObjectAuditor;
import dev.seawall.spaces.object.ObjectInfo;
import dev.seawall.spaces.object.ObjectKeys;
import dev.seawall.spaces.object.ObjectResource;
import dev.seawall.spaces.object.ObjectService;
import java.util.ArrayList;
import java.util.List;

/**
 * The object part of {@link SpacesAudit}: the first objects of a bucket in key order, each checked
 * for a public ACL ({@code GET ?acl}, SW-SP-001) and for SSE-C ({@code HEAD} without a key,
 * SW-SP-003: S3 answers 400 for an object encrypted with a customer-provided key, which is what we
 * want; a plain object answers 200).
 */
final class ObjectSample {

  private final Spaces spaces;
  private final int size;
  private final ObjectAuditor auditor = new ObjectAuditor();

  ObjectSample(Spaces spaces, int size) {
    this.spaces = spaces;
    this.size = size;
  }

  /**
   * Reports each sampled object of the bucket as a resource of kind {@code object}, id {@code
   * <region>/<bucket>/<key>}.
   *
   * @return whether every sampled object's ACL could be read (false: the server has no ACL API)
   */
  boolean audit(BucketRef bucket, String region, AuditContext context) {
    if (size == 0) {
      return true;
    }
    ObjectService objects = spaces.objects(bucket);
    boolean aclRead = true;
    for (ObjectInfo listed : objects.list(1, size).items()) {
      String key = listed.key();
      if (!ObjectKeys.isValid(key)) {
        continue; // written by another tool with a key Seawall cannot address (e.g. "a//b")
      }
      List<Violation> found = new ArrayList<>();
      try {
        found.addAll(auditor.auditAcl(bucket.name(), key, objects.acl(key)));
      } catch (SpacesException e) {
        if (!BucketAudit.notImplemented(e)) {
          throw e;
        }
        aclRead = false;
      }
      try {
        found.addAll(auditor.audit(objects.head(key)));
      } catch (SpacesException e) {
        if (e.status() != 400) {
          throw e; // 400: encrypted with a customer-provided key, as it should be
        }
      }
      String name = bucket.name() + "/" + key;
      context.report(new AuditedResource(ObjectResource.KIND, name, region + "/" + name), found);
    }
    return aclRead;
  }
}
