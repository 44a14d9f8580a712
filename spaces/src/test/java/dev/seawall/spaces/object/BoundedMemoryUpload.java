package dev.seawall.spaces.object;

import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;

/**
 * Run in a child JVM with a small heap by {@link BoundedMemoryUploadTest}: uploads a generated
 * stream with SSE-C and the default part size, downloads it again, and prints the max heap and the
 * SHA-256 of what came back.
 *
 * <p>Arguments: endpoint, bucket, region, size in bytes, seed, certificate PEM file. Credentials
 * come from the environment ({@code SPACES_ACCESS_KEY_ID}, {@code SPACES_SECRET_ACCESS_KEY}).
 */
public final class BoundedMemoryUpload {
  private BoundedMemoryUpload() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    SpacesEndpoint endpoint = SpacesEndpoint.of(args[0]);
    BucketRef bucket = BucketRef.of(args[1], args[2], endpoint);
    long size = Long.parseLong(args[3]);
    long seed = Long.parseLong(args[4]);
    HandshakeCertificates trust =
        new HandshakeCertificates.Builder()
            .addTrustedCertificate(
                Certificates.decodeCertificatePem(Files.readString(Path.of(args[5]))))
            .build();
    OkHttpClient http =
        new OkHttpClient.Builder()
            .sslSocketFactory(trust.sslSocketFactory(), trust.trustManager())
            .build();
    System.out.println("maxMemory=" + Runtime.getRuntime().maxMemory());
    SseCustomerKey key = SseCustomerKey.generate();
    try (Spaces spaces =
        Spaces.builder()
            .credentials(SpacesCredentials.fromEnvironment())
            .httpClient(http)
            .build()) {
      ObjectService objects = spaces.objects(bucket);
      objects.put(
          PutObjectSpec.builder().key("bounded/large.bin").sseCustomerKey(key).build(),
          new GeneratedStream(seed, size),
          size);
      try (SpacesObject object = objects.download("bounded/large.bin", key)) {
        System.out.println("size=" + object.info().sizeBytes());
        System.out.println("sha256=" + GeneratedStream.sha256(object.content()));
      }
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
