package dev.seawall.spaces.object;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for object keys that Seawall can store and read back exactly. Spaces accepts any UTF-8
 * key of up to 1024 bytes; Seawall additionally refuses the keys that do not survive the S3 path
 * encoding unchanged:
 *
 * <ul>
 *   <li>empty keys and keys longer than 1024 bytes in UTF-8;
 *   <li>ASCII control characters ({@code U+0000..U+001F}, {@code U+007F}) and unpaired surrogates;
 *   <li>a leading {@code /} and empty segments ({@code a//b}), which path-style URLs collapse;
 *   <li>{@code .} and {@code ..} segments, which URL normalisation removes.
 * </ul>
 *
 * <p>Spaces, Unicode, {@code +}, {@code %}, {@code /} between segments, a trailing {@code /} and
 * every other printable character are fine and round-trip exactly.
 */
public final class ObjectKeys {
  /** Maximum key length in UTF-8 bytes. */
  public static final int MAX_BYTES = 1024;

  private ObjectKeys() {}

  /**
   * Whether a key follows every rule.
   *
   * @param key the object key
   * @return true if {@link #problems(String)} is empty
   */
  public static boolean isValid(String key) {
    return problems(key).isEmpty();
  }

  /**
   * Every rule the key breaks.
   *
   * @param key the object key
   * @return messages saying what is expected; empty if the key is valid
   */
  public static List<String> problems(String key) {
    List<String> problems = new ArrayList<>();
    if (key.isEmpty()) {
      problems.add("must not be empty");
      return problems;
    }
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    try {
      int bytes = encoder.encode(java.nio.CharBuffer.wrap(key)).remaining();
      if (bytes > MAX_BYTES) {
        problems.add("must be at most 1024 bytes in UTF-8, is " + bytes);
      }
    } catch (CharacterCodingException e) {
      problems.add("must be valid Unicode (it contains an unpaired surrogate)");
    }
    if (key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      problems.add("must not contain control characters");
    }
    if (key.startsWith("/")) {
      problems.add("must not start with '/'");
    }
    if (key.contains("//")) {
      problems.add("must not contain empty segments ('//')");
    }
    for (String segment : key.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        problems.add("must not contain '.' or '..' segments");
        break;
      }
    }
    return List.copyOf(problems);
  }
}
