package dev.seawall.volumes.volume.internal;

import dev.seawall.core.SeawallException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One fair lock per API base URL and resource key (e.g. {@code droplet:42}), shared by every volume
 * service of the JVM, so that actions on one droplet run one at a time. Locks are never removed:
 * one small object per droplet touched.
 */
public final class DropletLocks {
  private static final ConcurrentMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private DropletLocks() {}

  /**
   * Runs {@code action} while holding the lock of {@code key} on {@code baseUrl}.
   *
   * @throws SeawallException if interrupted while waiting for the lock (the interrupt flag is
   *     restored)
   */
  public static <T> T withLock(String baseUrl, String key, Supplier<T> action) {
    Objects.requireNonNull(action, "action");
    ReentrantLock lock = LOCKS.computeIfAbsent(baseUrl + "#" + key, k -> new ReentrantLock(true));
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SeawallException("Interrupted while waiting for the lock of " + key, e);
    }
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }
}
