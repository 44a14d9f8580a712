/**
 * The Seawall policy model: rules with stable ids, violations, justifications and acknowledged
 * risks, and reports in JSON and SARIF 2.1.0; and the catalog, which assembles every module's
 * operations and rules ({@link dev.seawall.core.policy.CatalogProvider}, {@link
 * dev.seawall.core.policy.Catalog}). Core's own rules are in {@link
 * dev.seawall.core.policy.CoreRules}; each module declares the rest.
 */
@NullMarked
package dev.seawall.core.policy;

import org.jspecify.annotations.NullMarked;
