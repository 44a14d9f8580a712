/**
 * Cloud Firewalls: {@link dev.seawall.networking.firewall.FirewallSpec} (write spec, rules
 * SW-FW-001..005), typed rules ({@link dev.seawall.networking.firewall.InboundRule}, {@link
 * dev.seawall.networking.firewall.OutboundRule}, {@link dev.seawall.networking.firewall.Sources},
 * {@link dev.seawall.networking.firewall.Destinations}, {@link
 * dev.seawall.networking.firewall.PortRange}), the {@link dev.seawall.networking.firewall.Firewall}
 * read model, {@link dev.seawall.networking.firewall.FirewallService} and {@link
 * dev.seawall.networking.firewall.FirewallAuditor}.
 */
@NullMarked
package dev.seawall.networking.firewall;

import org.jspecify.annotations.NullMarked;
