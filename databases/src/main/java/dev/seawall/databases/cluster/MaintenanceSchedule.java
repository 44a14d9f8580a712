package dev.seawall.databases.cluster;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When DigitalOcean may apply maintenance updates to a cluster: a weekly day and a time of day in
 * UTC (whole minutes).
 *
 * @param day the day of the week
 * @param hourUtc the time of day in UTC; seconds must be zero
 */
public record MaintenanceSchedule(DayOfWeek day, LocalTime hourUtc) {
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code hourUtc} has seconds or nanoseconds
   */
  public MaintenanceSchedule {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(hourUtc, "hourUtc");
    if (hourUtc.getSecond() != 0 || hourUtc.getNano() != 0) {
      throw new IllegalArgumentException(
          "the maintenance hour is set in whole minutes, e.g. 14:00; got " + hourUtc);
    }
  }

  /** The API's {@code day}, e.g. {@code tuesday}. */
  public String apiDay() {
    return day.name().toLowerCase(Locale.ROOT);
  }

  /** The API's {@code hour}, e.g. {@code 14:00}. */
  public String apiHour() {
    return HOUR.format(hourUtc);
  }
}
