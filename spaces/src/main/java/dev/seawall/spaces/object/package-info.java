/**
 * Objects in a Spaces bucket, written with customer-provided encryption keys ({@link
 * dev.seawall.spaces.object.SseCustomerKey}) by default: {@link
 * dev.seawall.spaces.object.PutObjectSpec}, {@link dev.seawall.spaces.object.ObjectSpec} (an object
 * with its content, for {@code apply}), {@link dev.seawall.spaces.object.ObjectService} and the
 * read models it returns.
 */
@NullMarked
package dev.seawall.spaces.object;

import org.jspecify.annotations.NullMarked;
