package dev.seawall.testkit;

/**
 * A DigitalOcean resource the {@link FakeDigitalOcean} can serve: the extension point for modules.
 *
 * <p>A resource registers its routes once, when the fake is built, and keeps its data in {@link
 * FakeState} (usually a {@link FakeTable} named after the resource):
 *
 * <pre>{@code
 * final class FakeVpcs implements FakeResource {
 *   @Override
 *   public void register(FakeRoutes routes, FakeState state) {
 *     FakeTable vpcs = state.table("vpcs");
 *     routes
 *         .on(Operations.VPCS_CREATE, request -> {
 *           Map<String, Object> body = request.json();
 *           Map<String, Object> vpc = FakeJson.object(
 *               "id", state.nextUuid(), "name", body.get("name"), "region", body.get("region"),
 *               "ip_range", body.get("ip_range"), "created_at", state.now());
 *           vpcs.put(vpc.get("id"), vpc);
 *           return FakeResponse.created(FakeJson.object("vpc", vpc));
 *         })
 *         .on(Operations.VPCS_GET, request ->
 *             FakeResponse.ok(FakeJson.object("vpc", vpcs.require(request.pathParam("vpc_id")))))
 *         .on(Operations.VPCS_LIST, request -> FakeResponse.page(request, "vpcs", vpcs.values()));
 *   }
 * }
 * }</pre>
 *
 * Resources can live beside a module's tests (e.g. {@code networking/src/test/java}) or, once
 * several modules share them, in the testkit.
 */
@FunctionalInterface
public interface FakeResource {
  /**
   * Registers this resource's routes.
   *
   * @param routes where to register handlers
   * @param state the fake's shared state (ids, clock, actions, tables)
   */
  void register(FakeRoutes routes, FakeState state);
}
