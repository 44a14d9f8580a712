package dev.seawall.benchmarks;

import dev.seawall.compute.Compute;
import dev.seawall.compute.droplet.DropletService;
import dev.seawall.core.DigitalOcean;
import dev.seawall.networking.Networking;
import dev.seawall.networking.firewall.FirewallService;

/**
 * The Seawall side of the request benchmarks: one service {@code get} of the fixture's droplet or
 * firewall ({@code Compute.droplets(client).get(id)}, {@code
 * Networking.firewalls(client).get(id)}).
 */
final class ServiceGets {
  private final DropletService droplets;
  private final FirewallService firewalls;

  ServiceGets(DigitalOcean client) {
    this.droplets = Compute.droplets(client);
    this.firewalls = Networking.firewalls(client);
  }

  /**
   * @param resource {@code droplet} or {@code firewall}
   */
  Object get(String resource) {
    return resource.equals("droplet")
        ? droplets.get(Long.toString(Fixtures.DROPLET_ID))
        : firewalls.get(Fixtures.FIREWALL_ID);
  }
}
