package dev.seawall.testkit;

/**
 * Answers one routed request of a {@link FakeDigitalOcean}. Handlers run one at a time (the fake
 * serialises requests), so they may read and change {@link FakeState} without locking.
 *
 * <p>Throw {@link FakeApiError} to answer with a DigitalOcean-shaped error; any other exception
 * becomes a {@code 500} and is reported as a problem of the fake (see {@link
 * FakeDigitalOcean#problems()}).
 */
@FunctionalInterface
public interface FakeHandler {
  /** The response to {@code request}. */
  FakeResponse handle(FakeRequest request);
}
