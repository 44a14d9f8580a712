/** Wire records, request bodies and secret bookkeeping of App Platform apps; not API. */
@NullMarked
package dev.seawall.apps.app.internal;

import org.jspecify.annotations.NullMarked;
