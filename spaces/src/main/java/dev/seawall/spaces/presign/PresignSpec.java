package dev.seawall.spaces.presign;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.internal.SpecChecks;
import dev.seawall.spaces.object.SseCustomerKey;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a presigned URL allows: one method on one object key for a limited time.
 *
 * <ul>
 *   <li>lifetime 15 minutes by default; more than 1 hour needs {@link
 *       Builder#allowLongLifetime(Justification)} (SW-SP-004); more than 7 days is refused (SigV4
 *       does not allow it); at least 1 second, whole seconds;
 *   <li>with an SSE-C key the key headers become part of the signature: the caller must send them
 *       ({@link PresignedRequest#headers()}), and the key never appears in the URL;
 *   <li>a presigned PUT writes an object, so it needs an SSE-C key unless {@link
 *       Builder#withoutSseC(Justification)} (SW-SP-003); it also signs {@code x-amz-acl: private}
 *       so the uploader cannot make the object public.
 * </ul>
 */
public final class PresignSpec {
  /** The default lifetime: 15 minutes. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

  /** The longest lifetime without an opt-out: 1 hour. */
  public static final Duration MAX_LIFETIME_WITHOUT_OPT_OUT = Duration.ofHours(1);

  /** The longest lifetime SigV4 accepts: 7 days. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(7);

  private final PresignMethod method;
  private final String key;
  private final Duration lifetime;
  private final @Nullable SseCustomerKey sseCustomerKey;
  private final @Nullable String versionId;
  private final @Nullable String contentType;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private PresignSpec(Builder b) {
    this.method = b.method;
    this.key = b.key;
    this.lifetime = b.lifetime;
    this.sseCustomerKey = b.sseCustomerKey;
    this.versionId = b.versionId;
    this.contentType = b.contentType;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /**
   * A builder for a presigned download of an object.
   *
   * @param key the object key
   * @return the builder
   */
  public static Builder get(String key) {
    return new Builder(PresignMethod.GET, key);
  }

  /**
   * A builder for a presigned upload of an object.
   *
   * @param key the object key
   * @return the builder
   */
  public static Builder put(String key) {
    return new Builder(PresignMethod.PUT, key);
  }

  /** The method. */
  public PresignMethod method() {
    return method;
  }

  /** The object key. */
  public String key() {
    return key;
  }

  /** How long the URL is valid, from the moment it is signed. */
  public Duration lifetime() {
    return lifetime;
  }

  /** The SSE-C key whose headers are signed; empty for an object without SSE-C. */
  public Optional<SseCustomerKey> sseCustomerKey() {
    return Optional.ofNullable(sseCustomerKey);
  }

  /** The version to download (GET only); empty for the latest. */
  public Optional<String> versionId() {
    return Optional.ofNullable(versionId);
  }

  /** The content type an upload must declare (PUT only); empty if not bound. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** The risks accepted through opt-outs. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /** Never shows the SSE-C key. */
  @Override
  public String toString() {
    return "PresignSpec["
        + method
        + " "
        + key
        + ", lifetime="
        + lifetime
        + ", sseC="
        + SpecChecks.fingerprint(sseCustomerKey)
        + "]";
  }

  /** Builds a {@link PresignSpec}; not thread-safe. */
  public static final class Builder {
    private final PresignMethod method;
    private final String key;
    private Duration lifetime = DEFAULT_LIFETIME;
    private @Nullable SseCustomerKey sseCustomerKey;
    private boolean withoutSseC;
    private @Nullable String versionId;
    private @Nullable String contentType;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder(PresignMethod method, String key) {
      this.method = method;
      this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * How long the URL stays valid; 15 minutes by default, at most 1 hour without {@link
     * #allowLongLifetime(Justification)}, never more than 7 days.
     *
     * @param lifetime whole seconds, at least 1 second
     * @return this builder
     */
    public Builder lifetime(Duration lifetime) {
      this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /**
     * Opt-out of SW-SP-004: allows a lifetime above 1 hour (up to 7 days). A long-lived URL is a
     * bearer credential that leaks through logs, chats and browser history.
     *
     * @param justification why a long-lived URL is acceptable
     * @return this builder
     */
    public Builder allowLongLifetime(Justification justification) {
      Objects.requireNonNull(justification, "justification");
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              SpacesRules.SW_SP_004, justification, "presigned URL valid longer than 1 hour"));
      return this;
    }

    /**
     * The SSE-C key of the object; its headers are signed and must be sent by the caller.
     *
     * @param sseCustomerKey the key
     * @return this builder
     */
    public Builder sseCustomerKey(SseCustomerKey sseCustomerKey) {
      this.sseCustomerKey = Objects.requireNonNull(sseCustomerKey, "sseCustomerKey");
      return this;
    }

    /**
     * Opt-out of SW-SP-003 for a presigned PUT: the uploaded object is stored without SSE-C.
     *
     * @param justification why an unencrypted object is acceptable
     * @return this builder
     */
    public Builder withoutSseC(Justification justification) {
      acknowledgedRisks.add(
          SpecChecks.withoutSseC(justification, "presigned upload stored without SSE-C"));
      this.withoutSseC = true;
      return this;
    }

    /**
     * Downloads this version instead of the latest (GET only).
     *
     * @param versionId the version id
     * @return this builder
     */
    public Builder versionId(String versionId) {
      this.versionId = Objects.requireNonNull(versionId, "versionId");
      return this;
    }

    /**
     * Binds the upload's {@code Content-Type} into the signature (PUT only).
     *
     * @param contentType a media type such as {@code image/png}
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Checks the spec and reports every problem at once.
     *
     * @return the spec, or every violation found
     */
    public Validation<Seq<Violation>, PresignSpec> validate() {
      Checks checks = Checks.on("presigned-url/" + (key.isEmpty() ? "?" : key));
      SpecChecks.checkObjectKey(checks, "key", key);
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0) {
        checks.invalid("lifetime", "must be at least 1 second, was " + lifetime);
      } else if (lifetime.getNano() != 0) {
        checks.invalid("lifetime", "must be whole seconds, was " + lifetime);
      }
      if (lifetime.compareTo(MAX_LIFETIME) > 0) {
        checks
            .at("lifetime")
            .refuse(
                SpacesRules.SW_SP_004,
                "lifetime "
                    + lifetime
                    + " is longer than 7 days, which SigV4 does not allow (there is no opt-out)");
      } else {
        checks
            .at("lifetime")
            .refuseUnlessAcknowledged(
                SpacesRules.SW_SP_004,
                lifetime.compareTo(MAX_LIFETIME_WITHOUT_OPT_OUT) > 0,
                acknowledgedRisks,
                "lifetime " + lifetime + " is longer than 1 hour (default 15 minutes)",
                "allowLongLifetime(Justification)");
      }
      SpecChecks.checkNotDestroyed(checks, sseCustomerKey, "the SSE-C key was destroyed");
      SpecChecks.checkSseCChoice(checks, "sseCustomerKey", sseCustomerKey, withoutSseC);
      if (method == PresignMethod.PUT) {
        SpecChecks.requireSseC(
            checks,
            sseCustomerKey,
            acknowledgedRisks,
            "the uploaded object would be stored without a customer-provided key (SSE-C); pass"
                + " sseCustomerKey(...)");
        if (versionId != null) {
          checks.invalid("versionId", "applies to GET only");
        }
      } else if (contentType != null) {
        checks.invalid("contentType", "applies to PUT only");
      }
      if (contentType != null
          && !contentType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
        checks.invalid("contentType", "must be a media type such as image/png");
      }
      if (versionId != null && versionId.isBlank()) {
        checks.invalid("versionId", "must not be blank");
      }
      return checks.result(() -> new PresignSpec(this));
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public PresignSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
