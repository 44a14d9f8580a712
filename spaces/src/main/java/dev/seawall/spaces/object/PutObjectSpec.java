package dev.seawall.spaces.object;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.internal.ContentDigests;
import dev.seawall.spaces.internal.SpecChecks;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How to write one object. Defaults: encrypted with a customer-provided key (SSE-C — the key is
 * required unless {@link Builder#withoutSseC(Justification)} is used, SW-SP-003), ACL {@code
 * private} ({@code public-read} only through {@link Builder#allowPublicRead(Justification)},
 * SW-SP-001), content type {@code application/octet-stream}, multipart parts of 8 MiB.
 *
 * <p>Objects up to the part size are sent with one PUT; larger ones (and streams of unknown size)
 * as a multipart upload whose every request carries the SSE-C headers. Memory use is bounded by one
 * part.
 */
public final class PutObjectSpec {
  /** Smallest multipart part S3 accepts: 5 MiB. */
  public static final long MIN_PART_SIZE_BYTES = 5L * 1024 * 1024;

  /** Largest part and largest single PUT: 5 GiB. */
  public static final long MAX_PART_SIZE_BYTES = 5L * 1024 * 1024 * 1024;

  /** Default part size and single-PUT threshold: 8 MiB. */
  public static final long DEFAULT_PART_SIZE_BYTES = 8L * 1024 * 1024;

  private static final Pattern METADATA_NAME = Pattern.compile("[A-Za-z0-9!#$&'*+.^_`|~-]+");
  private static final Pattern CONTENT_TYPE =
      Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;.*)?");

  private final String key;
  private final @Nullable SseCustomerKey sseCustomerKey;
  private final CannedAcl acl;
  private final String contentType;
  private final Map<String, String> userMetadata;
  private final long partSizeBytes;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private PutObjectSpec(Builder b) {
    this.key = b.key;
    this.sseCustomerKey = b.sseCustomerKey;
    this.acl = b.acl;
    this.contentType = b.contentType;
    this.userMetadata = Map.copyOf(b.userMetadata);
    this.partSizeBytes = b.partSizeBytes;
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** A builder with the secure defaults; {@code key} and the SSE-C key are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.key = key;
    b.sseCustomerKey = sseCustomerKey;
    b.acl = acl;
    b.contentType = contentType;
    b.userMetadata.putAll(userMetadata);
    b.partSizeBytes = partSizeBytes;
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The object key. */
  public String key() {
    return key;
  }

  /** The SSE-C key; empty only when {@link Builder#withoutSseC(Justification)} was used. */
  public Optional<SseCustomerKey> sseCustomerKey() {
    return Optional.ofNullable(sseCustomerKey);
  }

  /** The object ACL, {@link CannedAcl#PRIVATE} by default. */
  public CannedAcl acl() {
    return acl;
  }

  /** The content type, {@code application/octet-stream} by default. */
  public String contentType() {
    return contentType;
  }

  /** User metadata ({@code x-amz-meta-*}), empty by default. */
  public Map<String, String> userMetadata() {
    return userMetadata;
  }

  /** Multipart part size and single-PUT threshold in bytes, 8 MiB by default. */
  public long partSizeBytes() {
    return partSizeBytes;
  }

  /** The risks accepted through opt-outs. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  /** Never shows the SSE-C key, only its fingerprint. */
  @Override
  public String toString() {
    return "PutObjectSpec[key="
        + key
        + ", sseC="
        + SpecChecks.fingerprint(sseCustomerKey)
        + ", acl="
        + acl.headerValue()
        + ", contentType="
        + contentType
        + ", userMetadata="
        + userMetadata.keySet()
        + ", partSizeBytes="
        + partSizeBytes
        + "]";
  }

  /** Builds a {@link PutObjectSpec}; not thread-safe. */
  public static final class Builder {
    private String key = "";
    private @Nullable SseCustomerKey sseCustomerKey;
    private boolean withoutSseC;
    private CannedAcl acl = CannedAcl.PRIVATE;
    private String contentType = "application/octet-stream";
    private final Map<String, String> userMetadata = new LinkedHashMap<>();
    private long partSizeBytes = DEFAULT_PART_SIZE_BYTES;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * The object key (required), see {@link ObjectKeys} for the rules.
     *
     * @param key e.g. {@code invoices/2024/04 März.pdf}
     * @return this builder
     */
    public Builder key(String key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * The customer-provided key the object is encrypted with (required unless {@link
     * #withoutSseC(Justification)}). Keep it: the object cannot be read without it.
     *
     * @param sseCustomerKey the key
     * @return this builder
     */
    public Builder sseCustomerKey(SseCustomerKey sseCustomerKey) {
      this.sseCustomerKey = Objects.requireNonNull(sseCustomerKey, "sseCustomerKey");
      return this;
    }

    /**
     * Opt-out of SW-SP-003: writes the object without SSE-C, so anyone holding a key with read
     * access to the bucket can read it.
     *
     * @param justification why an unencrypted object is acceptable
     * @return this builder
     */
    public Builder withoutSseC(Justification justification) {
      acknowledgedRisks.add(SpecChecks.withoutSseC(justification, "object written without SSE-C"));
      this.withoutSseC = true;
      return this;
    }

    /**
     * The canned ACL; {@link CannedAcl#PUBLIC_READ} needs {@link #allowPublicRead(Justification)},
     * {@link CannedAcl#PUBLIC_READ_WRITE} is always refused.
     *
     * @param acl the ACL
     * @return this builder
     */
    public Builder acl(CannedAcl acl) {
      this.acl = Objects.requireNonNull(acl, "acl");
      return this;
    }

    /**
     * Opt-out of SW-SP-001: anyone can download the object without credentials.
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
     * The content type.
     *
     * @param contentType a media type such as {@code application/pdf}
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /**
     * Replaces the user metadata ({@code x-amz-meta-<name>}). Never put secrets here: metadata is
     * not encrypted by SSE-C.
     *
     * @param metadata names (header tokens) to printable ASCII values
     * @return this builder
     */
    public Builder userMetadata(Map<String, String> metadata) {
      Map<String, String> copy = Map.copyOf(metadata);
      userMetadata.clear();
      userMetadata.putAll(copy);
      return this;
    }

    /**
     * Adds one user metadata entry.
     *
     * @param name a header token, e.g. {@code origin}
     * @param value printable ASCII
     * @return this builder
     */
    public Builder putUserMetadata(String name, String value) {
      userMetadata.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The multipart part size, also the largest object sent with a single PUT. Memory use of an
     * upload is about one part.
     *
     * @param bytes 5 MiB to 5 GiB
     * @return this builder
     */
    public Builder partSizeBytes(long bytes) {
      this.partSizeBytes = bytes;
      return this;
    }

    /**
     * Checks the spec and reports every problem at once.
     *
     * @return the spec, or every violation found
     */
    public Validation<Seq<Violation>, PutObjectSpec> validate() {
      Checks checks = Checks.on("object/" + (key.isEmpty() ? "?" : key));
      SpecChecks.checkObjectKey(checks, "key", key);
      SpecChecks.checkSseCChoice(checks, "sseCustomerKey", sseCustomerKey, withoutSseC);
      SpecChecks.checkNotDestroyed(checks, sseCustomerKey, "the SSE-C key was destroyed");
      SpecChecks.requireSseC(
          checks,
          sseCustomerKey,
          acknowledgedRisks,
          "the object would be stored without a customer-provided key (SSE-C); pass"
              + " sseCustomerKey(SseCustomerKey.generate()) and keep the key");
      SpecChecks.checkObjectAcl(checks, acl, acknowledgedRisks);
      if (!CONTENT_TYPE.matcher(contentType).matches()) {
        checks.invalid("contentType", "must be a media type such as application/pdf");
      }
      userMetadata.forEach(
          (name, value) -> {
            if (!METADATA_NAME.matcher(name).matches()) {
              checks.invalid("userMetadata", "name '" + name + "' must be a header token");
            } else if (name.equalsIgnoreCase(ContentDigests.METADATA)) {
              checks.invalid(
                  "userMetadata",
                  "name '" + name + "' is reserved: Seawall stores the content digest there");
            }
            if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
              checks.invalid("userMetadata", "value of '" + name + "' must be printable ASCII");
            }
          });
      if (partSizeBytes < MIN_PART_SIZE_BYTES || partSizeBytes > MAX_PART_SIZE_BYTES) {
        checks.invalid("partSizeBytes", "must be between 5 MiB and 5 GiB, was " + partSizeBytes);
      }
      return checks.result(() -> new PutObjectSpec(this));
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public PutObjectSpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
