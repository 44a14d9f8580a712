package dev.seawall.benchmarks;

import com.myjeeva.digitalocean.exception.DigitalOceanException;
import com.myjeeva.digitalocean.exception.RequestUnsuccessfulException;
import com.myjeeva.digitalocean.impl.DigitalOceanClient;
import com.myjeeva.digitalocean.pojo.Droplet;
import com.myjeeva.digitalocean.pojo.Firewall;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/**
 * The Java peer client, {@code com.myjeeva.digitalocean:digitalocean-api-client} 2.17, pointed at
 * the loopback server. It always builds {@code https://} URLs on its {@code apiHost} field ({@code
 * api.digitalocean.com}, set in its constructor and read for every request), so a subclass sets it
 * to {@code 127.0.0.1:<port>}: the peer runs over https only. Its Apache HttpClient is the system
 * one ({@code HttpClients.createSystem()}), so it trusts the loopback certificate through the JVM's
 * default trust ({@link LoopbackServer.Child#trustItByDefault()}) and verifies the host name
 * against the certificate's {@code 127.0.0.1} subject alternative name, as it would DigitalOcean's.
 */
public final class Peer implements AutoCloseable {
  private final CloseableHttpClient http = HttpClients.createSystem();
  private final DigitalOceanClient client;

  /**
   * @param httpsUrl the loopback server's https URL, e.g. {@code https://127.0.0.1:40123}
   * @param token the bearer token
   * @throws IllegalArgumentException if the URL is not https
   */
  public Peer(String httpsUrl, String token) {
    if (!httpsUrl.startsWith("https://")) {
      throw new IllegalArgumentException(
          "the peer client always uses https; it cannot reach " + httpsUrl);
    }
    this.client = new LoopbackClient(token, http, httpsUrl.substring("https://".length()));
  }

  /** {@code getDropletInfo(Integer)}: {@code GET /v2/droplets/{id}}. */
  public Droplet droplet(int id) {
    try {
      return client.getDropletInfo(id);
    } catch (DigitalOceanException | RequestUnsuccessfulException e) {
      throw new IllegalStateException("peer: droplet " + id + " failed", e);
    }
  }

  /** {@code getFirewallInfo(String)}: {@code GET /v2/firewalls/{id}}. */
  public Firewall firewall(String id) {
    try {
      return client.getFirewallInfo(id);
    } catch (DigitalOceanException | RequestUnsuccessfulException e) {
      throw new IllegalStateException("peer: firewall " + id + " failed", e);
    }
  }

  @Override
  public void close() {
    try {
      http.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The peer's client with its API host replaced by the loopback server's host and port. */
  private static final class LoopbackClient extends DigitalOceanClient {
    LoopbackClient(String token, CloseableHttpClient http, String hostAndPort) {
      super("v2", token, http);
      this.apiHost = hostAndPort;
    }
  }
}
