package dev.seawall.core.resource;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A tag Seawall adds to one create request, so that the lookup after a lost answer finds only the
 * resource <em>this</em> request made, never one of the same name that someone else created. It is
 * removed (the tag deleted) once the create is settled. Kinds whose create takes tags use it:
 * droplets.
 *
 * @param tag the tag, {@value #PREFIX} followed by 16 random hex digits
 */
public record CreationMark(String tag) {
  /** The prefix of every creation mark. */
  public static final String PREFIX = "seawall-create-";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Checks the tag. */
  public CreationMark {
    Objects.requireNonNull(tag, "tag");
    if (!isMark(tag)) {
      throw new IllegalArgumentException("a creation mark starts with " + PREFIX);
    }
  }

  /** A new random mark. */
  public static CreationMark random() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return new CreationMark(PREFIX + HexFormat.of().formatHex(bytes));
  }

  /** Whether a tag is a creation mark. */
  public static boolean isMark(String tag) {
    return tag.startsWith(PREFIX);
  }
}
