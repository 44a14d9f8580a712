package dev.seawall.databases.cluster.internal;

/**
 * The body of {@code PUT /v2/databases/{id}/upgrade}.
 *
 * @param version the major version to upgrade to, e.g. {@code 17}
 */
public record VersionBody(String version) {}
