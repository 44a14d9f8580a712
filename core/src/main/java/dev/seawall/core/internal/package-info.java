/**
 * Implementation of the Seawall core client; not part of the public API and may change without
 * notice. Only {@code dev.seawall.core} may use it.
 */
@NullMarked
package dev.seawall.core.internal;

import org.jspecify.annotations.NullMarked;
