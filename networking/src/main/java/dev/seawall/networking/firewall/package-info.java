/**
 * Cloud Firewalls: {@link dev.seawall.networking.firewall.FirewallSpec} (write spec, rules
 * SW-FW-001..005), typed rules ({@link dev.seawall.networking.firewall.InboundRule} and {@link
 * dev.seawall.networking.firewall.OutboundRule}, both {@link
 * dev.seawall.networking.firewall.FirewallRule}s, naming {@link
 * dev.seawall.networking.firewall.Targets} and a {@link
 * dev.seawall.networking.firewall.PortRange}), the {@link dev.seawall.networking.firewall.Firewall}
 * read model, {@link dev.seawall.networking.firewall.FirewallService}, {@link
 * dev.seawall.networking.firewall.FirewallResource} and {@link
 * dev.seawall.networking.firewall.FirewallAuditor}.
 */
@NullMarked
package dev.seawall.networking.firewall;

import org.jspecify.annotations.NullMarked;
