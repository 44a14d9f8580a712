package dev.seawall.core.value;

import dev.seawall.core.policy.Checks;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The name rule of each DigitalOcean resource kind, as the API documents it (the <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/">OpenAPI specification</a> where
 * it gives a pattern, the product documentation otherwise). Every kind reports a bad name the same
 * way: {@code 'x' is not a valid volume name: 1 to 64 lower-case letters, digits or '-', starting
 * with a letter}.
 *
 * <pre>{@code
 * NameRule.VOLUME.check(checks, "name", name);   // records SW-INPUT-001 on <resource>.name
 * String name = NameRule.FIREWALL.require(text);   // or throws IllegalArgumentException
 * }</pre>
 */
public enum NameRule {
  /**
   * Droplet names, which also become the droplet's host name: labels of 1 to 63 letters, digits or
   * {@code -} that neither start nor end with {@code -}, separated by dots, 253 characters at most.
   */
  DROPLET(
      "droplet name",
      NameRule::isHostname,
      "a host name of dot-separated labels of 1 to 63 letters, digits or '-' that neither start"
          + " nor end with '-', 253 characters at most"),

  /** VPC names: letters, digits, {@code -} and {@code .} ({@code vpcs_create}). */
  VPC("VPC name", Pattern.compile("[a-zA-Z0-9.-]+"), "one or more letters, digits, '-' or '.'"),

  /**
   * Cloud Firewall names: a letter or digit, then at least one more letter, digit, {@code .} or
   * {@code -} ({@code firewalls_create}).
   */
  FIREWALL(
      "firewall name",
      Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9.-]+"),
      "2 or more letters, digits, '.' or '-', starting with a letter or digit"),

  /**
   * Load balancer names: 1 to 255 letters, digits, {@code .} or {@code -}, starting with a letter
   * or digit.
   */
  LOAD_BALANCER(
      "load balancer name",
      Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9.-]{0,254}"),
      "1 to 255 letters, digits, '.' or '-', starting with a letter or digit"),

  /**
   * Block-storage volume names: 1 to 64 lower-case letters, digits or {@code -}, starting with a
   * letter ({@code volumes_create}).
   */
  VOLUME(
      "volume name",
      Pattern.compile("[a-z][a-z0-9-]{0,63}"),
      "1 to 64 lower-case letters, digits or '-', starting with a letter"),

  /**
   * Managed database cluster names, which become part of the cluster's host name: 3 to 63
   * lower-case letters, digits or {@code -}, starting with a letter and not ending with {@code -}.
   */
  DATABASE_CLUSTER(
      "database cluster name",
      Pattern.compile("[a-z][a-z0-9-]{1,61}[a-z0-9]"),
      "3 to 63 lower-case letters, digits or '-', starting with a letter and not ending with '-'");

  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private final TextRule rule;

  NameRule(String what, Pattern pattern, String allowed) {
    this(what, pattern.asMatchPredicate(), allowed);
  }

  NameRule(String what, Predicate<String> test, String allowed) {
    this.rule = new TextRule(what, test, allowed);
  }

  /**
   * What a name of this kind may be, e.g. {@code 1 to 64 lower-case letters, digits or '-', ...}.
   */
  public String allowed() {
    return rule.allowed();
  }

  /** Whether {@code name} is a valid name of this kind. */
  public boolean matches(String name) {
    return rule.matches(name);
  }

  /**
   * Records an invalid name as an SW-INPUT-001 violation on {@code <resource>.<field>}.
   *
   * @param checks the accumulator of the spec being validated
   * @param field the field holding the name, e.g. {@code name}
   * @param name the value to check
   * @return whether the name is valid (nothing was recorded)
   */
  public boolean check(Checks checks, String field, String name) {
    return rule.check(checks, field, name);
  }

  /**
   * Returns {@code name} if it is valid for this kind.
   *
   * @param name the name
   * @return the name, unchanged
   * @throws IllegalArgumentException if it is not; the message says what is allowed
   */
  public String require(String name) {
    return rule.require(name);
  }

  private static boolean isHostname(String name) {
    if (name.length() > 253) {
      return false;
    }
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
