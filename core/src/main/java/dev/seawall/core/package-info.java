/**
 * The Seawall core: the {@link dev.seawall.core.DigitalOcean} client, API tokens, the error
 * hierarchy, retries and rate limits, pagination, action polling and the operation/scope catalog.
 */
@NullMarked
package dev.seawall.core;

import org.jspecify.annotations.NullMarked;
