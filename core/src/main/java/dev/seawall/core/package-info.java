/**
 * The Seawall core: the {@link dev.seawall.core.DigitalOcean} client, API tokens, the error
 * hierarchy, retries and rate limits, pagination, action polling, and operations with their token
 * scopes ({@link dev.seawall.core.Operation}, {@link dev.seawall.core.Scopes}; core's own in {@link
 * dev.seawall.core.CoreOperations}, each module declares the rest).
 */
@NullMarked
package dev.seawall.core;

import org.jspecify.annotations.NullMarked;
