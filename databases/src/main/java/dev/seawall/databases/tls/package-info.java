/**
 * Verified TLS to managed databases: {@link dev.seawall.databases.tls.CaCertificate} (the cluster
 * CA from {@code GET /v2/databases/{id}/ca}, validated as X.509) and {@link
 * dev.seawall.databases.tls.ConnectionSettings} (JDBC URL and properties with {@code
 * sslmode=verify-full} for PostgreSQL and {@code sslMode=VERIFY_IDENTITY} for MySQL, the CA written
 * owner-only). Settings that do not verify the server need an opt-out (SW-DB-004).
 */
@NullMarked
package dev.seawall.databases.tls;

import org.jspecify.annotations.NullMarked;
