package dev.seawall.core.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One {@link SlidingWindowLimiter} per API token (and clock and limits) in the JVM: DigitalOcean
 * counts requests per token, so every client built with the same token shares one budget. The
 * registry keys limiters by a SHA-256 digest of the token, never the token itself. A limiter is
 * dropped when the last client using it is closed.
 */
final class SharedLimiters {
  private record Key(String tokenDigest, Clock clock, List<SlidingWindowLimiter.Window> windows) {}

  private static final class Entry {
    final SlidingWindowLimiter limiter;
    int users;

    Entry(SlidingWindowLimiter limiter) {
      this.limiter = limiter;
    }
  }

  private static final Map<Key, Entry> LIMITERS = new HashMap<>();

  private SharedLimiters() {}

  /** A lease on the shared limiter; {@link #close()} gives it back (once). */
  static final class Lease implements AutoCloseable {
    private final Key key;
    private final SlidingWindowLimiter limiter;
    private boolean closed;

    private Lease(Key key, SlidingWindowLimiter limiter) {
      this.key = key;
      this.limiter = limiter;
    }

    SlidingWindowLimiter limiter() {
      return limiter;
    }

    @Override
    public void close() {
      synchronized (LIMITERS) {
        if (closed) {
          return;
        }
        closed = true;
        Entry entry = LIMITERS.get(key);
        if (entry != null && --entry.users == 0) {
          LIMITERS.remove(key);
        }
      }
    }
  }

  /** Leases the limiter of this token, clock and windows, creating it for the first user. */
  static Lease lease(
      Credentials credentials, Clock clock, List<SlidingWindowLimiter.Window> windows) {
    Key key = new Key(digest(credentials.authorization()), clock, List.copyOf(windows));
    synchronized (LIMITERS) {
      Entry entry =
          LIMITERS.computeIfAbsent(key, k -> new Entry(new SlidingWindowLimiter(windows, clock)));
      entry.users++;
      return new Lease(key, entry.limiter);
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
