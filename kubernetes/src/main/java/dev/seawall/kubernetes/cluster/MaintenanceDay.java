package dev.seawall.kubernetes.cluster;

import java.util.Locale;

/** The day of a cluster's maintenance window, as {@code maintenance_policy.day} names it. */
public enum MaintenanceDay {
  /** Any day: refused under SW-K8S-007 unless acknowledged. */
  ANY,
  /** Monday. */
  MONDAY,
  /** Tuesday. */
  TUESDAY,
  /** Wednesday. */
  WEDNESDAY,
  /** Thursday. */
  THURSDAY,
  /** Friday. */
  FRIDAY,
  /** Saturday. */
  SATURDAY,
  /** Sunday. */
  SUNDAY;

  /** The API's name, e.g. {@code sunday}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }
}
