/**
 * Trusted sources: the database firewall of a managed database cluster. {@link
 * dev.seawall.databases.firewall.TrustedSourceSpec} builds typed sources (droplet, Kubernetes
 * cluster, tag, App Platform app, IP address or CIDR) and refuses internet-wide ranges (rule
 * SW-DB-002, as {@link dev.seawall.core.net.Cidr#isInternetWide()} defines them for every module);
 * {@link dev.seawall.databases.firewall.TrustedSourceService} adds and removes single sources while
 * keeping all others; {@link dev.seawall.databases.firewall.DatabaseFirewallAuditor} audits
 * existing firewalls.
 */
@NullMarked
package dev.seawall.databases.firewall;

import org.jspecify.annotations.NullMarked;
