package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Certificates: {@code certificates_create}, {@code _get}, {@code _list} and {@code _delete},
 * behaving like the real API as far as it is known:
 *
 * <ul>
 *   <li>{@code POST} answers {@code 201}; a custom certificate's leaf is parsed for its expiry,
 *       SHA-1 fingerprint and DNS names (a leaf that is not PEM is refused with {@code 422}); a
 *       Let's Encrypt certificate is {@code pending} for {@link #issueDelay}, then {@code verified}
 *       and valid for 90 days;
 *   <li>a name that is already taken is refused with {@code 422};
 *   <li>the list honours the {@code name} filter;
 *   <li>{@link #renew} mimics a Let's Encrypt renewal: a new certificate with a new id and the same
 *       name, load balancers repointed to it, the old one deleted.
 * </ul>
 *
 * The private key is checked for presence only and never stored. Token scopes are not checked. Rows
 * live in the table {@value #TABLE}, keyed by id.
 */
public final class FakeCertificates implements FakeResource {
  /** Table holding the certificate rows (as the API shows them), keyed by id. */
  public static final String TABLE = "certificates";

  private static final String READY = "certificate_ready_at";

  private final Duration issueDelay;

  /** Let's Encrypt certificates that are verified at once. */
  public FakeCertificates() {
    this(Duration.ZERO);
  }

  /** Let's Encrypt certificates that stay {@code pending} for {@code issueDelay}. */
  public FakeCertificates(Duration issueDelay) {
    this.issueDelay = issueDelay;
  }

  /** How long a Let's Encrypt certificate stays {@code pending}. */
  public Duration issueDelay() {
    return issueDelay;
  }

  /**
   * Renews the certificate named {@code name} as Let's Encrypt does: a new certificate (new id,
   * same name, later expiry) replaces it on every load balancer, and the old one is deleted.
   *
   * @return the new certificate's id
   */
  public static String renew(FakeState state, String name) {
    String oldId = issueRenewal(state, name);
    String newId = newestId(state, name);
    for (Map<String, @Nullable Object> lb : state.table(FakeLoadBalancers.TABLE).values()) {
      for (Object rule : list(lb.get("forwarding_rules"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) rule;
        if (oldId.equals(r.get("certificate_id"))) {
          r.put("certificate_id", newId);
        }
      }
    }
    state.table(TABLE).remove(oldId);
    return newId;
  }

  /**
   * The first half of a renewal: adds a new certificate with the same name and a later expiry but
   * leaves the old one and the load balancers as they are (two certificates share the name).
   *
   * @return the old certificate's id
   */
  public static String issueRenewal(FakeState state, String name) {
    FakeTable certificates = state.table(TABLE);
    Map<String, @Nullable Object> old =
        certificates.find(row -> name.equals(row.get("name"))).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no certificate named " + name));
    String id = state.nextUuid();
    Map<String, @Nullable Object> row = FakeJson.object();
    row.putAll(old);
    row.put("id", id);
    row.put("created_at", state.timestamp());
    row.put("not_after", FakeJson.timestamp(state.now().plus(Duration.ofDays(90))));
    row.put("sha1_fingerprint", sha1Hex(id));
    row.put("state", "verified");
    certificates.put(id, row);
    return String.valueOf(old.get("id"));
  }

  /** Sets the {@code state} of a certificate, e.g. {@code error}. */
  public static void setState(FakeState state, String id, String value) {
    state.table(TABLE).require(id).put("state", value);
    state.table(READY).remove(id);
  }

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable certificates = state.table(TABLE);
    routes
        .on(
            FakeOperations.CERTIFICATES_CREATE,
            request -> {
              Map<String, @Nullable Object> body = request.json();
              Object name = body.get("name");
              if (!(name instanceof String text) || text.isBlank()) {
                throw FakeApiError.unprocessable("name is required.");
              }
              if (!certificates.find(row -> text.equals(row.get("name"))).isEmpty()) {
                throw FakeApiError.unprocessable("name has already been taken.");
              }
              String id = state.nextUuid();
              Map<String, @Nullable Object> row =
                  "lets_encrypt".equals(body.get("type"))
                      ? letsEncrypt(state, id, text, body)
                      : custom(state, id, text, body);
              certificates.put(id, row);
              return FakeResponse.created(FakeJson.object("certificate", row));
            })
        .on(
            FakeOperations.CERTIFICATES_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "certificate",
                        refresh(state, certificates.require(request.pathParam("certificate_id"))))))
        .on(
            FakeOperations.CERTIFICATES_LIST,
            request -> {
              certificates.values().forEach(row -> refresh(state, row));
              List<Map<String, @Nullable Object>> rows =
                  request
                      .query("name")
                      .filter(n -> !n.isEmpty())
                      .map(n -> certificates.find(row -> n.equals(row.get("name"))))
                      .orElse(certificates.values());
              return FakeResponse.page(request, "certificates", rows);
            })
        .on(
            FakeOperations.CERTIFICATES_DELETE,
            request -> {
              if (!certificates.remove(request.pathParam("certificate_id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.noContent();
            });
  }

  // ---------------------------------------------------------------------------------------------

  private Map<String, @Nullable Object> letsEncrypt(
      FakeState state, String id, String name, Map<String, @Nullable Object> body) {
    List<Object> dnsNames = list(body.get("dns_names"));
    if (dnsNames.isEmpty()) {
      throw FakeApiError.unprocessable("dns_names is required for Let's Encrypt certificates.");
    }
    boolean pending = !issueDelay.isZero();
    if (pending) {
      state
          .table(READY)
          .put(id, FakeJson.object("ready_at", state.now().plus(issueDelay).toString()));
    }
    return FakeJson.object(
        "id",
        id,
        "name",
        name,
        "not_after",
        FakeJson.timestamp(state.now().plus(Duration.ofDays(90))),
        "sha1_fingerprint",
        sha1Hex(id),
        "created_at",
        state.timestamp(),
        "dns_names",
        new ArrayList<>(dnsNames),
        "state",
        pending ? "pending" : "verified",
        "type",
        "lets_encrypt");
  }

  private static Map<String, @Nullable Object> custom(
      FakeState state, String id, String name, Map<String, @Nullable Object> body) {
    if (!(body.get("private_key") instanceof String key) || key.isBlank()) {
      throw FakeApiError.unprocessable("private_key is required for custom certificates.");
    }
    if (!(body.get("leaf_certificate") instanceof String leafPem)) {
      throw FakeApiError.unprocessable("leaf_certificate is required for custom certificates.");
    }
    X509Certificate leaf;
    List<String> dnsNames = new ArrayList<>();
    String sha1;
    try {
      leaf =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(
                      new ByteArrayInputStream(leafPem.getBytes(StandardCharsets.US_ASCII)));
      sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(leaf.getEncoded()));
      Collection<List<?>> names = leaf.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> entry : names) {
          if (Integer.valueOf(2).equals(entry.get(0))) {
            dnsNames.add(String.valueOf(entry.get(1)));
          }
        }
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw FakeApiError.unprocessable("leaf_certificate is not a valid PEM certificate.");
    }
    return FakeJson.object(
        "id",
        id,
        "name",
        name,
        "not_after",
        FakeJson.timestamp(leaf.getNotAfter().toInstant()),
        "sha1_fingerprint",
        sha1,
        "created_at",
        state.timestamp(),
        "dns_names",
        dnsNames,
        "state",
        "verified",
        "type",
        "custom");
  }

  private static Map<String, @Nullable Object> refresh(
      FakeState state, Map<String, @Nullable Object> row) {
    String id = String.valueOf(row.get("id"));
    state
        .table(READY)
        .get(id)
        .ifPresent(
            ready -> {
              if (!state.now().isBefore(Instant.parse(String.valueOf(ready.get("ready_at"))))) {
                row.put("state", "verified");
                state.table(READY).remove(id);
              }
            });
    return row;
  }

  private static String newestId(FakeState state, String name) {
    List<Map<String, @Nullable Object>> named =
        state.table(TABLE).find(row -> name.equals(row.get("name")));
    return String.valueOf(named.get(named.size() - 1).get("id"));
  }

  private static String sha1Hex(String seed) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(seed.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> list(@Nullable Object value) {
    if (value == null) {
      return new ArrayList<>();
    }
    if (!(value instanceof List<?> list)) {
      throw FakeApiError.unprocessable("expected an array");
    }
    return new ArrayList<>(list);
  }
}
