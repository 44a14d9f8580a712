/** Wire DTOs of load balancers, exactly as the API writes them. Not part of the public API. */
@NullMarked
package dev.seawall.networking.loadbalancer.internal;

import org.jspecify.annotations.NullMarked;
