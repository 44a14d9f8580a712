package dev.seawall.core.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.stack.ObservationReuseTest.NoteResource;
import dev.seawall.core.stack.ObservationReuseTest.NoteSpec;
import dev.seawall.core.stack.ObservationReuseTest.Notes;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Stack#planLive(int)} reads independent resources at once, dependents after. */
class StackPlanLiveParallelTest {

  /** Notes whose reads of the two roots wait for each other: they pass only when read at once. */
  static final class MeetingNotes extends Notes {
    final CountDownLatch roots = new CountDownLatch(2);
    volatile boolean met = true;

    @Override
    public Optional<ObservationReuseTest.Note> observe(NoteSpec spec) {
      if (spec.name().startsWith("root")) {
        roots.countDown();
        try {
          met &= roots.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          met = false;
        }
      }
      return super.observe(spec);
    }
  }

  @Test
  void planLive_withParallelism_readsIndependentResourcesAtOnce_andPlansLikeOneAtATime() {
    MeetingNotes notes = new MeetingNotes();
    NoteResource first = new NoteResource(notes, "root-a", "a", null);
    NoteResource second = new NoteResource(notes, "root-b", "b", null);
    NoteResource child = new NoteResource(notes, "child", "c", first);
    Stack stack = Stack.builder().add(first).add(second).add(child).build();

    Plan plan = stack.planLive(2);

    assertThat(notes.met).as("both roots were read at the same time").isTrue();
    assertThat(plan.resources())
        .extracting(r -> r.key().name())
        .containsExactly("root-a", "root-b", "child");
    assertThat(plan.resources())
        .allMatch(r -> r.action() == dev.seawall.core.resource.Diff.Action.CREATE);
    assertThat(plan.resources().get(2).diff().changes())
        .anyMatch(c -> c.after().orElse("").equals("(known after apply)"));
  }

  @Test
  void planLive_whenAReadFails_throwsThatError_andDoesNotPlanItsDependents() {
    Notes notes =
        new Notes() {
          @Override
          public Optional<ObservationReuseTest.Note> observe(NoteSpec spec) {
            if (spec.name().equals("parent")) {
              throw new IllegalStateException("read of parent failed");
            }
            return super.observe(spec);
          }
        };
    NoteResource parent = new NoteResource(notes, "parent", "p", null);
    NoteResource child = new NoteResource(notes, "child", "c", parent);
    Stack stack = Stack.builder().add(parent).add(child).build();

    assertThatThrownBy(() -> stack.planLive(4)).hasMessage("read of parent failed");
    assertThat(notes.reads("child")).isZero();
  }

  @Test
  void planLive_withParallelismBelowOne_isRefused() {
    Stack stack = Stack.builder().build();

    assertThatThrownBy(() -> stack.planLive(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
