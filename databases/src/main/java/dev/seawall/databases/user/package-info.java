/**
 * Database users with least privilege: {@link dev.seawall.databases.user.DatabaseUserSpec}
 * (read-only MongoDB users, Kafka topic ACLs, OpenSearch index ACLs, MySQL {@code
 * caching_sha2_password}, no PostgreSQL replication unless acknowledged), the {@link
 * dev.seawall.databases.user.DatabaseUser} read model (password and access key never in {@code
 * toString()}) and {@link dev.seawall.databases.user.DatabaseUserService}, bound to one cluster
 * (the one resource vocabulary, settings changed in place, credential resets).
 */
@NullMarked
package dev.seawall.databases.user;

import org.jspecify.annotations.NullMarked;
