/**
 * Seawall apps: DigitalOcean App Platform apps whose secrets stay secret, and DigitalOcean
 * Functions.
 *
 * <ul>
 *   <li>{@link dev.seawall.apps.app} — {@code AppSpec} (services, workers, static sites, jobs;
 *       secret-looking environment variables only as {@code SECRET}, HTTPS only, CORS without
 *       wildcard origins, a deployment-failure alert), the {@code App} read model, its auditor,
 *       service and stack resource (which also adds the app to the trusted sources of the database
 *       clusters it is bound to), waiting until its deployment is live.
 *   <li>{@link dev.seawall.apps.functions} — Functions namespaces and scheduled triggers (no secret
 *       in a trigger's plain-text body), and the {@code project.yml} of a functions project ({@code
 *       FunctionsProject}: no web exposure, anonymous web access or raw HTTP without a
 *       justification; secrets only as {@code ${NAME}} templates) with its auditor.
 * </ul>
 *
 * <p>Entry point: {@link dev.seawall.apps.Apps}. The module's catalog: {@link
 * dev.seawall.apps.AppsOperations} and {@link dev.seawall.apps.AppsRules}, registered with core by
 * {@link dev.seawall.apps.AppsCatalog}.
 */
@NullMarked
package dev.seawall.apps;

import org.jspecify.annotations.NullMarked;
