/**
 * Managed database clusters: {@link dev.seawall.databases.cluster.DatabaseClusterSpec} (a VPC and
 * at least one trusted source at creation, rules SW-DB-001..003), the {@link
 * dev.seawall.databases.cluster.DatabaseCluster} read model, {@link
 * dev.seawall.databases.cluster.DatabaseClusterAuditor}, {@link
 * dev.seawall.databases.cluster.DatabaseClusterService} (the one resource vocabulary: resize,
 * major-version upgrade and trusted sources changed in place) and {@link
 * dev.seawall.databases.cluster.DatabaseClusterResource} for stacks.
 */
@NullMarked
package dev.seawall.databases.cluster;

import org.jspecify.annotations.NullMarked;
