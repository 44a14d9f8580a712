package dev.seawall.compute.sshkey;

import static dev.seawall.compute.sshkey.TestKeys.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class SshPublicKeyPropertyTest {

  @Property
  void parse_whenArbitraryText_failsOnlyWithIllegalArgument(
      @ForAll @StringLength(max = 300) String text) {
    assertParsesOrRefuses(text);
  }

  @Property
  void parse_whenKnownTypeWithRandomBlob_failsOnlyWithIllegalArgument(
      @ForAll("types") String type, @ForAll @Size(max = 200) byte[] blob) {
    assertParsesOrRefuses(line(type, blob, "c"));
  }

  @Property
  void parse_whenValidBlobIsCorrupted_failsOnlyWithIllegalArgument(
      @ForAll("generatedLines") String line, @ForAll int position, @ForAll byte value) {
    String[] parts = line.split(" ");
    byte[] blob = Base64.getDecoder().decode(parts[1]);
    blob[Math.floorMod(position, blob.length)] = value;

    assertParsesOrRefuses(line(parts[0], blob, ""));
  }

  @Property(tries = 50)
  void parse_whenGeneratedKey_roundTripsThroughOpenSsh(
      @ForAll("generatedLines") String line, @ForAll("comments") String comment) {
    SshPublicKey key = SshPublicKey.parse(line + (comment.isEmpty() ? "" : " " + comment));

    SshPublicKey again = SshPublicKey.parse(key.openSsh());

    assertThat(again).isEqualTo(key);
    assertThat(again.comment()).isEqualTo(comment.strip());
    assertThat(again.md5Fingerprint()).isEqualTo(key.md5Fingerprint());
    assertThat(again.blob()).isEqualTo(Base64.getDecoder().decode(line.split(" ")[1]));
  }

  @Property(tries = 50)
  void md5Fingerprint_whenDifferentKeys_differs(
      @ForAll("generatedLines") String first, @ForAll("generatedLines") String second) {
    Assume.that(!first.equals(second));

    assertThat(SshPublicKey.parse(first).md5Fingerprint())
        .isNotEqualTo(SshPublicKey.parse(second).md5Fingerprint())
        .matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
  }

  @Property(tries = 200)
  void parse_whenRsaModulusOfAnySize_acceptsFrom3072To16384Bits(
      @ForAll @IntRange(min = 512, max = 17000) int bits, @ForAll long seed) {
    BigInteger modulus = new BigInteger(bits - 1, new Random(seed)).setBit(bits - 1).setBit(0);
    String line = line("ssh-rsa", TestKeys.rsaBlob(BigInteger.valueOf(65537), modulus), "");

    if (bits >= SshPublicKey.MIN_RSA_BITS && bits <= SshPublicKey.MAX_RSA_BITS) {
      assertThat(SshPublicKey.parse(line).bits()).isEqualTo(bits);
    } else {
      assertThatThrownBy(() -> SshPublicKey.parse(line))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bits < SshPublicKey.MIN_RSA_BITS ? "under 3072" : "over 16384");
    }
  }

  @Provide
  Arbitrary<String> types() {
    List<String> names = new ArrayList<>();
    for (SshKeyType type : SshKeyType.values()) {
      names.add(type.wireName());
    }
    names.add("ssh-dss");
    return Arbitraries.of(names);
  }

  @Provide
  Arbitrary<String> generatedLines() {
    return Arbitraries.of("ed25519", "p256", "p384", "p521")
        .map(
            kind ->
                switch (kind) {
                  case "ed25519" -> line("ssh-ed25519", TestKeys.ed25519Blob(), "");
                  case "p256" -> line("ecdsa-sha2-nistp256", TestKeys.ecdsaBlob(256), "");
                  case "p384" -> line("ecdsa-sha2-nistp384", TestKeys.ecdsaBlob(384), "");
                  default -> line("ecdsa-sha2-nistp521", TestKeys.ecdsaBlob(521), "");
                });
  }

  @Provide
  Arbitrary<String> comments() {
    return Arbitraries.strings()
        .withChars("abcxyz@.-_ 0123456789")
        .ofMaxLength(40)
        .map(String::strip);
  }

  private static void assertParsesOrRefuses(String text) {
    try {
      SshPublicKey key = SshPublicKey.parse(text);
      assertThat(key.md5Fingerprint()).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
