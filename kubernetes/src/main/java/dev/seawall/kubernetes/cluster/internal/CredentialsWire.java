package dev.seawall.kubernetes.cluster.internal;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer of {@code kubernetes_get_credentials}. Holds secrets: never log it or render it; its
 * {@code toString()} is redacted.
 *
 * @param server the Kubernetes API's URL
 * @param certificateAuthorityData the cluster CA, base64 PEM
 * @param clientCertificateData a client certificate (deprecated by DigitalOcean), base64 PEM
 * @param clientKeyData its key (deprecated by DigitalOcean), base64 PEM
 * @param token the bearer token
 * @param expiresAt when the token expires
 */
public record CredentialsWire(
    String server,
    @Json(name = "certificate_authority_data") String certificateAuthorityData,
    @Json(name = "client_certificate_data") Optional<String> clientCertificateData,
    @Json(name = "client_key_data") Optional<String> clientKeyData,
    String token,
    @Json(name = "expires_at") Optional<Instant> expiresAt) {

  @Override
  public String toString() {
    return "CredentialsWire[server=" + server + ", token=(sensitive)]";
  }
}
