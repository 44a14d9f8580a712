/** Wire DTOs and mapping for projects. Not part of the public API. */
@NullMarked
package dev.seawall.networking.project.internal;

import org.jspecify.annotations.NullMarked;
