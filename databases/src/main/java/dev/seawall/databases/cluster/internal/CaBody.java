package dev.seawall.databases.cluster.internal;

/**
 * The {@code ca} object of {@code GET /v2/databases/{id}/ca}.
 *
 * @param certificate base64 of the PEM text
 */
public record CaBody(String certificate) {}
