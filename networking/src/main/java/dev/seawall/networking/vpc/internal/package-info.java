/** Wire DTOs and mapping for VPCs. Not part of the public API. */
@NullMarked
package dev.seawall.networking.vpc.internal;

import org.jspecify.annotations.NullMarked;
