/**
 * Seawall databases: DigitalOcean managed database clusters that are never open, not even for a
 * moment.
 *
 * <ul>
 *   <li>{@link dev.seawall.databases.cluster} — {@code DatabaseClusterSpec} (VPC and trusted
 *       sources required at creation, rules SW-DB-001 and SW-DB-003), the {@code DatabaseCluster}
 *       read model, its auditor and service;
 *   <li>{@link dev.seawall.databases.firewall} — typed trusted sources (the database firewall),
 *       internet-wide ranges refused (SW-DB-002), add/remove that keep the other rules;
 *   <li>{@link dev.seawall.databases.user} — least-privilege database users;
 *   <li>{@link dev.seawall.databases.tls} — the cluster CA and verified TLS {@code
 *       ConnectionSettings} for JDBC (SW-DB-004).
 * </ul>
 *
 * <p>Entry point: {@link dev.seawall.databases.Databases}.
 *
 * <p>The module's catalog: the operations it calls ({@link
 * dev.seawall.databases.DatabasesOperations}) and the rules it enforces ({@link
 * dev.seawall.databases.DatabasesRules}), registered with core by {@link
 * dev.seawall.databases.DatabasesCatalog}.
 */
@NullMarked
package dev.seawall.databases;

import org.jspecify.annotations.NullMarked;
