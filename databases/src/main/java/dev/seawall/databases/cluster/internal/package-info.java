/** Wire DTOs and credential keeping of database clusters; not part of the public API. */
@NullMarked
package dev.seawall.databases.cluster.internal;

import org.jspecify.annotations.NullMarked;
