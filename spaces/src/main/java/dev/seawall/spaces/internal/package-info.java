/** S3 plumbing on top of the MinIO Java SDK; not part of the public API. */
@NullMarked
package dev.seawall.spaces.internal;

import org.jspecify.annotations.NullMarked;
