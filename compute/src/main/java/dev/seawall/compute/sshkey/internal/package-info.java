/** Wire types and helpers of the SSH key service; not public API. */
@NullMarked
package dev.seawall.compute.sshkey.internal;

import org.jspecify.annotations.NullMarked;
