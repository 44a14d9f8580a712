/**
 * Stacks: a set of resource specs and the references between them, planned (validated, ordered,
 * scoped) without changing anything, then applied in dependency order.
 */
@NullMarked
package dev.seawall.core.stack;

import org.jspecify.annotations.NullMarked;
