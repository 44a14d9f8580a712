package dev.seawall.core.policy;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Collects the violations of one spec so that {@code Builder.validate()} reports every problem at
 * once. One {@code Checks} is created per validation, filled with the checks of the spec, and
 * turned into a vavr {@link Validation} by {@link #result(Supplier)}:
 *
 * <pre>{@code
 * public Validation<Seq<Violation>, FirewallSpec> validate() {
 *   Checks checks = Checks.on("firewall/" + name);
 *   if (name.isBlank()) {
 *     checks.invalid("name", "must not be blank");
 *   }
 *   for (int i = 0; i < inboundRules.size(); i++) {
 *     FirewallRule rule = inboundRules.get(i);
 *     checks
 *         .at("inboundRules[" + i + "]")
 *         .refuseUnlessAcknowledged(
 *             NetworkingRules.SW_FW_001,
 *             rule.isFromAnywhere(),
 *             acknowledgedRisks,
 *             rule.protocol() + " " + rule.ports() + " is open to 0.0.0.0/0",
 *             "allowPublicIngress(ports, Justification)");
 *   }
 *   checks.require(!dropletIds.isEmpty() || !tags.isEmpty(), NetworkingRules.SW_FW_005,
 *       "the firewall applies to no droplet and no tag");
 *   return checks.result(() -> new FirewallSpec(this));
 * }
 * }</pre>
 *
 * <p>The result is invalid when at least one recorded violation has severity {@link
 * Severity#ERROR}; its sequence then holds <em>every</em> recorded violation (warnings and notes
 * included), in the order recorded. Violations of {@link Severity#WARNING} or {@link Severity#NOTE}
 * rules alone do not refuse the spec; read them with {@link #violations()} if the spec should carry
 * them.
 *
 * <p>A {@code Checks} is a mutable, single-threaded accumulator; views created by {@link
 * #at(String)} write into the same list. Messages must never contain secrets: they end up in
 * exception messages and reports.
 */
public final class Checks {
  private final String resource;
  private final List<Violation> violations;

  private Checks(String resource, List<Violation> violations) {
    this.resource = resource;
    this.violations = violations;
  }

  /**
   * Starts the checks of one resource.
   *
   * @param resource the resource the violations are reported for, {@code <kind>/<name>}, e.g.
   *     {@code firewall/web}
   * @return an empty accumulator
   */
  public static Checks on(String resource) {
    return new Checks(Objects.requireNonNull(resource, "resource"), new ArrayList<>());
  }

  /**
   * A view for a part of the resource that records into the same accumulator, with the resource
   * extended by the path: {@code Checks.on("firewall/web").at("inboundRules[0]")} reports on {@code
   * firewall/web.inboundRules[0]}.
   *
   * @param path a field path, e.g. {@code inboundRules[0]} or {@code sources}
   * @return a view sharing this accumulator
   */
  public Checks at(String path) {
    return new Checks(child(path), violations);
  }

  /** The resource this view reports on, e.g. {@code firewall/web.inboundRules[0]}. */
  public String resource() {
    return resource;
  }

  /**
   * Records a violation of a rule that has no opt-out (or whose opt-out was not used).
   *
   * @param rule the rule broken
   * @param message what is wrong and how to fix it; never a secret
   * @return this, for chaining
   */
  public Checks refuse(Rule rule, String message) {
    violations.add(rule.violation(resource, message));
    return this;
  }

  /**
   * Records a violation of {@code rule} unless {@code ok} holds.
   *
   * @param ok whether the spec satisfies the rule
   * @param rule the rule checked
   * @param message what is wrong and how to fix it, used only when {@code ok} is false
   * @return this, for chaining
   */
  public Checks require(boolean ok, Rule rule, String message) {
    if (!ok) {
      refuse(rule, message);
    }
    return this;
  }

  /**
   * Records a violation of {@code rule} when {@code violated} holds and none of the acknowledged
   * risks names the rule. The recorded message is {@code message + "; to accept this risk use " +
   * optOutHint}, so the error always names the opt-out. An acknowledgement of one rule never
   * suppresses another.
   *
   * @param rule the rule checked
   * @param violated whether the spec breaks the rule
   * @param acknowledgedRisks the risks the spec acknowledged through its opt-outs
   * @param message what is wrong; never a secret
   * @param optOutHint the opt-out to use instead, e.g. {@code allowPublicIngress(ports,
   *     Justification)}
   * @return this, for chaining
   * @throws IllegalArgumentException if {@code optOutHint} is blank (use {@link #refuse} for rules
   *     without an opt-out)
   */
  public Checks refuseUnlessAcknowledged(
      Rule rule,
      boolean violated,
      Collection<AcknowledgedRisk> acknowledgedRisks,
      String message,
      String optOutHint) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(optOutHint, "optOutHint");
    if (optOutHint.isBlank()) {
      throw new IllegalArgumentException(
          "optOutHint must name the opt-out; use refuse(...) for rules without one");
    }
    if (violated && !isAcknowledged(rule, acknowledgedRisks)) {
      refuse(rule, message + "; to accept this risk use " + optOutHint);
    }
    return this;
  }

  /**
   * Records malformed input under {@link CoreRules#SW_INPUT_001}, reported on {@code
   * <resource>.<field>}, e.g. {@code checks.invalid("name", "must not be blank")}.
   *
   * @param field the field path holding the bad value, e.g. {@code name} or {@code sources[2]}
   * @param message what is wrong and what is expected; never the value if it may be a secret
   * @return this, for chaining
   */
  public Checks invalid(String field, String message) {
    violations.add(CoreRules.SW_INPUT_001.violation(child(field), message));
    return this;
  }

  /**
   * Records violations found elsewhere, e.g. by a nested spec or an {@link Auditor}.
   *
   * @param found the violations, recorded as they are (their resources are not changed)
   * @return this, for chaining
   */
  public Checks addAll(Iterable<Violation> found) {
    found.forEach(v -> violations.add(Objects.requireNonNull(v, "violation")));
    return this;
  }

  /**
   * Records the violations of a nested validation and returns its value when it is valid, so that a
   * spec can validate its parts and still report everything at once.
   *
   * @param nested the validation of a part of this spec
   * @param <U> the type of the part
   * @return the part when valid, otherwise empty (its violations are then recorded here)
   */
  public <U> Optional<U> include(Validation<Seq<Violation>, U> nested) {
    if (nested.isValid()) {
      return Optional.of(nested.get());
    }
    addAll(nested.getError());
    return Optional.empty();
  }

  /** Every violation recorded so far (through any view), in order; an unmodifiable copy. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** Whether a violation of severity {@link Severity#ERROR} was recorded (through any view). */
  public boolean hasErrors() {
    return violations.stream().anyMatch(v -> v.rule().severity() == Severity.ERROR);
  }

  /**
   * The outcome of the checks.
   *
   * @param ifValid creates the validated value; called only when no error was recorded
   * @param <T> the type of the validated value, usually the spec
   * @return valid with the value when no {@link Severity#ERROR} violation was recorded; otherwise
   *     invalid with every recorded violation
   */
  public <T> Validation<Seq<Violation>, T> result(Supplier<T> ifValid) {
    if (hasErrors()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(violations));
    }
    return Validation.valid(ifValid.get());
  }

  /**
   * Whether one of the acknowledged risks names the rule.
   *
   * @param rule the rule
   * @param acknowledgedRisks the risks a spec acknowledged
   * @return true if a risk with {@code rule.id()} is present
   */
  public static boolean isAcknowledged(Rule rule, Collection<AcknowledgedRisk> acknowledgedRisks) {
    return acknowledgedRisks.stream().anyMatch(risk -> risk.ruleId().equals(rule.id()));
  }

  private String child(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      return resource;
    }
    return path.startsWith("[") ? resource + path : resource + "." + path;
  }
}
