package dev.seawall.kubernetes.cluster;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When DigitalOcean may upgrade and maintain a cluster: a weekly start in UTC ({@code
 * maintenance_policy}); DigitalOcean fixes the duration (4 hours).
 *
 * @param day the day, {@link MaintenanceDay#ANY} for any day
 * @param startTime the start in UTC, whole minutes
 */
public record MaintenanceWindow(MaintenanceDay day, LocalTime startTime) {
  /** Seawall's default: Sunday 03:00 UTC, a low-traffic time for most European and US services. */
  public static final MaintenanceWindow DEFAULT =
      new MaintenanceWindow(MaintenanceDay.SUNDAY, LocalTime.of(3, 0));

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /** Validates the components and drops seconds. */
  public MaintenanceWindow {
    Objects.requireNonNull(day, "day");
    startTime = Objects.requireNonNull(startTime, "startTime").withSecond(0).withNano(0);
  }

  /** The start as the API writes it, {@code HH:mm}. */
  public String startTimeText() {
    return startTime.format(HH_MM);
  }

  /** {@code sunday 03:00}. */
  @Override
  public String toString() {
    return day.slug() + " " + startTimeText();
  }
}
