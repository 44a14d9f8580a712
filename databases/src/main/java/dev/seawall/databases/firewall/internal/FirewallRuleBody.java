package dev.seawall.databases.firewall.internal;

import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.firewall.TrustedSourceType;
import org.jspecify.annotations.Nullable;

/**
 * A firewall rule as sent to the API: type, value and description only — never the read-only {@code
 * uuid}, {@code cluster_uuid} or {@code created_at}.
 *
 * @param type the source type
 * @param value the source value
 * @param description the description; omitted when null
 */
public record FirewallRuleBody(TrustedSourceType type, String value, @Nullable String description) {

  /** The body of a spec. */
  public static FirewallRuleBody of(TrustedSourceSpec spec) {
    return new FirewallRuleBody(
        spec.type(), spec.value(), spec.description().isEmpty() ? null : spec.description());
  }

  /** The body of an existing rule, sent back unchanged (type, value, description). */
  public static FirewallRuleBody of(TrustedSource rule) {
    return new FirewallRuleBody(
        rule.type(), rule.value(), rule.description().isEmpty() ? null : rule.description());
  }
}
