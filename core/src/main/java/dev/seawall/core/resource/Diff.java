package dev.seawall.core.resource;

import java.util.List;
import java.util.Objects;

/**
 * What applying a spec would change on a resource, computed from the desired state (the spec) and
 * the observed state (the read model) by the kind's {@link Differ}.
 *
 * <ul>
 *   <li>{@link Action#CREATE}: the resource does not exist; {@link #changes()} lists the fields it
 *       will be created with.
 *   <li>{@link Action#UPDATE}: the resource exists and the listed fields will be changed in place.
 *   <li>{@link Action#REFUSED}: at least one change cannot be made (a create-only field differs, so
 *       a replacement would be needed, or the new value is unreachable, such as a smaller volume);
 *       nothing is sent for the resource and the refused fields say why.
 *   <li>{@link Action#NONE}: the observed state already matches the spec.
 * </ul>
 *
 * A field the API did not return is unknown and never a change.
 *
 * @param action what applying would do
 * @param changes the field changes, in the order the kind declares its fields
 */
public record Diff(Action action, List<FieldChange> changes) {

  /** What applying a spec does to a resource. */
  public enum Action {
    /** Create the resource. */
    CREATE("+", "create"),
    /** Change fields of the existing resource in place. */
    UPDATE("~", "update in-place"),
    /** A change cannot be made; nothing is sent. */
    REFUSED("!", "refused"),
    /** Nothing to do. */
    NONE("=", "no change");

    private final String symbol;
    private final String label;

    Action(String symbol, String label) {
      this.symbol = symbol;
      this.label = label;
    }

    /**
     * The one-character marker of {@code terraform plan}: {@code +}, {@code ~}, {@code !}, {@code
     * =}.
     */
    public String symbol() {
      return symbol;
    }

    /** A short label such as {@code update in-place}. */
    public String label() {
      return label;
    }

    /** Whether applying sends a write for this action. */
    public boolean writes() {
      return this == CREATE || this == UPDATE;
    }
  }

  /** A diff with nothing to do. */
  public static final Diff NONE = new Diff(Action.NONE, List.of());

  /** Validates and copies the components. */
  public Diff {
    Objects.requireNonNull(action, "action");
    changes = List.copyOf(changes);
    boolean refused = changes.stream().anyMatch(FieldChange::isRefused);
    if ((action == Action.REFUSED) != refused) {
      throw new IllegalArgumentException(
          "a diff is REFUSED exactly when one of its changes is refused: " + action);
    }
    if (action == Action.NONE && !changes.isEmpty()) {
      throw new IllegalArgumentException("a diff without action has no changes");
    }
    if (action == Action.UPDATE && changes.isEmpty()) {
      throw new IllegalArgumentException("an update needs at least one changed field");
    }
  }

  /** A diff creating a resource with the given fields. */
  public static Diff create(List<FieldChange> fields) {
    return new Diff(Action.CREATE, fields);
  }

  /**
   * The diff of an existing resource: {@link Action#NONE} without changes, {@link Action#REFUSED}
   * if any change is refused, otherwise {@link Action#UPDATE}.
   */
  public static Diff of(List<FieldChange> changes) {
    if (changes.isEmpty()) {
      return NONE;
    }
    boolean refused = changes.stream().anyMatch(FieldChange::isRefused);
    return new Diff(refused ? Action.REFUSED : Action.UPDATE, changes);
  }

  /** Whether the observed state already matches. */
  public boolean isNone() {
    return action == Action.NONE;
  }

  /** The refused changes (empty unless {@link #action()} is {@link Action#REFUSED}). */
  public List<FieldChange> refused() {
    return changes.stream().filter(FieldChange::isRefused).toList();
  }

  /** The names of the changed fields, each once, in order. */
  public List<String> fields() {
    return changes.stream().map(FieldChange::field).distinct().toList();
  }

  /**
   * A diff holding these changes plus {@code more} (a resource's own changes and its parts'): a
   * create stays a create unless one of the changes is refused, which refuses the whole diff.
   */
  public Diff plus(List<FieldChange> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<FieldChange> all = new java.util.ArrayList<>(changes);
    all.addAll(more);
    boolean refused = all.stream().anyMatch(FieldChange::isRefused);
    return action == Action.CREATE && !refused ? create(all) : of(all);
  }

  /**
   * The action label followed by the changes, e.g. {@code update in-place: size_gigabytes: 20 →
   * 30}.
   */
  @Override
  public String toString() {
    return changes.isEmpty()
        ? action.label()
        : action.label()
            + ": "
            + String.join("; ", changes.stream().map(FieldChange::toString).toList());
  }
}
