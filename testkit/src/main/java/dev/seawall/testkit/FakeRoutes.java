package dev.seawall.testkit;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * Where a {@link FakeResource} registers its handlers, keyed by HTTP method and path template.
 * Registering the same method and template twice throws {@link IllegalArgumentException}.
 */
public interface FakeRoutes {
  /**
   * Routes an operation of the catalog (e.g. {@code NetworkingOperations.FIREWALLS_GET}) to {@code
   * handler}; requests are counted and logged under the operation's id.
   */
  FakeRoutes on(Operation operation, FakeHandler handler);

  /**
   * Routes {@code method} on {@code pathTemplate} (e.g. {@code /v2/firewalls/{firewall_id}}) to
   * {@code handler}. The operation id is taken from the installed {@link
   * dev.seawall.core.policy.Catalog}, {@link dev.seawall.testkit.fakes.FakeOperations} or {@link
   * dev.seawall.testkit.fakes.ClientOperations} when one of them has this method and template, else
   * it is {@code "METHOD pathTemplate"}.
   */
  FakeRoutes on(HttpMethod method, String pathTemplate, FakeHandler handler);
}
