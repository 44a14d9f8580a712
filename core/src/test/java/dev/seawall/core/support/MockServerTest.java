package dev.seawall.core.support;

import dev.seawall.core.DigitalOcean;
import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that drive a {@link DigitalOcean} client against a fresh {@link MockWebServer} with
 * fake time: {@link #server}, {@link #time} and {@link #client} are ready in every test and closed
 * after it. Override {@link #newClient()} to configure the client differently.
 */
public abstract class MockServerTest {
  protected final MockWebServer server = new MockWebServer();
  protected final FakeTime time = new FakeTime();
  protected DigitalOcean client;

  /** The client for each test; by default {@link TestClients#client} (default retry policy). */
  protected DigitalOcean newClient() {
    return TestClients.client(server, time);
  }

  @BeforeEach
  protected void startServerAndClient() throws IOException {
    server.start();
    client = newClient();
  }

  @AfterEach
  protected void stopServerAndClient() {
    client.close();
    server.close();
  }
}
