/** Wire DTOs and checks of the database firewall; not part of the public API. */
@NullMarked
package dev.seawall.databases.firewall.internal;

import org.jspecify.annotations.NullMarked;
