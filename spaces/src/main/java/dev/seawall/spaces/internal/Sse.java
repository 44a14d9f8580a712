package dev.seawall.spaces.internal;

import dev.seawall.spaces.object.SseCustomerKey;
import io.minio.ServerSideEncryption;
import io.minio.errors.MinioException;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/** Converts Seawall SSE-C keys to MinIO's. */
final class Sse {
  private Sse() {}

  /** A MinIO customer key for one request; the temporary byte copy is zeroed. */
  static ServerSideEncryption.CustomerKey toMinio(SseCustomerKey key) {
    byte[] bytes = key.keyBytes();
    try {
      return new ServerSideEncryption.CustomerKey(new SecretKeySpec(bytes, "AES"));
    } catch (MinioException e) {
      throw new IllegalStateException("SSE-C key could not be prepared");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
