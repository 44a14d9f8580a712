/** Internal helpers of the databases module; not part of the public API. */
@NullMarked
package dev.seawall.databases.internal;

import org.jspecify.annotations.NullMarked;
