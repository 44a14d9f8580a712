package dev.seawall.networking.certificate;

import static dev.seawall.networking.fake.Pems.chain;
import static dev.seawall.networking.fake.Pems.rsaKey;
import static dev.seawall.networking.fake.Pems.rsaLeaf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link CertificateService#DIFFER}: every field is fixed at creation, so an existing certificate
 * either matches the spec or is refused; the key, leaf and chain are never read into a diff.
 */
class CertificateDiffTest {
  private static final String ID = "892071a0-bb95-49bc-8021-3afd67a210bf";

  private static CertificateSpec letsEncrypt(String... dnsNames) {
    return CertificateSpec.letsEncrypt("web-cert", List.of(dnsNames)).build();
  }

  private static CertificateSpec custom() {
    return CertificateSpec.custom("web-cert", rsaKey(), rsaLeaf(), chain()).build();
  }

  private static Certificate observed(Certificate.Type type, List<String> dnsNames, String sha1) {
    return new Certificate(
        ID,
        "web-cert",
        type,
        Certificate.State.VERIFIED,
        dnsNames,
        Optional.empty(),
        sha1,
        Optional.empty());
  }

  private static Diff diff(CertificateSpec spec, Certificate observed) {
    return CertificateService.DIFFER.diff(spec, observed);
  }

  @Test
  void diff_whenTheLetsEncryptNamesMatchInAnyOrderAndCase_isNone() {
    Certificate existing =
        observed(Certificate.Type.LETS_ENCRYPT, List.of("WWW.example.com", "example.com"), "ab12");

    assertThat(diff(letsEncrypt("example.com", "www.example.com"), existing).isNone()).isTrue();
  }

  @Test
  void diff_whenTheCustomLeafHasTheReportedFingerprint_isNone() {
    String fingerprint = custom().sha1Fingerprint().orElseThrow().toUpperCase(Locale.ROOT);

    assertThat(diff(custom(), observed(Certificate.Type.CUSTOM, List.of(), fingerprint)).isNone())
        .isTrue();
  }

  @Test
  void diff_whenNothingExists_createsTheLetsEncryptFieldsWithoutKeyMaterial() {
    Diff diff = CertificateService.DIFFER.diff(letsEncrypt("www.example.com"), Optional.empty());

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.created("type", "lets_encrypt"),
            FieldChange.created("dns_names", "[www.example.com]"));
  }

  @Test
  void diff_whenNothingExists_createsTheCustomSecretsAsSensitiveOnly() {
    Diff diff = CertificateService.DIFFER.diff(custom(), Optional.empty());

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.created("type", "custom"),
            FieldChange.created("private_key", FieldChange.SENSITIVE),
            FieldChange.created("leaf_certificate", FieldChange.SENSITIVE),
            FieldChange.created("certificate_chain", FieldChange.SENSITIVE));
    assertThat(diff.toString()).doesNotContain("PRIVATE KEY").doesNotContain("CERTIFICATE-----");
  }

  @Test
  void diff_whenTheDnsNamesDiffer_isRefusedAsAReplacement() {
    Diff diff =
        diff(
            letsEncrypt("shop.example.com"),
            observed(Certificate.Type.LETS_ENCRYPT, List.of("example.com"), "ab12"));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo("dns_names");
              assertThat(change.before()).contains("[example.com]");
              assertThat(change.after()).contains("[shop.example.com]");
            });
  }

  @Test
  void diff_whenTheCustomLeafDiffers_isRefusedShowingOnlySensitive() {
    Diff diff = diff(custom(), observed(Certificate.Type.CUSTOM, List.of("x.example.com"), "ab12"));

    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.isRefused()).isTrue();
              assertThat(change.field()).isEqualTo("leaf_certificate");
              assertThat(change.before()).contains(FieldChange.SENSITIVE);
              assertThat(change.after()).contains(FieldChange.SENSITIVE);
            });
    assertThat(diff.toString()).doesNotContain("ab12").doesNotContain("CERTIFICATE-----");
  }

  @Test
  void diff_whenTheTypeDiffers_isRefused() {
    Diff diff =
        diff(
            letsEncrypt("www.example.com"),
            observed(Certificate.Type.CUSTOM, List.of("www.example.com"), "ab12"));

    assertThat(diff.refused())
        .extracting(FieldChange::toString)
        .singleElement()
        .asString()
        .startsWith("type: custom → lets_encrypt");
  }

  @Test
  void diff_whenTheApiOmittedNamesFingerprintOrType_treatsThemAsUnknown() {
    assertThat(
            diff(letsEncrypt("www.example.com"), observed(Certificate.Type.UNKNOWN, List.of(), ""))
                .isNone())
        .isTrue();
    assertThat(diff(custom(), observed(Certificate.Type.CUSTOM, List.of(), "")).isNone()).isTrue();
  }
}
