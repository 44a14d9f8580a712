package dev.seawall.testkit;

import dev.seawall.core.Operations;

/**
 * The routes every {@link FakeDigitalOcean} serves: {@code GET /v2/account}, {@code GET
 * /v2/actions} and {@code GET /v2/actions/{action_id}}.
 */
final class BuiltInResources implements FakeResource {
  @Override
  public void register(FakeRoutes routes, FakeState state) {
    routes
        .on(
            Operations.ACCOUNT_GET,
            request -> FakeResponse.ok(FakeJson.object("account", state.account())))
        .on(
            Operations.ACTIONS_LIST,
            request -> FakeResponse.page(request, "actions", state.actions().all()))
        .on(
            Operations.ACTIONS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "action", state.actions().poll(request.pathParamAsLong("action_id")))));
  }
}
