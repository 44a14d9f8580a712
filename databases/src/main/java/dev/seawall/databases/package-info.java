/** Seawall databases. */
@NullMarked
package dev.seawall.databases;

import org.jspecify.annotations.NullMarked;
