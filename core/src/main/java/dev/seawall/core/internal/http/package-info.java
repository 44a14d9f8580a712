/**
 * The OkHttp transport: request building, retries, the client-side limiter, error mapping,
 * pagination and redacting logging. Internal.
 */
@NullMarked
package dev.seawall.core.internal.http;

import org.jspecify.annotations.NullMarked;
