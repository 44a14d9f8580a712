/**
 * Presigned Spaces URLs: short-lived ({@link dev.seawall.spaces.presign.PresignSpec}, 15 minutes by
 * default) and, with SSE-C, bound to the key headers the caller must send ({@link
 * dev.seawall.spaces.presign.PresignedRequest}).
 */
@NullMarked
package dev.seawall.spaces.presign;

import org.jspecify.annotations.NullMarked;
