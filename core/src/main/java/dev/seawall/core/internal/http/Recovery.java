package dev.seawall.core.internal.http;

import dev.seawall.core.ApiException;
import java.util.Optional;

/**
 * What a non-idempotent request (a POST) does when its outcome is unknown or it is refused: the
 * request may have taken effect, so it is never simply sent again.
 *
 * @param <T> the result of the request
 */
interface Recovery<T> {
  /**
   * After a lost answer or a 5xx: the result, if the request took effect; empty to send it again
   * (only when that cannot duplicate anything). May throw to give up.
   *
   * @param failure the failure of the attempt (never holds a secret)
   */
  Optional<T> afterUnknownOutcome(RuntimeException failure);

  /**
   * After a refusal (a 4xx other than 429): the result, if what the request asks for already holds
   * (DigitalOcean refuses to detach a detached volume with 422); empty to throw {@code failure}.
   */
  default Optional<T> afterRefusal(ApiException failure) {
    return Optional.empty();
  }
}
