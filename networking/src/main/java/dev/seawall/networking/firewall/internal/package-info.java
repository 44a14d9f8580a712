/** Wire DTOs, mapping and rule evaluation for Cloud Firewalls. Not part of the public API. */
@NullMarked
package dev.seawall.networking.firewall.internal;

import org.jspecify.annotations.NullMarked;
