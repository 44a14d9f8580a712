/** Wire DTOs of certificates, exactly as the API writes them. Not part of the public API. */
@NullMarked
package dev.seawall.networking.certificate.internal;

import org.jspecify.annotations.NullMarked;
