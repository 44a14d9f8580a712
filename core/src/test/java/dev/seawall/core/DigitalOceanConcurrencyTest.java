package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.support.Examples;
import dev.seawall.core.support.FakeTime;
import dev.seawall.core.support.TestClients;
import dev.seawall.core.support.Thing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every call succeeds and the limiter still holds. */
class DigitalOceanConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 25;
  private static final int LIMIT = 50;

  @Test
  void sharedClient_whenCalledFromManyThreads_answersEveryCallAndKeepsTheRateLimit()
      throws Exception {
    FakeTime time = new FakeTime();
    List<Instant> seenAt = java.util.Collections.synchronizedList(new ArrayList<>());
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              seenAt.add(time.instant());
              String id = request.getUrl().pathSegments().get(2);
              return new MockResponse.Builder()
                  .setHeader("content-type", "application/json")
                  .body("{\"firewall\":{\"id\":\"" + id + "\",\"name\":\"n-" + id + "\"}}")
                  .build();
            }
          });
      server.start();
      Set<String> answered = ConcurrentHashMap.newKeySet();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try (DigitalOcean client =
          TestClients.builder(server, time, TestClients.randomTokenText())
              .requestsPerMinute(LIMIT)
              .build()) {
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                      String id = thread + "-" + i;
                      Thing thing =
                          client
                              .api()
                              .call(
                                  ApiRequest.of(Examples.FIREWALLS_GET)
                                      .pathParam("firewall_id", id)
                                      .build(),
                                  "firewall",
                                  Thing.class);
                      assertThat(thing.name()).isEqualTo("n-" + id);
                      answered.add(thing.id());
                    }
                    return null;
                  }));
        }
        for (Future<?> future : futures) {
          future.get();
        }

        int total = THREADS * CALLS_PER_THREAD;
        assertThat(answered).hasSize(total);
        assertThat(client.requestCount()).isEqualTo(total);
        assertThat(server.getRequestCount()).isEqualTo(total);
        // The server never sees more than the limit in any rolling minute of (virtual) time.
        List<Instant> sorted = seenAt.stream().sorted().toList();
        for (int i = LIMIT; i < sorted.size(); i++) {
          assertThat(Duration.between(sorted.get(i - LIMIT), sorted.get(i)))
              .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
        Duration paused = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(paused).isGreaterThanOrEqualTo(Duration.ofMinutes(total / LIMIT - 1));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
