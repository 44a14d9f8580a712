package dev.seawall.core.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The diff of one resource kind, declared once as a table of fields: how to read each field from
 * the spec (desired) and from the read model (observed), and whether it can change in place. Kinds
 * declare it as a constant and every caller (the service's {@code apply}, a stack's live plan)
 * computes diffs with it:
 *
 * <pre>{@code
 * static final Differ<VolumeSpec, Volume> DIFFER =
 *     Differ.<VolumeSpec, Volume>builder()
 *         .createOnly("region", VolumeSpec::region, Volume::regionSlug)
 *         .updatable("size_gigabytes", VolumeSpec::sizeGigabytes, Volume::sizeGigabytes,
 *             (before, after) -> after < before ? "a volume cannot shrink" : null)
 *         .set("tags", VolumeSpec::tags, Volume::tags)
 *         .build();
 * }</pre>
 *
 * <p>Rules every field follows: a desired value of {@code null} means the spec does not manage the
 * field (never a change); an observed value of {@code null} means the API did not return it, so it
 * is unknown (never a change). Values are compared with {@code equals}, so the accessors return
 * comparable, normalised values (canonical text, sets for unordered lists). Immutable and
 * thread-safe.
 *
 * @param <S> the spec type
 * @param <M> the read model type
 */
public final class Differ<S, M> {
  private final List<Field<S, M>> fields;

  private Differ(List<Field<S, M>> fields) {
    this.fields = List.copyOf(fields);
  }

  /** Starts a differ. */
  public static <S, M> Builder<S, M> builder() {
    return new Builder<>();
  }

  /**
   * The diff of a spec against what exists.
   *
   * @param desired the spec
   * @param observed the existing resource, or empty when there is none
   * @return {@link Diff.Action#CREATE} with the spec's fields when nothing exists; otherwise the
   *     changes, if any
   */
  public Diff diff(S desired, Optional<M> observed) {
    Objects.requireNonNull(desired, "desired");
    if (observed.isEmpty()) {
      List<FieldChange> created = new ArrayList<>();
      for (Field<S, M> field : fields) {
        field.created(desired).ifPresent(created::add);
      }
      return Diff.create(created);
    }
    return diff(desired, observed.get());
  }

  /** The diff of a spec against an existing resource: no change, update in place, or refused. */
  public Diff diff(S desired, M observed) {
    Objects.requireNonNull(desired, "desired");
    Objects.requireNonNull(observed, "observed");
    List<FieldChange> changes = new ArrayList<>();
    for (Field<S, M> field : fields) {
      changes.addAll(field.compare(desired, observed));
    }
    return Diff.of(changes);
  }

