package dev.seawall.spaces;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the spaces module (Spaces buckets, objects, presigned URLs, access keys and
 * endpoints). The spec builders of this module refuse what they describe (opt-outs take a {@code
 * Justification}) and its auditors flag it on read models. Ids are stable. {@link SpacesCatalog}
 * registers them in the {@link dev.seawall.core.policy.Catalog}.
 */
public final class SpacesRules {
  private SpacesRules() {}

  /** SW-SP-001: Bucket or object ACL public-read. */
  public static final Rule SW_SP_001 =
      new Rule(
              "SW-SP-001",
              "PublicReadAcl",
              Severity.ERROR,
              "Bucket or object ACL public-read",
              "Public buckets are the most common cause of data leaks; anyone can list or download the content. public-read-write is never accepted.",
              "Keep ACLs private and share objects with short-lived presigned URLs; if needed use allowPublicRead(Justification).",
              List.of("CKV_DIO_3", "DIG-0006"))
          .withAuditRemediation(
              "Make the bucket private: spaces.buckets(region).apply(BucketSpec.builder().name(name)"
                  + ".region(region).build()) sets its ACL to private in place (PUT ?acl). Seawall"
                  + " does not manage bucket policies or websites: delete a policy statement that"
                  + " allows Principal \"*\" (DeleteBucketPolicy, or PutBucketPolicy without it) and"
                  + " a website configuration (DeleteBucketWebsite) with an S3 tool. For a public"
                  + " object, rewrite it in place private and encrypted with"
                  + " spaces.objects(bucket.ref()).copy(CopyObjectSpec.builder().sourceKey(key)"
                  + ".destinationSseCustomerKey(SseCustomerKey.generate()).build()) and share it"
                  + " with spaces.presigner(bucket.ref()).presign(PresignSpec.get(key).build()).");

  /** SW-SP-002: Bucket versioning off. */
  public static final Rule SW_SP_002 =
      new Rule(
              "SW-SP-002",
              "BucketVersioningDisabled",
              Severity.ERROR,
              "Bucket versioning off",
              "Without versioning an overwrite or a delete (by mistake or by ransomware) loses data for good.",
              "Keep versioning enabled; if needed use disableVersioning(Justification).",
              List.of("CKV_DIO_1", "DIG-0007"))
          .withAuditRemediation(
              "Enable versioning on the bucket: spaces.buckets(region).apply(BucketSpec.builder()"
                  + ".name(name).region(region).build()) turns it on in place (PUT ?versioning)"
                  + " and keeps the bucket private (add allowPublicRead(Justification) only if it is"
                  + " public on purpose); objects written before keep their one (null) version.");

  /** SW-SP-003: Object written without SSE-C. */
  public static final Rule SW_SP_003 =
      new Rule(
              "SW-SP-003",
              "ObjectWithoutSseC",
              Severity.ERROR,
              "Object written without SSE-C",
              "Objects stored without customer-provided keys can be read by anyone who obtains the access key or the storage.",
              "Write objects with an SseCustomerKey; if needed use withoutSseC(Justification).",
              List.of())
          .withAuditRemediation(
              "Re-encrypt the object with a customer-provided key: spaces.objects(bucket.ref())"
                  + ".copy(CopyObjectSpec.builder().sourceKey(key).destinationSseCustomerKey(newKey)"
                  + ".build()) rewrites it in place (store newKey, e.g. SseCustomerKey.generate(), in"
                  + " a secret manager); in a versioned bucket delete the plain versions with"
                  + " deleteVersion(key, versionId) (listVersions(key) lists them).");

  /** SW-SP-004: Presigned URL valid longer than 1 hour. */
  public static final Rule SW_SP_004 =
      new Rule(
              "SW-SP-004",
              "LongLivedPresignedUrl",
              Severity.ERROR,
              "Presigned URL valid longer than 1 hour",
              "A long-lived presigned URL is a bearer credential that leaks through logs, chats and browser history.",
              "Keep the default 15 minutes; up to 7 days needs allowLongLifetime(Justification); beyond 7 days is refused.",
              List.of())
          .withAuditRemediation(
              "A presigned URL cannot be revoked alone: it stops working when the Spaces key that"
                  + " signed it is deleted. Create a replacement key (Spaces.keys(client).create(spec)),"
                  + " move its users to it, delete the signing key (Spaces.keys(client)"
                  + ".delete(accessKey)), and sign new links of at most 1 hour with"
                  + " spaces.presigner(bucket.ref()).presign(PresignSpec.get(key).build()).");

  /** SW-SP-005: CORS rule with wildcard origin. */
  public static final Rule SW_SP_005 =
      new Rule(
              "SW-SP-005",
              "WildcardCorsOrigin",
              Severity.ERROR,
              "CORS rule with wildcard origin",
              "A wildcard origin lets any web site read responses with the user's credentials.",
              "List the exact origins that need access.",
              List.of())
          .withAuditRemediation(
              "Replace the wildcard origin with the exact origins that need access:"
                  + " spaces.buckets(region).apply(BucketSpec.builder().name(name).region(region)"
                  + ".corsRules(rules).build()) replaces the bucket's CORS rules in place (PUT ?cors).");

  /** SW-SP-006: Spaces access key with fullaccess or an empty bucket grant. */
  public static final Rule SW_SP_006 =
      new Rule(
              "SW-SP-006",
              "UnscopedSpacesKey",
              Severity.ERROR,
              "Spaces access key with fullaccess or an empty bucket grant",
              "A key that can reach every bucket turns one leak into a leak of everything.",
              "Grant read or readwrite on named buckets; if needed use allowFullAccess(Justification).",
              List.of())
          .withAuditRemediation(
              "Scope the key to named buckets. An empty bucket grant is narrowed in place with"
                  + " Spaces.keys(client).apply(SpacesKeySpec.builder().name(name)"
                  + ".addGrant(SpacesKeyGrant.readWrite(bucket)).build()). fullaccess cannot be"
                  + " converted: create a scoped key with Spaces.keys(client).create(spec), move its"
                  + " users to it, then Spaces.keys(client).delete(accessKey).");

  /** SW-SP-007: Non-HTTPS Spaces endpoint. */
  public static final Rule SW_SP_007 =
      new Rule(
              "SW-SP-007",
              "PlainHttpSpacesEndpoint",
              Severity.ERROR,
              "Non-HTTPS Spaces endpoint",
              "Plain HTTP exposes signed requests, SSE-C keys and data in transit.",
              "Use https://<region>.digitaloceanspaces.com; plain http is accepted only for loopback test servers.",
              List.of())
          .withAuditRemediation(
              "Point the client at https://<region>.digitaloceanspaces.com: spaces.buckets(region)"
                  + " or BucketRef.of(name, region) use it; plain http is accepted only for loopback"
                  + " test servers.");
}
