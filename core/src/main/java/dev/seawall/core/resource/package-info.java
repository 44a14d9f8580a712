/**
 * The shape every resource kind shares: a validated <em>spec</em> (desired state), a <em>read
 * model</em> (observed state), a {@link dev.seawall.core.resource.Differ} that compares the two
 * field by field into a {@link dev.seawall.core.resource.Diff}, and a {@link
 * dev.seawall.core.resource.ResourceService} with one vocabulary ({@code get}, {@code find}, {@code
 * list}, {@code listAll}, {@code create}, {@code apply}, {@code update}, {@code delete}).
 */
@NullMarked
package dev.seawall.core.resource;

import org.jspecify.annotations.NullMarked;
