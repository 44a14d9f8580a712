package dev.seawall.compute.sshkey;

import dev.seawall.compute.sshkey.internal.SshWireReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An OpenSSH public key, parsed and checked locally: the line a {@code .pub} file holds ({@code
 * <type> <base64 blob> [comment]}). The fingerprint DigitalOcean uses to identify the key ({@link
 * #md5Fingerprint()}) is computed here, so a key can be looked up before it is uploaded.
 *
 * <p>Accepted: {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256/384/521}, {@code ssh-rsa} with a
 * modulus of 3072 to 16384 bits, and the FIDO security-key variants {@code
 * sk-ssh-ed25519@openssh.com} and {@code sk-ecdsa-sha2-nistp256@openssh.com}. Refused: DSA ({@code
 * ssh-dss}, broken and disabled by OpenSSH since 7.0), RSA under 3072 bits (below the 128-bit
 * security level NIST SP 800-57 asks for beyond 2030), certificates, private keys and unknown
 * types.
 *
 * <p>Two keys are equal when their algorithm and key blob are equal; the comment is not part of the
 * identity. Immutable and thread-safe. Public keys are not secrets, but error messages still never
 * repeat the input line: a private key pasted by mistake must not end up in a log.
 */
public final class SshPublicKey {
  /** Smallest accepted RSA modulus, in bits. */
  public static final int MIN_RSA_BITS = 3072;

  /** Largest accepted RSA modulus, in bits (the OpenSSH limit). */
  public static final int MAX_RSA_BITS = 16384;

  /** Longest accepted key line, in characters. */
  public static final int MAX_LINE_LENGTH = 16 * 1024;

  private static final ECParameterSpec P256 = curve("secp256r1");
  private static final ECParameterSpec P384 = curve("secp384r1");
  private static final ECParameterSpec P521 = curve("secp521r1");

  private static final Pattern WHITESPACE = Pattern.compile("[ \\t]+");
  private static final Pattern PRINTABLE_NAME = Pattern.compile("[a-z0-9@._-]{1,64}");

  private final SshKeyType type;
  private final byte[] blob;
  private final String comment;
  private final int bits;

  private SshPublicKey(SshKeyType type, byte[] blob, String comment, int bits) {
    this.type = type;
    this.blob = blob;
    this.comment = comment;
    this.bits = bits;
  }

  /**
   * Parses one OpenSSH public key line, e.g. the content of {@code ~/.ssh/id_ed25519.pub}. Leading
   * and trailing whitespace (including the final newline) is ignored; the comment is everything
   * after the key data, with runs of blanks kept as they are.
   *
   * @param line {@code <type> <base64 blob> [comment]}
   * @return the parsed key
   * @throws IllegalArgumentException if the line is not a well-formed public key of an accepted
   *     type, or the key is too weak (DSA, RSA under {@value #MIN_RSA_BITS} bits); the message says
   *     why and how to fix it, and never contains the input
   */
  public static SshPublicKey parse(String line) {
    Objects.requireNonNull(line, "line");
    String text = line.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(
          "the SSH public key is empty; pass the content of a .pub file, e.g. ~/.ssh/id_ed25519.pub");
    }
    if (text.length() > MAX_LINE_LENGTH) {
      throw new IllegalArgumentException(
          "the SSH public key is longer than " + MAX_LINE_LENGTH + " characters");
    }
    if (text.contains("PRIVATE KEY")) {
      throw new IllegalArgumentException(
          "this looks like a PRIVATE key; never upload or share it. Pass the public key instead "
              + "(the .pub file next to it, or `ssh-keygen -y -f <private key file>`)");
    }
    if (text.startsWith("---- BEGIN SSH2 PUBLIC KEY")) {
      throw new IllegalArgumentException(
          "this is an RFC 4716 (SSH2/PuTTY) public key; convert it to OpenSSH format with "
              + "`ssh-keygen -i -f <file>`");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "pass exactly one SSH public key line; the text spans several lines");
    }
    String[] parts = WHITESPACE.split(text, 3);
    String typeName = parts[0];
    SshKeyType type = typeOf(typeName, parts.length > 1 ? parts[1] : "");
    if (parts.length < 2) {
      throw new IllegalArgumentException(
          "the SSH public key has no key data after '" + type.wireName() + "'");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the SSH public key data is not valid base64", e);
    }
    int bits = checkBlob(type, blob);
    String comment = parts.length > 2 ? parts[2].strip() : "";
    return new SshPublicKey(type, blob, comment, bits);
  }

  private static SshKeyType typeOf(String typeName, String next) {
    Optional<SshKeyType> type = SshKeyType.fromWireName(typeName);
    if (type.isPresent()) {
      return type.get();
    }
    if (typeName.equals("ssh-dss")) {
      throw dsaRefused();
    }
    if (typeName.endsWith("-cert-v01@openssh.com")) {
      throw new IllegalArgumentException(
          "this is an OpenSSH certificate, not a public key; pass the public key the certificate"
              + " was issued for");
    }
    if (SshKeyType.fromWireName(next).isPresent() || next.equals("ssh-dss")) {
      throw new IllegalArgumentException(
          "the line starts with authorized_keys options; pass only the public key part"
              + " ('<type> <key> [comment]')");
    }
    String shown = PRINTABLE_NAME.matcher(typeName).matches() ? " '" + typeName + "'" : "";
    throw new IllegalArgumentException(
        "unsupported SSH key type"
            + shown
            + "; use ssh-ed25519 (ssh-keygen -t ed25519), ecdsa-sha2-nistp256/384/521 or ssh-rsa"
            + " with at least "
            + MIN_RSA_BITS
            + " bits");
  }

  private static IllegalArgumentException dsaRefused() {
    return new IllegalArgumentException(
        "DSA (ssh-dss) keys are refused: DSA is limited to 1024 bits and disabled by OpenSSH;"
            + " create an Ed25519 key with `ssh-keygen -t ed25519`");
  }

  /** Checks the blob's structure for the type and returns the key size in bits. */
  private static int checkBlob(SshKeyType type, byte[] blob) {
    SshWireReader reader = new SshWireReader(blob);
    String inner = reader.readAscii();
    if (!inner.equals(type.wireName())) {
      if (inner.equals("ssh-dss")) {
        throw dsaRefused();
      }
      throw new IllegalArgumentException(
          "the key data does not match its type '" + type.wireName() + "'");
    }
    int bits =
        switch (type) {
          case ED25519, SK_ED25519 -> {
            requireLength(reader.readBytes(), 32, "Ed25519 key");
            yield 256;
          }
          case ECDSA_NISTP256, SK_ECDSA_NISTP256 -> ecdsa(reader, "nistp256", 32, 256, P256);
          case ECDSA_NISTP384 -> ecdsa(reader, "nistp384", 48, 384, P384);
          case ECDSA_NISTP521 -> ecdsa(reader, "nistp521", 66, 521, P521);
          case RSA -> rsa(reader);
        };
    if (type.isSecurityKey()) {
      String application = readApplication(reader);
      if (application.isEmpty()) {
        throw new IllegalArgumentException("the security key has an empty application");
      }
    }
    if (!reader.atEnd()) {
      throw new IllegalArgumentException("the key data has trailing bytes");
    }
    return bits;
  }

  private static String readApplication(SshWireReader reader) {
    byte[] bytes = reader.readBytes();
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static int ecdsa(
      SshWireReader reader, String curve, int fieldBytes, int bits, ECParameterSpec params) {
    String actual = reader.readAscii();
    if (!actual.equals(curve)) {
      throw new IllegalArgumentException("the ECDSA key names the wrong curve");
    }
    byte[] point = reader.readBytes();
    requireLength(point, 1 + 2 * fieldBytes, "ECDSA point");
    if (point[0] != 0x04) {
      throw new IllegalArgumentException("the ECDSA point is not in uncompressed form");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + fieldBytes));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + fieldBytes, point.length));
    if (!isOnCurve(params, x, y)) {
      throw new IllegalArgumentException("the ECDSA point is not on the curve " + curve);
    }
    return bits;
  }

  private static boolean isOnCurve(ECParameterSpec params, BigInteger x, BigInteger y) {
    EllipticCurve curve = params.getCurve();
    BigInteger p = ((ECFieldFp) curve.getField()).getP();
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(p);
    BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
    return left.equals(right);
  }

  private static ECParameterSpec curve(String name) {
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec(name));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks the curve " + name, e);
    }
  }

  private static int rsa(SshWireReader reader) {
    BigInteger exponent = reader.readPositiveMpint();
    BigInteger modulus = reader.readPositiveMpint();
    if (exponent.compareTo(BigInteger.valueOf(3)) < 0 || !exponent.testBit(0)) {
      throw new IllegalArgumentException("the RSA public exponent is invalid");
    }
    int bits = modulus.bitLength();
    if (bits < MIN_RSA_BITS) {
      throw new IllegalArgumentException(
          "RSA keys under "
              + MIN_RSA_BITS
              + " bits are refused (this one has "
              + bits
              + "); create an Ed25519 key with `ssh-keygen -t ed25519`, or an RSA key with"
              + " `ssh-keygen -t rsa -b 4096`");
    }
    if (bits > MAX_RSA_BITS) {
      throw new IllegalArgumentException(
          "RSA keys over " + MAX_RSA_BITS + " bits are not supported by OpenSSH");
    }
    if (!modulus.testBit(0)) {
      throw new IllegalArgumentException("the RSA modulus is invalid");
    }
    return bits;
  }

  private static void requireLength(byte[] value, int expected, String what) {
    if (value.length != expected) {
      throw new IllegalArgumentException(
          "the " + what + " has " + value.length + " bytes instead of " + expected);
    }
  }

  /** The key algorithm. */
  public SshKeyType type() {
    return type;
  }

  /**
   * The key size in bits: the RSA modulus length, 256 for Ed25519, the curve size (256, 384, 521)
   * for ECDSA.
   */
  public int bits() {
    return bits;
  }

  /** The comment after the key data (often {@code user@host}); empty when there is none. */
  public String comment() {
    return comment;
  }

  /** A copy of the decoded key blob (SSH wire format), the input of both fingerprints. */
  public byte[] blob() {
    return blob.clone();
  }

  /**
   * The MD5 fingerprint as DigitalOcean shows and accepts it: 16 lowercase hex pairs separated by
   * colons, e.g. {@code 3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa}. It is the {@code
   * fingerprint} of the {@code sshKeys} API object and may be used in {@code
   * DropletSpec.Builder.sshKeys(...)} and {@code GET /v2/account/keys/{fingerprint}}. MD5 is weak
   * as a hash but is only used here as DigitalOcean's identifier.
   */
  public String md5Fingerprint() {
    return HexFormat.ofDelimiter(":").formatHex(digest("MD5"));
  }

  /**
   * The SHA-256 fingerprint the way {@code ssh-keygen -l} prints it, e.g. {@code
   * SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s}; for display and comparing with what a
   * server shows on first connect.
   */
  public String sha256Fingerprint() {
    return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest("SHA-256"));
  }

  /**
   * The canonical OpenSSH line, {@code <type> <base64 blob>} followed by a blank and the comment
   * when there is one; this is what {@code SshKeyService} uploads.
   */
  public String openSsh() {
    String line = type.wireName() + " " + Base64.getEncoder().encodeToString(blob);
    return comment.isEmpty() ? line : line + " " + comment;
  }

  private byte[] digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm).digest(blob);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SshPublicKey that
        && type == that.type
        && Arrays.equals(blob, that.blob);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + Arrays.hashCode(blob);
  }

  /** {@code SshPublicKey[ssh-ed25519 256 SHA256:... comment]}. */
  @Override
  public String toString() {
    return "SshPublicKey["
        + type.wireName()
        + " "
        + bits
        + " "
        + sha256Fingerprint()
        + (comment.isEmpty() ? "" : " " + comment)
        + "]";
  }
}
