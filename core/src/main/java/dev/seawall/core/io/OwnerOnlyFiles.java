package dev.seawall.core.io;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files that only their owner can read, created with those permissions (never readable by
 * others, not even for a moment) and moved into place atomically, so readers see the old or the new
 * content, never a partial file. Used for what must stay private or untampered on disk: a database
 * cluster's CA certificate, a Kubernetes cluster's kubeconfig.
 */
public final class OwnerOnlyFiles {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnlyFiles() {}

  /**
   * Writes {@code content} to {@code target} with owner-only permissions.
   *
   * @param target the file to create or replace; its directory must exist
   * @param content the bytes
   * @return {@code target}
   * @throws UncheckedIOException if writing fails
   */
  public static Path write(Path target, byte[] content) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      temporary = createTempFile(directory);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        out.write(content);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      return absolute;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + absolute, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // best effort: the temporary file holds no secret beyond what target would
        }
      }
    }
  }

  /**
   * Makes sure {@code directory} exists: a missing directory (and each missing parent) is created
   * so that only its owner can enter it; an existing one is used as it is.
   *
   * @return the absolute directory
   * @throws UncheckedIOException if it cannot be created, or a file of that name is in the way
   */
  public static Path directory(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    try {
      if (Files.isDirectory(absolute)) {
        refuseIfOthersCanWrite(absolute);
        return absolute;
      }
      Path parent = absolute.getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        directory(parent);
      }
      if (posix(absolute.getFileSystem())) {
        Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
      } else {
        Files.createDirectory(absolute);
        restrict(absolute.toFile(), true);
      }
      return absolute;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      if (Files.isDirectory(absolute)) {
        return absolute;
      }
      throw new UncheckedIOException("could not create " + absolute + ": a file is in the way", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the directory " + absolute, e);
    }
  }

  /**
   * Refuses an existing directory that users other than its owner can write to: a file Seawall
   * writes there (a CA certificate TLS verification trusts, a kubeconfig) could be replaced by
   * another user.
   */
  private static void refuseIfOthersCanWrite(Path directory) throws IOException {
    if (!posix(directory.getFileSystem())) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions =
        Files.getPosixFilePermissions(directory);
    if (permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)
        || permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)) {
      throw new IllegalArgumentException(
          directory
              + " can be written by other users ("
              + PosixFilePermissions.toString(permissions)
              + "), so a file written there could be replaced; use a directory only"
              + " its owner can write to (a missing one is created that way)");
    }
  }

  /**
   * Creates a new directory only its owner can enter, under the system temporary directory.
   *
   * @param prefix the name prefix, e.g. {@code seawall-db-}
   * @return the directory
   * @throws UncheckedIOException if it cannot be created
   */
  public static Path privateTempDirectory(String prefix) {
    try {
      if (posix(FileSystems.getDefault())) {
        return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(DIRECTORY));
      }
      Path directory = Files.createTempDirectory(prefix);
      restrict(directory.toFile(), true);
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a private temporary directory", e);
    }
  }

  private static Path createTempFile(Path directory) throws IOException {
    if (posix(directory.getFileSystem())) {
      FileAttribute<Set<PosixFilePermission>> attribute =
          PosixFilePermissions.asFileAttribute(FILE);
      return Files.createTempFile(directory, ".seawall-", ".tmp", attribute);
    }
    // Non-POSIX file systems (Windows): the JDK creates temporary files accessible to the owner
    // only where it can; restrict further through java.io.File.
    Path file = Files.createTempFile(directory, ".seawall-", ".tmp");
    restrict(file.toFile(), false);
    return file;
  }

  private static void restrict(File file, boolean executable) {
    boolean ok =
        file.setReadable(false, false)
            && file.setReadable(true, true)
            && file.setWritable(false, false)
            && file.setWritable(true, true)
            && file.setExecutable(false, false)
            && (!executable || file.setExecutable(true, true));
    if (!ok) {
      throw new UncheckedIOException(
          new IOException("could not restrict the permissions of " + file + " to its owner"));
    }
  }

  private static boolean posix(FileSystem fileSystem) {
    return fileSystem.supportedFileAttributeViews().contains("posix");
  }
}
