package dev.seawall.compute.droplet;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When DigitalOcean takes automated backups of a droplet ({@code backup_policy} of {@code
 * droplets_create}). Create with {@link #daily(int)} or {@link #weekly(DayOfWeek, int)}.
 */
public final class BackupPolicy {
  /** Hours (UTC) at which a backup window may start. */
  public static final Set<Integer> HOURS = Set.of(0, 4, 8, 12, 16, 20);

  /** How often backups are taken. */
  public enum Plan {
    /** Every day. */
    DAILY,
    /** Once a week. */
    WEEKLY
  }

  private final Plan plan;
  private final @Nullable DayOfWeek weekday;
  private final int hour;

  private BackupPolicy(Plan plan, @Nullable DayOfWeek weekday, int hour) {
    if (!HOURS.contains(hour)) {
      throw new IllegalArgumentException(
          "backup window hour must be one of 0, 4, 8, 12, 16, 20 (UTC), not " + hour);
    }
    this.plan = plan;
    this.weekday = weekday;
    this.hour = hour;
  }

  /**
   * Daily backups whose four-hour window starts at {@code hour} UTC.
   *
   * @param hour one of 0, 4, 8, 12, 16, 20
   * @throws IllegalArgumentException for any other hour
   */
  public static BackupPolicy daily(int hour) {
    return new BackupPolicy(Plan.DAILY, null, hour);
  }

  /**
   * Weekly backups on {@code weekday} whose four-hour window starts at {@code hour} UTC.
   *
   * @param weekday the day of the week
   * @param hour one of 0, 4, 8, 12, 16, 20
   * @throws IllegalArgumentException for any other hour
   */
  public static BackupPolicy weekly(DayOfWeek weekday, int hour) {
    return new BackupPolicy(Plan.WEEKLY, Objects.requireNonNull(weekday, "weekday"), hour);
  }

  /** The plan. */
  public Plan plan() {
    return plan;
  }

  /** The day of a weekly plan; empty for a daily plan. */
  public Optional<DayOfWeek> weekday() {
    return Optional.ofNullable(weekday);
  }

  /** The hour (UTC) the backup window starts. */
  public int hour() {
    return hour;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BackupPolicy that
        && plan == that.plan
        && weekday == that.weekday
        && hour == that.hour;
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, weekday, hour);
  }

  @Override
  public String toString() {
    return "BackupPolicy[" + plan + (weekday == null ? "" : " " + weekday) + " " + hour + ":00]";
  }
}
