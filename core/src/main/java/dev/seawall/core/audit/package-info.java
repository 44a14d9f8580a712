/**
 * The account audit: every resource kind Seawall knows, listed from an account and checked with the
 * same rules the spec builders enforce, in one {@link dev.seawall.core.policy.PolicyReport}.
 *
 * <p>{@link dev.seawall.core.audit.Audit} runs the {@link dev.seawall.core.audit.AuditSource}s the
 * modules register with {@link java.util.ServiceLoader} (one per module, next to its catalog), in
 * the order their {@link dev.seawall.core.audit.AuditFact facts} need: the networking module
 * publishes the default VPCs and the firewalls' coverage, which the droplet and database audits
 * read. Sources only read: an audit needs only read scopes, which {@link
 * dev.seawall.core.audit.Audit#readScopes()} lists before anything is sent.
 */
@NullMarked
package dev.seawall.core.audit;

import org.jspecify.annotations.NullMarked;
