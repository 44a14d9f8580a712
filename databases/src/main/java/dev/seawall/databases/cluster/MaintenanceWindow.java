package dev.seawall.databases.cluster;

import java.util.List;

/**
 * The maintenance window of a cluster as read from the API.
 *
 * @param day the day of the week, lower case, e.g. {@code tuesday}
 * @param hour the time of day in UTC, e.g. {@code 14:00} or {@code 08:45:12}
 * @param pending whether maintenance is scheduled for the next window
 * @param description the pending maintenance updates
 */
public record MaintenanceWindow(
    String day, String hour, boolean pending, List<String> description) {
  /** Copies the components. */
  public MaintenanceWindow {
    description = List.copyOf(description);
  }
}
