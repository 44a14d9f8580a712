package dev.seawall.volumes.fake;

import dev.seawall.core.Operations;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;

/**
 * Serves {@code droplets_get} from the droplets seeded with {@link FakeVolumes#seedDroplet}, for
 * tests that do not use compute's fake.
 */
public final class FakeVolumeDroplets implements FakeResource {
  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable droplets = state.table(FakeVolumes.DROPLETS);
    routes.on(
        Operations.DROPLETS_GET,
        request ->
            FakeResponse.ok(
                FakeJson.object(
                    "droplet", droplets.require(request.pathParamAsLong("droplet_id")))));
  }
}
