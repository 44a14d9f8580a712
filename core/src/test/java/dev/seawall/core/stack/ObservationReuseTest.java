package dev.seawall.core.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.Operation;
import dev.seawall.core.Page;
import dev.seawall.core.resource.ConvergingService;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import io.vavr.control.Validation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A step uses what the live plan read when it is still trustworthy ({@link Observation}), so a
 * second apply reads each resource once, and reads again when it is not.
 */
class ObservationReuseTest {

  record NoteSpec(String name, String text, @Nullable String parentId) {}

  record Note(String id, String name, String text, @Nullable String parentId) {}

  /** Notes kept in memory; counts the reads and writes it is asked for, per name. */
  static class Notes extends ConvergingService<NoteSpec, Note> {
    final Map<String, Note> byName = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    int reads(String name) {
      return reads.getOrDefault(name, new AtomicInteger()).get();
    }

    int reads() {
      return reads.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    void resetCounts() {
      reads.clear();
      writes.set(0);
    }

    @Override
    protected Differ<NoteSpec, Note> differ() {
      return Differ.<NoteSpec, Note>builder()
          .updatable("text", NoteSpec::text, Note::text)
          .updatable("parent_id", NoteSpec::parentId, Note::parentId)
          .build();
    }

    @Override
    protected String name(NoteSpec spec) {
      return spec.name();
    }

    @Override
    protected Note change(Note observed, NoteSpec spec, Diff diff) {
      writes.incrementAndGet();
      Note changed = new Note(observed.id(), spec.name(), spec.text(), spec.parentId());
      byName.put(spec.name(), changed);
      return changed;
    }

    @Override
    public String kind() {
      return "note";
    }

    @Override
    public Optional<Note> observe(NoteSpec spec) {
      reads.computeIfAbsent(spec.name(), n -> new AtomicInteger()).incrementAndGet();
      return Optional.ofNullable(byName.get(spec.name()));
    }

    @Override
    public Note create(NoteSpec spec) {
      writes.incrementAndGet();
      Note note = new Note("n" + ids.incrementAndGet(), spec.name(), spec.text(), spec.parentId());
      byName.put(spec.name(), note);
      return note;
    }

    @Override
    public Note get(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Note> find(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page<Note> list(int page, int perPage) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Stream<Note> listAll() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Note update(String id, NoteSpec spec) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Deletion delete(String id) {
      throw new UnsupportedOperationException();
    }
  }

  /** A note; with a parent, its spec names the parent's id and text (an output). */
  static final class NoteResource extends SpecResource<NoteSpec, Note> {
    private final Notes notes;
    private final @Nullable ResourceKey parent;

    NoteResource(Notes notes, String name, String text, @Nullable NoteResource parent) {
      super(
          ResourceKey.of("note", name),
          Validated.of(Validation.valid(new NoteSpec(name, text, null))),
          parent == null ? java.util.Set.of() : java.util.Set.of(parent.key()));
      this.notes = notes;
      this.parent = parent == null ? null : parent.key();
    }

    @Override
    protected NoteSpec resolve(NoteSpec planned, StackContext context) {
      return parent == null
          ? planned
          : new NoteSpec(planned.name(), planned.text(), context.id(parent));
    }

    @Override
    protected Notes service() {
      return notes;
    }

    @Override
    protected String id(Note model) {
      return model.id();
    }

    @Override
    protected Map<String, String> outputs(Note model) {
      return Map.of("text", model.text());
    }

    @Override
    protected List<Operation> readOperations() {
      return List.of();
    }

    @Override
    protected List<Operation> createOperations() {
      return List.of();
    }

    @Override
    protected List<Operation> updateOperations() {
      return List.of();
    }

    @Override
    public List<dev.seawall.core.policy.AcknowledgedRisk> acknowledgedRisks() {
      return List.of();
    }
  }

  private final Notes notes = new Notes();

  private Stack stack(String parentText, String childText) {
    NoteResource parent = new NoteResource(notes, "parent", parentText, null);
    NoteResource child = new NoteResource(notes, "child", childText, parent);
    return Stack.builder().add(parent).add(child).build();
  }

  @Test
  void firstApply_createsFromThePlansReads_withoutReadingAgain() {
    ApplyResult result = stack("a", "b").apply(2);

    assertThat(result.succeeded()).isTrue();
    assertThat(notes.byName).containsKeys("parent", "child");
    assertThat(notes.reads("parent")).isEqualTo(1);
    assertThat(notes.reads("child")).isEqualTo(1);
    assertThat(notes.byName.get("child").parentId()).isEqualTo(notes.byName.get("parent").id());
  }

  @Test
  void secondApply_readsEachResourceOnce_inItsPlan_andWritesNothing() {
    Stack stack = stack("a", "b");
    stack.apply(2);
    notes.resetCounts();

    ApplyResult again = stack.apply(2);

    assertThat(again.changedNothing()).isTrue();
    assertThat(notes.reads("parent")).isEqualTo(1);
    assertThat(notes.reads("child")).isEqualTo(1);
    assertThat(notes.writes.get()).isZero();
  }

  @Test
  void aResourceToChange_isReadAgainBeforeItsChange() {
    stack("a", "b").apply(1);
    notes.resetCounts();

    ApplyResult result = stack("a", "b2").apply(1);

    assertThat(result.applied()).anyMatch(a -> a.key().name().equals("child") && a.updated());
    assertThat(notes.reads("child")).isEqualTo(2);
    assertThat(notes.reads("parent")).isEqualTo(1);
    assertThat(notes.byName.get("child").text()).isEqualTo("b2");
  }

  @Test
  void aResourceWithoutChanges_isReadAgain_whenADependencyChangedItsOutputs() {
    stack("a", "b").apply(1);
    notes.resetCounts();

    stack("a2", "b").apply(1);

    assertThat(notes.reads("parent")).isEqualTo(2);
    assertThat(notes.reads("child")).isEqualTo(2);
  }

  @Test
  void aPlanOlderThanMaxAge_isReadAgain_andConvergesWhatChangedSince() {
    Stack stack = stack("a", "b");
    stack.apply(1);
    Plan plan = stack.planLive();
    Plan old = aged(plan, Observation.MAX_AGE.plusSeconds(1));
    notes.byName.computeIfPresent("child", (n, note) -> new Note(note.id(), n, "edited", null));
    notes.resetCounts();

    ApplyResult result = stack.apply(old, 1, StackListener.NONE);

    assertThat(notes.reads()).isEqualTo(2);
    assertThat(result.changedSincePlan()).extracting(ResourceKey::name).containsExactly("child");
    assertThat(notes.byName.get("child").text()).isEqualTo("b");
  }

  @Test
  void observation_showsItsActionAndAge_neverItsState() {
    Observation observation = Observation.of(Optional.of("secret-state-value"), Diff.Action.NONE);

    assertThat(observation.toString())
        .startsWith("Observation[NONE, read ")
        .doesNotContain("secret-state-value");
    assertThat(observation.age()).isLessThan(Observation.MAX_AGE);
  }

  private static Plan aged(Plan plan, Duration age) {
    long readAt = System.nanoTime() - age.toNanos();
    List<ResourcePlan> resources =
        plan.resources().stream()
            .map(
                r ->
                    new ResourcePlan(
                        r.key(),
                        r.diff(),
                        r.id(),
                        r.outputs(),
                        r.operations(),
                        r.observation()
                            .map(o -> Observation.readAt(o.state(), o.action(), readAt))))
            .toList();
    return new Plan(
        plan.mode(),
        plan.steps(),
        resources,
        plan.requiredScopes(),
        plan.violations(),
        plan.acknowledgedRisks());
  }
}
