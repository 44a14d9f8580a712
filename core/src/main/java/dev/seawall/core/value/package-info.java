/**
 * DigitalOcean identifiers shared by every module, each defined once with one message: {@link
 * dev.seawall.core.value.RegionSlug}, {@link dev.seawall.core.value.TagName} and the per-kind
 * resource name rules of {@link dev.seawall.core.value.NameRule}.
 *
 * <p>Each type has a throwing factory or {@code require} for direct use ({@link
 * IllegalArgumentException}) and a {@code check(checks, field, value)} that records malformed input
 * as an SW-INPUT-001 violation on a {@link dev.seawall.core.policy.Checks} accumulator, so that a
 * spec reports it together with every other problem. Every message has the shape {@code 'x' is not
 * a valid <what>: <what is allowed>}. Address ranges live in {@link dev.seawall.core.net}.
 */
@NullMarked
package dev.seawall.core.value;

import org.jspecify.annotations.NullMarked;
