package dev.seawall.samples;

import dev.seawall.compute.sshkey.SshPublicKey;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

/** Local helpers of the samples: key generation and files only the owner may read. */
final class SampleFiles {
  private SampleFiles() {}

  /**
   * A new ed25519 key for a rehearsal, as an OpenSSH public key; the private half is discarded
   * (nobody logs in to a rehearsal).
   */
  static SshPublicKey generateEd25519PublicKey(String comment) {
    try {
      byte[] spki =
          KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded();
      // X.509 SubjectPublicKeyInfo of Ed25519: a fixed 12-byte prefix, then the 32-byte key.
      byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
      ByteArrayOutputStream blob = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(blob)) {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        out.writeInt(type.length);
        out.write(type);
        out.writeInt(raw.length);
        out.write(raw);
      }
      return SshPublicKey.parse(
          "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " " + comment);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot generate ed25519 keys", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rehearsal's SSH public key, kept in {@code outputDir/seawall-rehearsal-ssh-key.pub} so that
   * running the sample again against the same API reuses the key instead of uploading a new one.
   *
   * @param outputDir where the sample writes its files
   * @param generate makes a key when none was kept yet
   */
  static SshPublicKey rehearsalKey(Path outputDir, Supplier<SshPublicKey> generate) {
    Path file = outputDir.resolve("seawall-rehearsal-ssh-key.pub");
    if (Files.isRegularFile(file)) {
      return readPublicKey(file);
    }
    SshPublicKey key = generate.get();
    writePublic(file, key.openSsh() + "\n");
    return key;
  }

  /** Reads an OpenSSH public key file (one key line). */
  static SshPublicKey readPublicKey(Path file) {
    try {
      return SshPublicKey.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SSH public key " + file, e);
    }
  }

  /** Writes a file readable by everyone (reports), replacing it atomically. */
  static void writePublic(Path file, String content) {
    write(file, content, false);
  }

  /**
   * Writes a file only the owner may read or write ({@code rw-------}) in a directory only the
   * owner may enter, replacing it atomically.
   */
  static void writeOwnerOnly(Path file, String content) {
    write(file, content, true);
  }

  private static void write(Path file, String content, boolean ownerOnly) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".seawall-", ".tmp");
      try {
        if (posix()) {
          Files.setPosixFilePermissions(
              tmp, PosixFilePermissions.fromString(ownerOnly ? "rw-------" : "rw-r--r--"));
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Creates a directory only the owner may enter (or restricts an existing one). */
  static Path ownerOnlyDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
      if (posix()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
