/**
 * Wire records of the Functions API (not API: only the apps module uses them). A namespace's {@code
 * key} is never read.
 */
@NullMarked
package dev.seawall.apps.functions.internal;

import org.jspecify.annotations.NullMarked;
