/**
 * Plumbing of the Seawall testkit (route matching, JSON and error bodies). Not an API: may change
 * in any release.
 */
@NullMarked
package dev.seawall.testkit.internal;

import org.jspecify.annotations.NullMarked;
