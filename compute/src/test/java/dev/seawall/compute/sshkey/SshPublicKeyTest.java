package dev.seawall.compute.sshkey;

import static dev.seawall.compute.sshkey.TestKeys.concat;
import static dev.seawall.compute.sshkey.TestKeys.line;
import static dev.seawall.compute.sshkey.TestKeys.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SshPublicKeyTest {

  /**
   * Lines written by ssh-keygen 9.2; fingerprints printed by {@code ssh-keygen -l -E md5|sha256}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl alice@example.com"
            + "|ED25519|256|alice@example.com"
            + "|89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01"
            + "|SHA256:1kPKFKpn/FRZk0b4CQxOwO/sjHhrMThojxQH4qRNuLs",
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFVg3FisSXLJ+4sMMgzYYY8gzaFQIzrB/h3WzHpE2PW2p1Qe8+C7jvdzqshr1jeOQfVGG3GkRneswipDMxNU1dI= p256"
            + "|ECDSA_NISTP256|256|p256"
            + "|4d:ef:7e:6d:f8:0b:92:8a:3c:15:98:c6:2c:aa:65:c4"
            + "|SHA256:umXXrCNYN5u9V0f7onQBP2Uj5TbWBt9HWuIxT7vWHTM",
        "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBNjPpDhHATAHmYUUt7fJ9bKro5Bv2rS1nEiA6lnuVmOdivkiMRMjRwiUYbmeJp+F3D3V8h9r3+fDOqUDvg9jGKsR9WIigZUQUfitEpdU1IglewxpNxIs18xe75dPQSaq3g=="
            + "|ECDSA_NISTP384|384|"
            + "|92:67:74:dd:bb:6a:56:1c:44:b8:b9:0d:2f:3a:c9:1d"
            + "|SHA256:21Z5JPaWve8mewoo4vt933ByUCmkzISu9FeRwW9Q/uc",
        "ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAAac4CBrIgVcMlXdt9XxTwFRo05w7VChxJUFNc0vyyMGGnRi+bfiBJ5+NdiuQ/cc596d3qGFgiYhwlw+qMxfD3mAgCG2RjgBU3Iw6Vy8IXilsk9bkdmLXxAT7jRYzOelFHtdN4gJ5d5/t5hJxDf3J0kD0DB10K700XkffCZiys6fSLkfQ== p521 with spaces"
            + "|ECDSA_NISTP521|521|p521 with spaces"
            + "|1f:7c:0d:2a:61:39:cf:d6:92:00:7f:f1:68:5f:8b:5f"
            + "|SHA256:G7V9KGPjIr71QcxTEj4ce8FpnVOj4VgcfAGwB7k+U/w",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQD0oCqJgDWImDBL06SSK922PtEwxVKAnC0B8+rZjBL8XJKWqKII8nB/YYFRS9ItRXEYDjcReo4yMdgWAn1bmRWIsNiO4KI19muc+y71IPSAth4c+B9pzNiPBh87iFSDgxyYX09Wu7fPNNHVBFaFPleYJy04RaypxOqg25xqPwWCui4AsLN21455p8ScV8R+GJnLhwIGWXfqRZb4wqYQNWiOA8smuLTwWandxmgb5R4hcxnb6hJb5qwkjWlHlzEPDyQZursa97ZQSPlUoJ8ZGfHzPwfUPBj8qiCo5kzJm01+ZMcjmBSwnKlTkEKzCvX8185D6aB+j28E6CiIpWpkAmRbUXGBnUQQft6Ndz2tv/PAbjHL73u5maN9ezSFAQq8e2iZ3pSecQiSNwRcMYYFMb17elEqw+k4tZ5W1vIedj1kvVxKV/ZH/3ia9LsEqHz4t22GrTaj/pjaCNUG12aVuSAyb+ztCLTkhOtx6IalGUUw9nYQXGn8hWhVn3EGXu/M9+E= rsa3072"
            + "|RSA|3072|rsa3072"
            + "|61:12:cb:05:46:38:fb:b5:8f:1e:8e:72:1b:12:92:cb"
            + "|SHA256:RbgMKfA6B5FbPPuleR6g5EwNX93tjmoKpNufvfX3khU",
        "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gAAAABHNzaDo= yubikey"
            + "|SK_ED25519|256|yubikey"
            + "|04:dc:9b:b0:a6:43:8e:07:e2:b4:5c:dc:ff:08:95:c5"
            + "|SHA256:nX0hpi5mKbTIJ10yBq5/sLQhiI1Y0RBAqN0drDdgJWs",
        "sk-ecdsa-sha2-nistp256@openssh.com AAAAInNrLWVjZHNhLXNoYTItbmlzdHAyNTZAb3BlbnNzaC5jb20AAAAIbmlzdHAyNTYAAABBBFVg3FisSXLJ+4sMMgzYYY8gzaFQIzrB/h3WzHpE2PW2p1Qe8+C7jvdzqshr1jeOQfVGG3GkRneswipDMxNU1dIAAAAEc3NoOg== yubikey2"
            + "|SK_ECDSA_NISTP256|256|yubikey2"
            + "|89:2b:c1:6b:39:7a:52:8e:c8:ad:17:4b:33:64:c8:f0"
            + "|SHA256:LTekiSSaZ8dOo4aOFR0dY/flHqqBzZWfaGeFjGrDP4E",
      })
  void parse_whenSshKeygenOutput_matchesItsFingerprints(
      String line, SshKeyType type, int bits, String comment, String md5, String sha256) {
    SshPublicKey key = SshPublicKey.parse(line + "\n");

    assertThat(key.type()).isEqualTo(type);
    assertThat(key.bits()).isEqualTo(bits);
    assertThat(key.comment()).isEqualTo(comment == null ? "" : comment);
    assertThat(key.md5Fingerprint()).isEqualTo(md5);
    assertThat(key.sha256Fingerprint()).isEqualTo(sha256);
    assertThat(key.openSsh()).isEqualTo(line.strip());
  }

  @Test
  void md5Fingerprint_whenParsed_hasTheFormatOfTheApiSchemaExample() {
    // digitalocean-public.v2.yaml, schema ssh_key_fingerprint, example
    // 3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa
    String md5 = SshPublicKey.parse(TestKeys.ED25519).md5Fingerprint();

    assertThat(md5).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
  }

  @Test
  void parse_whenDsa_refusesNamingEd25519() {
    assertThatThrownBy(() -> SshPublicKey.parse(TestKeys.DSA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DSA")
        .hasMessageContaining("ssh-keygen -t ed25519");
  }

  @Test
  void parse_whenDsaBlobUnderRsaName_refusesAsDsa() {
    String blob = TestKeys.DSA.split(" ")[1];

    assertThatThrownBy(() -> SshPublicKey.parse("ssh-rsa " + blob))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DSA");
  }

  @Test
  void parse_whenRsa2048_refusesWithItsSize() {
    assertThatThrownBy(() -> SshPublicKey.parse(TestKeys.RSA_2048))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("under 3072 bits")
        .hasMessageContaining("has 2048");
  }

  @Test
  void parse_whenGeneratedRsa3072_acceptsWithModulusBits() {
    SshPublicKey key = SshPublicKey.parse(line("ssh-rsa", TestKeys.rsaBlob(3072), "ci"));

    assertThat(key.type()).isEqualTo(SshKeyType.RSA);
    assertThat(key.bits()).isEqualTo(3072);
  }

  @Test
  void parse_whenPrivateKey_refusesWithoutEchoingIt() {
    String privateKey =
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + "-----END OPENSSH PRIVATE KEY-----\n";

    assertThatThrownBy(() -> SshPublicKey.parse(privateKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PRIVATE key")
        .hasMessageNotContaining("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUA");
  }

  @Test
  void parse_whenRfc4716_namesTheConversionCommand() {
    String ssh2 = "---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----";

    assertThatThrownBy(() -> SshPublicKey.parse(ssh2)).hasMessageContaining("ssh-keygen -i");
  }

  @Test
  void parse_whenAuthorizedKeysOptions_asksForTheKeyOnly() {
    assertThatThrownBy(() -> SshPublicKey.parse("no-pty,from=\"10.0.0.1\" " + TestKeys.ED25519))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("authorized_keys options");
  }

  @Test
  void parse_whenCertificate_refuses() {
    String cert =
        "ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29t";

    assertThatThrownBy(() -> SshPublicKey.parse(cert)).hasMessageContaining("certificate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void parse_whenBlank_explainsWhatToPass(String blank) {
    assertThatThrownBy(() -> SshPublicKey.parse(blank)).hasMessageContaining(".pub");
  }

  @Test
  void parse_whenUnknownType_namesTheSupportedTypes() {
    assertThatThrownBy(() -> SshPublicKey.parse("ssh-foo AAAA"))
        .hasMessageContaining("unsupported SSH key type 'ssh-foo'")
        .hasMessageContaining("ssh-ed25519");
  }

  @Test
  void parse_whenUnknownTypeIsNotAName_doesNotEchoIt() {
    assertThatThrownBy(() -> SshPublicKey.parse("S3CR3T-VALUE!! AAAA"))
        .hasMessageContaining("unsupported SSH key type")
        .hasMessageNotContaining("S3CR3T");
  }

  @Test
  void parse_whenNoKeyData_says() {
    assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519")).hasMessageContaining("no key data");
  }

  @Test
  void parse_whenBase64IsBroken_says() {
    assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 AAAA$$$$"))
        .hasMessageContaining("not valid base64");
  }

  @Test
  void parse_whenBlobTypeDiffersFromLineType_refuses() {
    byte[] blob = TestKeys.ed25519Blob();

    assertThatThrownBy(() -> SshPublicKey.parse(line("ecdsa-sha2-nistp256", blob, "")))
        .hasMessageContaining("does not match its type");
  }

  @Test
  void parse_whenTrailingBytes_refuses() {
    byte[] blob = concat(TestKeys.ed25519Blob(), new byte[] {0});

    assertThatThrownBy(() -> SshPublicKey.parse(line("ssh-ed25519", blob, "")))
        .hasMessageContaining("trailing bytes");
  }

  @Test
  void parse_whenTruncated_refuses() {
    byte[] blob = TestKeys.ed25519Blob();
    byte[] truncated = Arrays.copyOf(blob, blob.length - 1);

    assertThatThrownBy(() -> SshPublicKey.parse(line("ssh-ed25519", truncated, "")))
        .hasMessageContaining("truncated");
  }

  @Test
  void parse_whenEcdsaPointIsNotOnTheCurve_refuses() {
    byte[] blob = TestKeys.ecdsaBlob(256);
    blob[blob.length - 1] ^= 1;

    assertThatThrownBy(() -> SshPublicKey.parse(line("ecdsa-sha2-nistp256", blob, "")))
        .hasMessageContaining("not on the curve");
  }

  @Test
  void parse_whenEcdsaNamesAnotherCurve_refuses() {
    byte[] p256 = TestKeys.ecdsaBlob(256);
    byte[] relabelled =
        concat(
            string("ecdsa-sha2-nistp256"),
            string("nistp384"),
            Arrays.copyOfRange(p256, string("ecdsa-sha2-nistp256").length + 12, p256.length));

    assertThatThrownBy(() -> SshPublicKey.parse(line("ecdsa-sha2-nistp256", relabelled, "")))
        .hasMessageContaining("wrong curve");
  }

  @Test
  void parse_whenRsaExponentIsEven_refuses() {
    BigInteger modulus = BigInteger.ONE.shiftLeft(4095).setBit(0);
    byte[] blob = TestKeys.rsaBlob(BigInteger.valueOf(65536), modulus);

    assertThatThrownBy(() -> SshPublicKey.parse(line("ssh-rsa", blob, "")))
        .hasMessageContaining("exponent");
  }

  @Test
  void parse_whenRsaLargerThanOpenSshAllows_refuses() {
    BigInteger modulus = BigInteger.ONE.shiftLeft(16384).setBit(0);
    byte[] blob = TestKeys.rsaBlob(BigInteger.valueOf(65537), modulus);

    assertThatThrownBy(() -> SshPublicKey.parse(line("ssh-rsa", blob, "")))
        .hasMessageContaining("over 16384 bits");
  }

  @Test
  void parse_whenSeveralLines_refuses() {
    assertThatThrownBy(() -> SshPublicKey.parse(TestKeys.ED25519 + "\n" + TestKeys.ED25519))
        .hasMessageContaining("one SSH public key line");
  }

  @Test
  void parse_whenTooLong_refuses() {
    String huge = "ssh-rsa " + "A".repeat(SshPublicKey.MAX_LINE_LENGTH);

    assertThatThrownBy(() -> SshPublicKey.parse(huge)).hasMessageContaining("longer than");
  }

  @Test
  void equals_whenOnlyCommentDiffers_isEqual() {
    byte[] blob = TestKeys.ed25519Blob();
    SshPublicKey work = SshPublicKey.parse(line("ssh-ed25519", blob, "work"));
    SshPublicKey home = SshPublicKey.parse(line("ssh-ed25519", blob, "home"));
    SshPublicKey other = SshPublicKey.parse(line("ssh-ed25519", TestKeys.ed25519Blob(), "work"));

    assertThat(work).isEqualTo(home).hasSameHashCodeAs(home).isNotEqualTo(other);
  }

  @Test
  void blob_whenMutated_doesNotChangeTheKey() {
    SshPublicKey key = SshPublicKey.parse(TestKeys.ED25519);
    String before = key.md5Fingerprint();

    key.blob()[0] = 42;

    assertThat(key.md5Fingerprint()).isEqualTo(before);
    assertThat(key.blob()).isEqualTo(Base64.getDecoder().decode(TestKeys.ED25519.split(" ")[1]));
  }

  @Test
  void toString_showsTypeSizeAndSha256() {
    SshPublicKey key = SshPublicKey.parse(TestKeys.ED25519);

    assertThat(key.toString())
        .contains("ssh-ed25519", "256", key.sha256Fingerprint(), "alice@example.com");
  }

  @Test
  void parse_whenTabsSeparateFields_acceptsAndNormalisesTheLine() {
    String[] parts = TestKeys.ED25519.split(" ");

    SshPublicKey key = SshPublicKey.parse(parts[0] + "\t" + parts[1] + "\t " + parts[2]);

    assertThat(key.openSsh()).isEqualTo(TestKeys.ED25519);
  }
}
