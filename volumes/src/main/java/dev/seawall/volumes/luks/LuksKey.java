package dev.seawall.volumes.luks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Key material for a LUKS key slot: random bytes used as a key file ({@code cryptsetup
 * --key-file}). Generated keys are 512 bits (64 bytes) from {@link SecureRandom}.
 *
 * <p>{@link #toString()} never shows the key. Keep keys out of droplet user data (rule SW-VOL-002):
 * copy the key file to the droplet over SSH, pipe it into the provisioning script, or serve it over
 * HTTPS behind a bearer token (see {@link KeySource}).
 *
 * <pre>{@code
 * LuksKey key = LuksKey.generateFile(Path.of("secrets/pgdata.key")); // rw------- , never overwrites
 * }</pre>
 */
public final class LuksKey {
  /** Length of generated keys: 64 bytes (512 bits). */
  public static final int GENERATED_LENGTH_BYTES = 64;

  /** Shortest key accepted: 32 bytes (256 bits). */
  public static final int MIN_LENGTH_BYTES = 32;

  /** Longest key accepted: 8192 bytes (cryptsetup's default key file limit is 8 MiB). */
  public static final int MAX_LENGTH_BYTES = 8192;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final byte[] bytes;

  private LuksKey(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Generates a random 512-bit (64-byte) key. */
  public static LuksKey generate() {
    byte[] bytes = new byte[GENERATED_LENGTH_BYTES];
    RANDOM.nextBytes(bytes);
    return new LuksKey(bytes);
  }

  /**
   * Wraps existing key bytes (copied).
   *
   * @param bytes 32..8192 bytes of key material
   * @throws IllegalArgumentException if the length is out of range
   */
  public static LuksKey of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length < MIN_LENGTH_BYTES || bytes.length > MAX_LENGTH_BYTES) {
      throw new IllegalArgumentException(
          "a LUKS key must be "
              + MIN_LENGTH_BYTES
              + " to "
              + MAX_LENGTH_BYTES
              + " bytes, was "
              + bytes.length
              + "; use LuksKey.generate() for a 64-byte random key");
    }
    return new LuksKey(bytes.clone());
  }

  /**
   * Reads a key file.
   *
   * @param file the key file
   * @return the key
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if its length is out of range
   */
  public static LuksKey readFrom(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return of(bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the key file " + file, e);
    }
  }

  /**
   * Generates a random 512-bit key and writes it to a new key file that only its owner can read and
   * write ({@code rw-------}). See {@link #writeTo(Path)}.
   *
   * @param file the key file to create; it must not exist
   * @return the generated key
   * @throws UncheckedIOException if the file exists or cannot be written
   * @throws UnsupportedOperationException if the file system has no POSIX permissions
   */
  public static LuksKey generateFile(Path file) {
    LuksKey key = generate();
    key.writeTo(file);
    return key;
  }

  /**
   * Writes the key to a new file with owner-only permissions ({@code rw-------}). The file is
   * created atomically with those permissions (the process umask can only remove bits), so it is
   * never readable by anyone else, not even briefly. An existing file is never overwritten: losing
   * a key file loses the data it protects.
   *
   * @param file the key file to create; its parent directory must exist
   * @throws UncheckedIOException if the file exists ({@link FileAlreadyExistsException} as cause)
   *     or cannot be written; a partly written file is deleted
   * @throws UnsupportedOperationException if the file system has no POSIX permissions
   */
  public void writeTo(Path file) {
    Objects.requireNonNull(file, "file");
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    SeekableByteChannel channel;
    try {
      channel =
          Files.newByteChannel(
              file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly);
    } catch (UnsupportedOperationException e) {
      throw new UnsupportedOperationException(
          "the file system of "
              + file
              + " has no POSIX permissions, so the key file cannot be made owner-only;"
              + " write it to a POSIX file system",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the key file " + file, e);
    }
    try (channel) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot write the key file " + file, e);
    }
  }

  /** The key bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The key length in bytes. */
  public int length() {
    return bytes.length;
  }

  /** The key as standard base64 (for embedding, which needs the SW-VOL-002 opt-out). */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Compares the key material in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof LuksKey other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return LuksKey.class.hashCode();
  }

  /** Returns {@code LuksKey[redacted]}; the key never appears in logs. */
  @Override
  public String toString() {
    return "LuksKey[redacted]";
  }
}
