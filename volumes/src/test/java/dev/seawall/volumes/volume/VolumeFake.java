package dev.seawall.volumes.volume;

import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.fakes.FakeDroplets;
import dev.seawall.testkit.fakes.FakeTags;
import dev.seawall.testkit.fakes.FakeVolumes;
import dev.seawall.volumes.VolumesOperations;
import java.time.Duration;
import java.util.List;

/** The fake the volume tests run against, and what it received. */
final class VolumeFake {
  /** How long every action of the fake takes: 20 seconds (of the test clock). */
  static final Duration ACTION_DELAY = Duration.ofSeconds(20);

  private VolumeFake() {}

  /** A contract-validating fake with volumes, droplets and tags. */
  static ContractValidation contract() {
    return ContractValidation.withFake(
        fake ->
            fake.addResource(new FakeVolumes())
                .addResource(new FakeDroplets())
                .addResource(new FakeTags())
                .actionDelay(ACTION_DELAY));
  }

  /** The requests other than reads (GET) since the fake had received {@code calls} requests. */
  static List<FakeCall> writesSince(FakeDigitalOcean fake, int calls) {
    return fake.calls().subList(calls, fake.calls().size()).stream()
        .filter(call -> !call.method().equals("GET"))
        .toList();
  }

  /** How many volume actions of {@code type} ({@code attach}, {@code resize}...) were posted. */
  static long actionPosts(FakeDigitalOcean fake, String type) {
    return fake.calls(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID.operationId()).stream()
        .filter(call -> call.body().contains("\"type\":\"" + type + "\""))
        .count();
  }
}
