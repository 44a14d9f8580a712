package dev.seawall.testkit;

/**
 * A DigitalOcean resource the {@link FakeDigitalOcean} can serve: the extension point for fakes.
 *
 * <p>The testkit's own resources (droplets, SSH keys, VPCs, firewalls, volumes, databases, Spaces
 * keys) are in {@code dev.seawall.testkit.fakes}; {@link FakeDigitalOcean.Builder#allResources()}
 * registers all of them. Write one for an API the testkit does not fake yet. A resource registers
 * its routes once, when the fake is built, and keeps its data in {@link FakeState} (usually a
 * {@link FakeTable} named after the resource, which other resources can read too):
 *
 * <pre>{@code
 * public final class FakeTags implements FakeResource {
 *   @Override
 *   public void register(FakeRoutes routes, FakeState state) {
 *     FakeTable tags = state.table("tags");
 *     routes
 *         .on(NetworkingOperations.TAGS_CREATE, request -> {
 *           Map<String, Object> tag = FakeJson.object(
 *               "name", request.json().get("name"),
 *               "resources", FakeJson.object("count", 0L));
 *           tags.put(tag.get("name"), tag);
 *           return FakeResponse.created(FakeJson.object("tag", tag));
 *         })
 *         .on(NetworkingOperations.TAGS_GET, request ->
 *             FakeResponse.ok(FakeJson.object("tag", tags.require(request.pathParam("tag_id")))));
 *   }
 * }
 * }</pre>
 *
 * Two resources may not route the same method and path template (the fake refuses to build); {@link
 * FakeDigitalOcean.Builder#addResource} replaces an earlier resource of the same class. Give the
 * class a public no-argument constructor and list it in {@code
 * META-INF/services/dev.seawall.testkit.FakeResource} to have the standalone fake serve it.
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
