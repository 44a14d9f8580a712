/**
 * App Platform apps: {@link dev.seawall.apps.app.AppSpec} (secure defaults, rules SW-APP-001 to
 * SW-APP-006), the {@link dev.seawall.apps.app.App} read model, {@link
 * dev.seawall.apps.app.AppService}, {@link dev.seawall.apps.app.AppResource} and {@link
 * dev.seawall.apps.app.AppAuditor}.
 */
@NullMarked
package dev.seawall.apps.app;

import org.jspecify.annotations.NullMarked;
