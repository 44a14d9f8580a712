/**
 * Tags: {@link dev.seawall.networking.tag.TagService} makes sure a tag exists (Cloud Firewalls may
 * only name existing tags) and {@link dev.seawall.networking.tag.TagResource} does so as part of a
 * stack, before the firewalls and droplets that use the tag.
 */
@NullMarked
package dev.seawall.networking.tag;

import org.jspecify.annotations.NullMarked;