  /** The declared field names, in order. */
  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }

  private interface Field<S, M> {
    String name();

    Optional<FieldChange> created(S desired);

    List<FieldChange> compare(S desired, M observed);
  }

  private record Scalar<S, M, T>(
      String name,
      Function<S, @Nullable T> desired,
      Function<M, @Nullable T> observed,
      Function<? super T, String> display,
      BiFunction<T, T, @Nullable String> refusal)
      implements Field<S, M> {

    @Override
    public Optional<FieldChange> created(S spec) {
      T value = desired.apply(spec);
      return value == null
          ? Optional.empty()
          : Optional.of(FieldChange.created(name, display.apply(value)));
    }

    @Override
    public List<FieldChange> compare(S spec, M model) {
      T want = desired.apply(spec);
      T have = observed.apply(model);
      if (want == null || have == null || want.equals(have)) {
        return List.of();
      }
      String reason = refusal.apply(have, want);
      String before = display.apply(have);
      String after = display.apply(want);
      return List.of(
          reason == null
              ? FieldChange.updated(name, before, after)
              : FieldChange.refused(name, before, after, reason));
    }
  }

  private record SetField<S, M, E>(
      String name,
      Function<S, @Nullable Collection<E>> desired,
      Function<M, @Nullable Collection<E>> observed,
      Function<? super E, String> display)
      implements Field<S, M> {

    @Override
    public Optional<FieldChange> created(S spec) {
      Collection<E> value = desired.apply(spec);
      if (value == null || value.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          FieldChange.created(name, value.stream().map(display).toList().toString()));
    }

    @Override
    public List<FieldChange> compare(S spec, M model) {
      Collection<E> want = desired.apply(spec);
      Collection<E> have = observed.apply(model);
      if (want == null || have == null) {
        return List.of();
      }
      Set<E> wanted = new LinkedHashSet<>(want);
      Set<E> present = new LinkedHashSet<>(have);
      List<FieldChange> changes = new ArrayList<>();
      for (E element : present) {
        if (!wanted.contains(element)) {
          changes.add(FieldChange.removed(name, display.apply(element)));
        }
      }
      for (E element : wanted) {
        if (!present.contains(element)) {
          changes.add(FieldChange.added(name, display.apply(element)));
        }
      }
      return changes;
    }
  }

  private record Sensitive<S, M>(
      String name, Predicate<S> managed, BiPredicate<S, M> differs, boolean createOnly)
      implements Field<S, M> {

    @Override
    public Optional<FieldChange> created(S spec) {
      return managed.test(spec)
          ? Optional.of(FieldChange.created(name, FieldChange.SENSITIVE))
          : Optional.empty();
    }

    @Override
    public List<FieldChange> compare(S spec, M model) {
      if (!managed.test(spec) || !differs.test(spec, model)) {
        return List.of();
      }
      return List.of(
          createOnly
              ? FieldChange.refused(
                  name, FieldChange.SENSITIVE, FieldChange.SENSITIVE, CREATE_ONLY_REASON)
              : FieldChange.updated(name, FieldChange.SENSITIVE, FieldChange.SENSITIVE));
    }
  }

  /** The reason given for a changed create-only field. */
  static final String CREATE_ONLY_REASON =
      "fixed at creation: changing it needs a new resource, which Seawall never does on its own";

  /** Builder for {@link Differ}; fields are compared in the order added. */
  public static final class Builder<S, M> {
    private final List<Field<S, M>> fields = new ArrayList<>();

    private Builder() {}

    /**
     * A field that can change in place.
     *
     * @param name the field's API name, e.g. {@code description}
     * @param desired reads it from the spec ({@code null}: not managed)
     * @param observed reads it from the read model ({@code null}: unknown)
     */
    public <T> Builder<S, M> updatable(
        String name, Function<S, @Nullable T> desired, Function<M, @Nullable T> observed) {
      return add(new Scalar<>(name, desired, observed, String::valueOf, (a, b) -> null));
    }

    /**
     * A field that can change in place, but not to every value.
     *
     * @param refusal given (before, after), the reason the change cannot be made, or {@code null}
     *     when it can, e.g. {@code (before, after) -> after < before ? "a volume cannot shrink" :
     *     null}
     */
    public <T> Builder<S, M> updatable(
        String name,
        Function<S, @Nullable T> desired,
        Function<M, @Nullable T> observed,
        BiFunction<T, T, @Nullable String> refusal) {
      return add(new Scalar<>(name, desired, observed, String::valueOf, refusal));
    }

    /** A field fixed when the resource is created: a difference is refused (replace needed). */
    public <T> Builder<S, M> createOnly(
        String name, Function<S, @Nullable T> desired, Function<M, @Nullable T> observed) {
      return add(
          new Scalar<>(name, desired, observed, String::valueOf, (a, b) -> CREATE_ONLY_REASON));
    }

    /**
     * An unordered, set-valued field changed element by element in place (tags, firewall rules):
     * each element added or removed is one change.
     */
    public <E> Builder<S, M> set(
        String name,
        Function<S, @Nullable Collection<E>> desired,
        Function<M, @Nullable Collection<E>> observed) {
      return add(new SetField<>(name, desired, observed, String::valueOf));
    }

    /**
     * Like {@link #set(String, Function, Function)}, with each element shown by {@code display}.
     */
    public <E> Builder<S, M> set(
        String name,
        Function<S, @Nullable Collection<E>> desired,
        Function<M, @Nullable Collection<E>> observed,
        Function<? super E, String> display) {
      return add(new SetField<>(name, desired, observed, display));
    }

    /**
     * A secret field: its values are never read into the diff, only whether they differ, and it is
     * shown as {@value FieldChange#SENSITIVE}.
     *
     * @param differs whether the spec's secret differs from the resource's (e.g. by comparing a
     *     digest); {@code false} when unknown
     * @param createOnly whether a difference is refused rather than updated
     */
    public Builder<S, M> sensitive(String name, BiPredicate<S, M> differs, boolean createOnly) {
      return add(new Sensitive<>(name, spec -> true, differs, createOnly));
    }

    /**
     * Like {@link #sensitive(String, BiPredicate, boolean)} for a secret that only some specs hold
     * (a custom certificate's private key, not a Let's Encrypt one's): a spec for which {@code
     * managed} is false does not manage the field, so it is neither created nor compared.
     */
    public Builder<S, M> sensitive(
        String name, Predicate<S> managed, BiPredicate<S, M> differs, boolean createOnly) {
      return add(new Sensitive<>(name, managed, differs, createOnly));
    }

    private Builder<S, M> add(Field<S, M> field) {
      Objects.requireNonNull(field.name(), "name");
      if (fields.stream().anyMatch(f -> f.name().equals(field.name()))) {
        throw new IllegalArgumentException("field " + field.name() + " is declared twice");
      }
      fields.add(field);
      return this;
    }

    /** Builds the differ. */
    public Differ<S, M> build() {
      return new Differ<>(fields);
    }
  }
}
