package dev.seawall.databases.user;

import com.squareup.moshi.Json;

/**
 * MySQL settings of a user ({@code mysql_settings}).
 *
 * @param authPlugin the authentication plugin
 */
public record MysqlSettings(@Json(name = "auth_plugin") MysqlAuthPlugin authPlugin) {}
