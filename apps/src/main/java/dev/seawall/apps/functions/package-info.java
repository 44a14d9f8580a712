/**
 * DigitalOcean Functions, secured by construction.
 *
 * <ul>
 *   <li>Namespaces ({@link dev.seawall.apps.functions.FunctionNamespaceSpec}, {@link
 *       dev.seawall.apps.functions.FunctionNamespaceService}, kind {@code function_namespace}):
 *       idempotent by label, region fixed at creation.
 *   <li>Scheduled triggers ({@link dev.seawall.apps.functions.FunctionTriggerSpec}, {@link
 *       dev.seawall.apps.functions.FunctionTriggerService}, kind {@code function_trigger}): cron
 *       checked before sending; no secret in the plain-text body (SW-FN-004), audited by {@link
 *       dev.seawall.apps.functions.FunctionTriggerAuditor}.
 *   <li>The functions themselves, deployed with {@code doctl serverless deploy}: {@link
 *       dev.seawall.apps.functions.FunctionsProject} writes a {@code project.yml} whose functions
 *       are not web-exposed unless justified (SW-FN-001), require {@code X-Require-Whisk-Auth} when
 *       they are (SW-FN-002), never take raw HTTP without a justification (SW-FN-003) and hold
 *       secrets only as {@code ${NAME}} templates (SW-FN-005); {@link
 *       dev.seawall.apps.functions.ProjectYmlAuditor} checks an existing one.
 * </ul>
 */
@NullMarked
package dev.seawall.apps.functions;

import org.jspecify.annotations.NullMarked;
