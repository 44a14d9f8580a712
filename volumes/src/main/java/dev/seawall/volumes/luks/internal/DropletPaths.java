package dev.seawall.volumes.luks.internal;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates the paths and URLs that end up in the generated script, crypttab and fstab. The
 * accepted alphabets are deliberately narrow, so that no value needs escaping in any of them
 * (values are still shell-quoted).
 */
public final class DropletPaths {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._@+-]+");
  private static final Pattern URL_CHARS = Pattern.compile("[A-Za-z0-9._~:/?\\[\\]@!$&()*+,;=%-]+");
  private static final Pattern MOUNT_OPTION = Pattern.compile("[A-Za-z0-9_.=:+/-]{1,64}");
  private static final Pattern MAPPER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final int MAX_PATH = 255;
  private static final int MAX_URL = 2048;
  private static final Set<String> SYSTEM_DIRECTORIES =
      Set.of(
          "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/libx32", "/proc", "/root",
          "/run", "/sbin", "/sys", "/tmp", "/usr", "/var");

  private DropletPaths() {}

  /**
   * Checks an absolute path on the droplet.
   *
   * @return what is wrong, or empty when the path is acceptable
   */
  public static Optional<String> pathProblem(String path) {
    if (!path.startsWith("/") || path.length() < 2) {
      return Optional.of("must be an absolute path such as /run/keys/data.key");
    }
    if (path.length() > MAX_PATH) {
      return Optional.of("must be at most " + MAX_PATH + " characters");
    }
    String[] segments = path.substring(1).split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return Optional.of("must be a normalized path without empty, '.' or '..' segments");
      }
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.of("may only contain letters, digits and . _ @ + - between slashes");
      }
    }
    return Optional.empty();
  }

  /**
   * Checks a mount point: a valid path that is not {@code /} or a system directory.
   *
   * @return what is wrong, or empty when acceptable
   */
  public static Optional<String> mountPointProblem(String path) {
    if (path.equals("/") || SYSTEM_DIRECTORIES.contains(path)) {
      return Optional.of("must not be / or a system directory such as /etc, /usr or /var");
    }
    return pathProblem(path);
  }

  /**
   * Checks a key URL: {@code https}, a host, no user info, no fragment, a plain alphabet.
   *
   * @return what is wrong, or empty when acceptable
   */
  public static Optional<String> httpsUrlProblem(URI url) {
    if (!"https".equals(url.getScheme())) {
      return Optional.of("must use https (the key must never travel in clear text)");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return Optional.of("must name a host");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of(
          "must not carry credentials; put the bearer token in the bearer token file");
    }
    if (url.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    String ascii = url.toASCIIString();
    if (ascii.length() > MAX_URL) {
      return Optional.of("must be at most " + MAX_URL + " characters");
    }
    if (!URL_CHARS.matcher(ascii).matches()) {
      return Optional.of("must not contain quotes, backslashes, back-ticks or spaces");
    }
    return Optional.empty();
  }

  /** Whether {@code option} is a single mount option word such as {@code noatime}. */
  public static boolean isMountOption(String option) {
    return MOUNT_OPTION.matcher(option).matches();
  }

  /** Whether {@code name} is a valid device-mapper name for {@code /dev/mapper/<name>}. */
  public static boolean isMapperName(String name) {
    return MAPPER_NAME.matcher(name).matches() && !name.equals("control");
  }
}
