/**
 * Files Seawall writes for its users: {@link dev.seawall.core.io.OwnerOnlyFiles} (owner-only,
 * atomic), shared by the modules that write secrets or trust anchors to disk.
 */
@NullMarked
package dev.seawall.core.io;

import org.jspecify.annotations.NullMarked;
