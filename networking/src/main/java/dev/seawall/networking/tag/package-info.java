/**
 * Tags: {@link dev.seawall.networking.tag.TagSpec} (a validated name), the {@link
 * dev.seawall.networking.tag.Tag} read model, {@link dev.seawall.networking.tag.TagService} (Cloud
 * Firewalls may only name existing tags, so {@code apply} creates a tag before they need it) and
 * {@link dev.seawall.networking.tag.TagResource}, which does so as part of a stack, before the
 * firewalls that reference the tag.
 */
@NullMarked
package dev.seawall.networking.tag;

import org.jspecify.annotations.NullMarked;
