package dev.seawall.spaces.bucket;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The naming rules of Spaces buckets, checked locally before anything is sent. A bucket name is
 * part of a DNS host name ({@code <bucket>.<region>.digitaloceanspaces.com}), so it must be:
 *
 * <ul>
 *   <li>3 to 63 characters long;
 *   <li>made of lowercase letters {@code a-z}, digits and hyphens only (no dots: they break the TLS
 *       wildcard certificate of virtual-hosted URLs; no underscores, no uppercase);
 *   <li>started and ended with a letter or a digit;
 *   <li>not prefixed with {@code xn--} (reserved for punycode host names).
 * </ul>
 */
public final class BucketNames {
  private static final Pattern CHARS = Pattern.compile("[a-z0-9-]*");

  private BucketNames() {}

  /**
   * Whether a name follows every rule.
   *
   * @param name the candidate bucket name
   * @return true if {@link #problems(String)} is empty
   */
  public static boolean isValid(String name) {
    return problems(name).isEmpty();
  }

  /**
   * Every rule a name breaks, as messages that say what is expected (they never echo characters
   * beyond the name itself, which is not a secret).
   *
   * @param name the candidate bucket name
   * @return the problems, empty if the name is valid
   */
  public static List<String> problems(String name) {
    List<String> problems = new ArrayList<>();
    if (name.length() < 3 || name.length() > 63) {
      problems.add("must be 3 to 63 characters long, is " + name.length());
    }
    if (!CHARS.matcher(name).matches()) {
      problems.add(
          "may contain only lowercase letters a-z, digits and hyphens (no dots, underscores or"
              + " uppercase)");
    }
    if (!name.isEmpty() && (!isAlnum(name.charAt(0)) || !isAlnum(name.charAt(name.length() - 1)))) {
      problems.add("must start and end with a lowercase letter or a digit");
    }
    if (name.startsWith("xn--")) {
      problems.add("must not start with xn-- (reserved for punycode host names)");
    }
    return List.copyOf(problems);
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
