package dev.seawall.testkit;

import dev.seawall.core.CoreOperations;

/**
 * The routes every {@link FakeDigitalOcean} serves: {@code GET /v2/account}, {@code GET
 * /v2/actions} and {@code GET /v2/actions/{action_id}}.
 */
final class BuiltInResources implements FakeResource {
  @Override
  public void register(FakeRoutes routes, FakeState state) {
    routes
        .on(
            CoreOperations.ACCOUNT_GET,
            request -> FakeResponse.ok(FakeJson.object("account", state.account())))
        .on(
            CoreOperations.ACTIONS_LIST,
            request -> FakeResponse.page(request, "actions", state.actions().all()))
        .on(
            CoreOperations.ACTIONS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "action", state.actions().poll(request.pathParamAsLong("action_id")))));
  }
}
