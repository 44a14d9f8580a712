/**
 * Moshi configuration: records with defaults for absent fields, {@code Optional}, enums with an
 * {@code UNKNOWN} fallback, ISO-8601 instants, and envelope/page readers. Internal.
 */
@NullMarked
package dev.seawall.core.internal.json;

import org.jspecify.annotations.NullMarked;
