package dev.seawall.kubernetes.cluster;

import java.util.Objects;

/**
 * A Kubernetes taint every node of a pool carries.
 *
 * @param key the taint key, e.g. {@code dedicated}
 * @param value the taint value, e.g. {@code ingress}; may be empty
 * @param effect {@code NoSchedule}, {@code PreferNoSchedule} or {@code NoExecute}
 */
public record Taint(String key, String value, Effect effect) {

  /** What a taint does to pods that do not tolerate it, named as Kubernetes names it. */
  public enum Effect {
    /** New pods are not scheduled on the node. */
    NoSchedule,
    /** The scheduler avoids the node. */
    PreferNoSchedule,
    /** Running pods are evicted too. */
    NoExecute,
    /** An effect this version of Seawall does not know (read models only; refused in specs). */
    UNKNOWN
  }

  /** Validates the components. */
  public Taint {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effect, "effect");
  }

  @Override
  public String toString() {
    return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect;
  }
}
