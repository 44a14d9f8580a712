package dev.seawall.databases.user.internal;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /v2/databases/{id}/users/{name}/reset_auth}.
 *
 * @param mysqlSettings MySQL: the plugin to switch to; omitted to keep the current one
 */
public record ResetAuthBody(
    @Json(name = "mysql_settings") AddUserBody.@Nullable MysqlSettingsBody mysqlSettings) {}
