/** Seawall testkit. */
@NullMarked
package dev.seawall.testkit;

import org.jspecify.annotations.NullMarked;
