/** Wire DTOs of database users; not part of the public API. */
@NullMarked
package dev.seawall.databases.user.internal;

import org.jspecify.annotations.NullMarked;
