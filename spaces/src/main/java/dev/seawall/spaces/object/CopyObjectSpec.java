package dev.seawall.spaces.object;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.internal.SpecChecks;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A server-side copy of an object within one bucket. The source is read with its SSE-C key (if it
 * has one), the copy is written with the destination SSE-C key (required unless {@link
 * Builder#withoutSseC(Justification)}, SW-SP-003) and ACL {@code private}; content type and user
 * metadata are copied. Copying an object onto itself with a new key re-encrypts it: that is key
 * rotation ({@link ObjectService#rotateKey(String, SseCustomerKey, SseCustomerKey)}).
 */
public final class CopyObjectSpec {
  private final String sourceKey;
  private final @Nullable SseCustomerKey sourceSseCustomerKey;
  private final @Nullable String sourceVersionId;
  private final String destinationKey;
  private final @Nullable SseCustomerKey destinationSseCustomerKey;
  private final CannedAcl acl;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private CopyObjectSpec(Builder b) {
    this.sourceKey = b.sourceKey;
    this.sourceSseCustomerKey = b.sourceSseCustomerKey;
    this.sourceVersionId = b.sourceVersionId;
    this.destinationKey = b.destinationKey.isEmpty() ? b.sourceKey : b.destinationKey;
    this.destinationSseCustomerKey = b.destinationSseCustomerKey;
    this.acl = b.acl;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** A builder; {@code sourceKey} and the destination SSE-C key are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key of the object copied. */
  public String sourceKey() {
    return sourceKey;
  }

  /** The SSE-C key of the source; empty if the source is not encrypted with one. */
  public Optional<SseCustomerKey> sourceSseCustomerKey() {
    return Optional.ofNullable(sourceSseCustomerKey);
  }

  /** The version of the source to copy; empty for the latest. */
  public Optional<String> sourceVersionId() {
    return Optional.ofNullable(sourceVersionId);
  }

  /** The key of the copy; the source key unless another was set. */
  public String destinationKey() {
    return destinationKey;
  }

  /** The SSE-C key of the copy; empty only with {@link Builder#withoutSseC(Justification)}. */
  public Optional<SseCustomerKey> destinationSseCustomerKey() {
    return Optional.ofNullable(destinationSseCustomerKey);
  }

  /** The ACL of the copy, {@link CannedAcl#PRIVATE} by default. */
  public CannedAcl acl() {
    return acl;
  }

  /** The risks accepted through opt-outs. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /** Never shows a key, only fingerprints. */
  @Override
  public String toString() {
    return "CopyObjectSpec[source="
        + sourceKey
        + (sourceVersionId == null ? "" : "@" + sourceVersionId)
        + ", sourceSseC="
        + SpecChecks.fingerprint(sourceSseCustomerKey)
        + ", destination="
        + destinationKey
        + ", destinationSseC="
        + SpecChecks.fingerprint(destinationSseCustomerKey)
        + ", acl="
        + acl.headerValue()
        + "]";
  }

  /** Builds a {@link CopyObjectSpec}; not thread-safe. */
  public static final class Builder {
    private String sourceKey = "";
    private @Nullable SseCustomerKey sourceSseCustomerKey;
    private @Nullable String sourceVersionId;
    private String destinationKey = "";
    private @Nullable SseCustomerKey destinationSseCustomerKey;
    private boolean withoutSseC;
    private CannedAcl acl = CannedAcl.PRIVATE;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * The object to copy (required).
     *
     * @param key its key
     * @return this builder
     */
    public Builder sourceKey(String key) {
      this.sourceKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * The SSE-C key the source was written with.
     *
     * @param key the key
     * @return this builder
     */
    public Builder sourceSseCustomerKey(SseCustomerKey key) {
      this.sourceSseCustomerKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Copies this version of the source instead of the latest.
     *
     * @param versionId a version id from {@link ObjectService#listVersions(String)}
     * @return this builder
     */
    public Builder sourceVersionId(String versionId) {
      this.sourceVersionId = Objects.requireNonNull(versionId, "versionId");
      return this;
    }

    /**
     * The key of the copy; by default the source key (an in-place copy).
     *
     * @param key the destination key
     * @return this builder
     */
    public Builder destinationKey(String key) {
      this.destinationKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * The SSE-C key the copy is written with (required unless {@link #withoutSseC}).
     *
     * @param key the key
     * @return this builder
     */
    public Builder destinationSseCustomerKey(SseCustomerKey key) {
      this.destinationSseCustomerKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Opt-out of SW-SP-003: the copy is stored without SSE-C.
     *
     * @param justification why an unencrypted copy is acceptable
     * @return this builder
     */
    public Builder withoutSseC(Justification justification) {
      acknowledgedRisks.add(SpecChecks.withoutSseC(justification, "copy written without SSE-C"));
      this.withoutSseC = true;
      return this;
    }

    /**
     * The ACL of the copy; public ACLs need {@link #allowPublicRead(Justification)}.
     *
     * @param acl the ACL
     * @return this builder
     */
    public Builder acl(CannedAcl acl) {
      this.acl = Objects.requireNonNull(acl, "acl");
      return this;
    }

    /**
     * Opt-out of SW-SP-001: anyone can download the copy.
     *
     * @param justification why a public object is acceptable
     * @return this builder
     */
    public Builder allowPublicRead(Justification justification) {
      acknowledgedRisks.add(SpecChecks.publicObject(justification));
      this.acl = CannedAcl.PUBLIC_READ;
      return this;
    }

    /**
     * Checks the spec and reports every problem at once.
     *
     * @return the spec, or every violation found
     */
    public Validation<Seq<Violation>, CopyObjectSpec> validate() {
      String destination = destinationKey.isEmpty() ? sourceKey : destinationKey;
      Checks checks = Checks.on("object/" + (destination.isEmpty() ? "?" : destination));
      SpecChecks.checkObjectKey(checks, "sourceKey", sourceKey);
      if (!destinationKey.isEmpty()) {
        SpecChecks.checkObjectKey(checks, "destinationKey", destinationKey);
      }
      SpecChecks.checkSseCChoice(
          checks, "destinationSseCustomerKey", destinationSseCustomerKey, withoutSseC);
      SpecChecks.checkNotDestroyed(checks, sourceSseCustomerKey, "an SSE-C key was destroyed");
      SpecChecks.checkNotDestroyed(checks, destinationSseCustomerKey, "an SSE-C key was destroyed");
      if (destination.equals(sourceKey)
          && sourceVersionId == null
          && sourceSseCustomerKey != null
          && destinationSseCustomerKey != null
          && sourceSseCustomerKey.md5Base64().equals(destinationSseCustomerKey.md5Base64())) {
        checks.invalid(
            "destinationSseCustomerKey",
            "copying an object onto itself with the same SSE-C key changes nothing; use a new key");
      }
      if (sourceVersionId != null && sourceVersionId.isBlank()) {
        checks.invalid("sourceVersionId", "must not be blank");
      }
      SpecChecks.requireSseC(
          checks,
          destinationSseCustomerKey,
          acknowledgedRisks,
          "the copy would be stored without a customer-provided key (SSE-C); pass"
              + " destinationSseCustomerKey(...)");
      SpecChecks.checkObjectAcl(checks, acl, acknowledgedRisks);
      return checks.result(() -> new CopyObjectSpec(this));
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public CopyObjectSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
