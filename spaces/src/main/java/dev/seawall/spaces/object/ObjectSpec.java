package dev.seawall.spaces.object;

import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.internal.ContentDigests;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An object as a whole, the desired state {@link ObjectService#apply} converges to: how to write it
 * ({@link PutObjectSpec}: key, SSE-C key, ACL, content type, metadata) and its content, held in
 * memory. Immutable; the content is copied in and out.
 *
 * <p>The content is compared by a digest computed locally ({@link #contentDigest()}), never by
 * reading the object back when Seawall wrote it: the digest travels with the object as user
 * metadata {@code seawall-content-digest}. For an object encrypted with SSE-C the digest is an
 * HMAC-SHA-256 keyed with a key derived from the SSE-C key, so the stored value reveals nothing of
 * the content or the key; the SSE-C key itself leaves the spec only in the SSE-C request headers.
 * {@link #toString()} shows neither the content nor the key.
 */
public final class ObjectSpec {
  private final PutObjectSpec put;
  private final byte[] content;
  private final String contentDigest;

  private ObjectSpec(PutObjectSpec put, byte[] content) {
    this.put = Objects.requireNonNull(put, "put");
    this.content = Objects.requireNonNull(content, "content").clone();
    this.contentDigest = ContentDigests.of(this.content, put.sseCustomerKey().orElse(null));
  }

  /**
   * An object spec from a built {@link PutObjectSpec} and the content.
   *
   * @param put how to write the object
   * @param content the bytes (copied)
   * @return the spec
   * @throws IllegalStateException if the SSE-C key was destroyed
   */
  public static ObjectSpec of(PutObjectSpec put, byte[] content) {
    return new ObjectSpec(put, content);
  }

  /**
   * Validates a {@link PutObjectSpec} builder and pairs the result with the content, reporting
   * every problem at once without throwing.
   *
   * @param put how to write the object
   * @param content the bytes (copied)
   * @return the spec, or every violation found
   */
  public static Validation<Seq<Violation>, ObjectSpec> validate(
      PutObjectSpec.Builder put, byte[] content) {
    Objects.requireNonNull(content, "content");
    return put.validate().map(spec -> new ObjectSpec(spec, content));
  }

  /**
   * Like {@link #validate(PutObjectSpec.Builder, byte[])}, throwing.
   *
   * @throws InvalidSpecException listing every violation
   */
  public static ObjectSpec build(PutObjectSpec.Builder put, byte[] content) {
    Validation<Seq<Violation>, ObjectSpec> result = validate(put, content);
    if (result.isInvalid()) {
      throw InvalidSpecException.of(result.getError());
    }
    return result.get();
  }

  /** How the object is written. */
  public PutObjectSpec put() {
    return put;
  }

  /** The object key. */
  public String key() {
    return put.key();
  }

  /** The content (a copy). */
  public byte[] content() {
    return content.clone();
  }

  /** The content's size in bytes. */
  public long sizeBytes() {
    return content.length;
  }

  /**
   * The digest of the content, computed locally: {@code sha256:<hex>} without SSE-C, {@code
   * hmac-sha256:<hex>} (keyed with a key derived from the SSE-C key) with it.
   */
  public String contentDigest() {
    return contentDigest;
  }

  /** The same object with other content. */
  public ObjectSpec withContent(byte[] newContent) {
    return new ObjectSpec(put, newContent);
  }

  /** The same content written as {@code newPut} says. */
  public ObjectSpec withPut(PutObjectSpec newPut) {
    return new ObjectSpec(newPut, content);
  }

  /** The put spec and the size; never the content or the SSE-C key. */
  @Override
  public String toString() {
    return "ObjectSpec[" + put + ", sizeBytes=" + content.length + "]";
  }
}
