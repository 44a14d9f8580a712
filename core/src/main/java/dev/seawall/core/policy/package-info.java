/**
 * The Seawall policy model: rules with stable ids, violations, justifications and acknowledged
 * risks, and reports in JSON and SARIF 2.1.0.
 */
@NullMarked
package dev.seawall.core.policy;

import org.jspecify.annotations.NullMarked;
