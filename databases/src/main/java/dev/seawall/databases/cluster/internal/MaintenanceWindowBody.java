package dev.seawall.databases.cluster.internal;

import dev.seawall.databases.cluster.MaintenanceSchedule;

/**
 * The body of {@code PUT /v2/databases/{id}/maintenance}.
 *
 * @param day e.g. {@code tuesday}
 * @param hour e.g. {@code 14:00} (UTC)
 */
public record MaintenanceWindowBody(String day, String hour) {
  /** The body of a schedule. */
  public static MaintenanceWindowBody of(MaintenanceSchedule schedule) {
    return new MaintenanceWindowBody(schedule.apiDay(), schedule.apiHour());
  }
}
