package dev.seawall.core.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of a {@link Diff}: its name as the API spells it, the observed and the desired value as
 * display text, and what changing it takes.
 *
 * <p>A value is absent when there is none on that side: a field of a resource to be created has no
 * {@code before}; an element removed from a set-valued field (a firewall rule, a tag) has no {@code
 * after}, an added one no {@code before}. Secret values are never held: a sensitive field shows
 * {@value #SENSITIVE} on both sides.
 *
 * @param field the field, in the API's spelling, e.g. {@code size_gigabytes} or {@code
 *     inbound_rules}
 * @param before the observed value as text, if any
 * @param after the desired value as text, if any
 * @param effect what applying the change takes
 * @param reason why a {@link Effect#REFUSED} change is refused (empty otherwise)
 */
public record FieldChange(
    String field, Optional<String> before, Optional<String> after, Effect effect, String reason) {

  /** The text shown in place of a secret value. */
  public static final String SENSITIVE = "(sensitive)";

  /** The text shown for a value that is known only once a dependency has been applied. */
  public static final String KNOWN_AFTER_APPLY = "(known after apply)";

  /** What applying a field change takes. */
  public enum Effect {
    /** The field is set on a resource being created. */
    CREATE,
    /** The field can be changed on the existing resource. */
    UPDATE,
    /**
     * The change cannot be made: the field is fixed at creation (a replacement would be needed,
     * which Seawall never does on its own because it would lose data), or the new value is not
     * reachable from the old one (a volume cannot shrink).
     */
    REFUSED
  }

  /** Validates the components. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(reason, "reason");
    if (field.isBlank()) {
      throw new IllegalArgumentException("a field change needs a field name");
    }
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException(field + ": a change needs a before or an after value");
    }
  }

  /** A field set on a resource to be created. */
  public static FieldChange created(String field, String value) {
    return new FieldChange(field, Optional.empty(), Optional.of(value), Effect.CREATE, "");
  }

  /** A field changed in place from {@code before} to {@code after}. */
  public static FieldChange updated(String field, String before, String after) {
    return new FieldChange(field, Optional.of(before), Optional.of(after), Effect.UPDATE, "");
  }

  /** An element added to a set-valued field in place. */
  public static FieldChange added(String field, String element) {
    return new FieldChange(field, Optional.empty(), Optional.of(element), Effect.UPDATE, "");
  }

  /** An element removed from a set-valued field in place. */
  public static FieldChange removed(String field, String element) {
    return new FieldChange(field, Optional.of(element), Optional.empty(), Effect.UPDATE, "");
  }

  /** A change that cannot be made, and why. */
  public static FieldChange refused(String field, String before, String after, String reason) {
    if (reason.isBlank()) {
      throw new IllegalArgumentException(field + ": a refused change needs a reason");
    }
    return new FieldChange(field, Optional.of(before), Optional.of(after), Effect.REFUSED, reason);
  }

  /** Whether this change is refused. */
  public boolean isRefused() {
    return effect == Effect.REFUSED;
  }

  /**
   * One line in the style of {@code terraform plan}: {@code size_gigabytes: 20 → 30}, {@code
   * inbound_rules: + tcp 22 from 203.0.113.10/32}, {@code inbound_rules: - tcp 22 from 0.0.0.0/0},
   * {@code region = fra1} for a created field, and the reason after a refused one.
   */
  @Override
  public String toString() {
    String text;
    if (effect == Effect.CREATE) {
      text = field + " = " + after.orElseThrow();
    } else if (before.isPresent() && after.isPresent()) {
      text = field + ": " + before.get() + " → " + after.get();
    } else if (after.isPresent()) {
      text = field + ": + " + after.get();
    } else {
      text = field + ": - " + before.orElseThrow();
    }
    return reason.isEmpty() ? text : text + " (" + reason + ")";
  }
}
