package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.seawall.compute.Compute;
import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A user's first request through seawall-compute, against a loopback server. */
class FirstRequestTest {
  private static final String KEY_JSON =
      "{\"ssh_key\":{\"id\":512189,\"fingerprint\":\"3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa\","
          + "\"public_key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGbP8 user@example\","
          + "\"name\":\"deploy\"}}";

  @Test
  void get_onAPlainMavenProject_sendsTheRequestAndDecodesTheKey() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
          byte[] body = KEY_JSON.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try (DigitalOcean client =
        DigitalOcean.builder()
            .token(ApiToken.of("dop_v1_" + "0123456789abcdef".repeat(4)))
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .build()) {
      SshKey key = Compute.sshKeys(client).get("512189");
      assertEquals("deploy", key.name());
      assertEquals("GET /v2/account/keys/512189", seen.get());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void classpath_resolvesTheOkioAndKotlinVersionsSeawallIsBuiltWith() {
    String okio = okio.Okio.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(
        okio.endsWith("okio-jvm-" + System.getProperty("expected.okio") + ".jar"),
        "okio-jvm resolved from " + okio);
    assertEquals(System.getProperty("expected.kotlin"), kotlin.KotlinVersion.CURRENT.toString());
  }
}
