package dev.seawall.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DifferTest {
  record Spec(
      String region, int size, @Nullable String description, Set<String> tags, String secret) {}

  record Model(
      String region, @Nullable Integer size, String description, @Nullable Set<String> tags) {}

  static final Differ<Spec, Model> DIFFER =
      Differ.<Spec, Model>builder()
          .createOnly("region", Spec::region, Model::region)
          .updatable(
              "size_gigabytes",
              Spec::size,
              Model::size,
              (before, after) -> after < before ? "a volume cannot shrink" : null)
          .updatable("description", Spec::description, Model::description)
          .set("tags", Spec::tags, Model::tags)
          .sensitive("password", (spec, model) -> !spec.secret().equals("same"), false)
          .build();

  static Spec spec(String region, int size, Set<String> tags) {
    return new Spec(region, size, "data", tags, "same");
  }

  @Test
  void diff_whenNothingExists_createsWithEveryManagedField() {
    Diff diff = DIFFER.diff(spec("fra1", 20, Set.of("web")), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "region = fra1",
            "size_gigabytes = 20",
            "description = data",
            "tags = [web]",
            "password = (sensitive)");
  }

  @Test
  void diff_whenObservedMatches_isNone() {
    Diff diff =
        DIFFER.diff(spec("fra1", 20, Set.of("web")), new Model("fra1", 20, "data", Set.of("web")));

    assertThat(diff).isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenAnUpdatableFieldDiffers_updatesInPlaceWithOldAndNew() {
    Diff diff =
        DIFFER.diff(spec("fra1", 30, Set.of("web")), new Model("fra1", 20, "data", Set.of("web")));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes()).containsExactly(FieldChange.updated("size_gigabytes", "20", "30"));
    assertThat(diff.toString()).isEqualTo("update in-place: size_gigabytes: 20 → 30");
  }

  @Test
  void diff_whenACreateOnlyFieldDiffers_isRefusedAsAReplacement() {
    Diff diff =
        DIFFER.diff(spec("ams3", 20, Set.of("web")), new Model("fra1", 20, "data", Set.of("web")));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("region");
              assertThat(c.reason()).contains("fixed at creation");
            });
  }

  @Test
  void diff_whenTheChangeIsUnreachable_isRefusedWithTheKindsReason() {
    Diff diff =
        DIFFER.diff(spec("fra1", 10, Set.of("web")), new Model("fra1", 20, "data", Set.of("web")));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly("size_gigabytes: 20 → 10 (a volume cannot shrink)");
  }

  @Test
  void diff_whenTheApiOmittedAField_treatsItAsUnknownNotAChange() {
    Diff diff = DIFFER.diff(spec("fra1", 30, Set.of("web")), new Model("fra1", null, "data", null));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenTheSpecLeavesAFieldUnmanaged_neverChangesIt() {
    Spec noDescription = new Spec("fra1", 20, null, Set.of(), "same");

    Diff diff = DIFFER.diff(noDescription, new Model("fra1", 20, "set by hand", Set.of()));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenSetElementsDiffer_listsEachRemovedAndAddedElement() {
    Diff diff =
        DIFFER.diff(
            spec("fra1", 20, Set.of("web", "prod")),
            new Model("fra1", 20, "data", Set.of("web", "staging")));

    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly("tags: - staging", "tags: + prod");
  }

  @Test
  void diff_whenASecretDiffers_showsItOnlyAsSensitive() {
    Spec spec = new Spec("fra1", 20, "data", Set.of(), "s3cr3t-" + System.nanoTime());

    Diff diff = DIFFER.diff(spec, new Model("fra1", 20, "data", Set.of()));

    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("password", FieldChange.SENSITIVE, FieldChange.SENSITIVE));
    assertThat(diff.toString()).doesNotContain(spec.secret());
  }

  @Test
  void diff_whenASpecHoldsNoSecret_neitherCreatesNorComparesIt() {
    Differ<Spec, Model> keyOnlyForSomeSpecs =
        Differ.<Spec, Model>builder()
            .createOnly("region", Spec::region, Model::region)
            .sensitive("private_key", spec -> !spec.secret().isEmpty(), (spec, model) -> true, true)
            .build();
    Spec withoutKey = new Spec("fra1", 20, "data", Set.of(), "");
    Spec withKey = new Spec("fra1", 20, "data", Set.of(), "k-" + System.nanoTime());
    Model model = new Model("fra1", 20, "data", Set.of());

    assertThat(keyOnlyForSomeSpecs.diff(withoutKey, Optional.empty()).fields())
        .containsExactly("region");
    assertThat(keyOnlyForSomeSpecs.diff(withoutKey, model).isNone()).isTrue();
    assertThat(keyOnlyForSomeSpecs.diff(withKey, Optional.empty()).changes())
        .contains(FieldChange.created("private_key", FieldChange.SENSITIVE));
    assertThat(keyOnlyForSomeSpecs.diff(withKey, model).refused())
        .extracting(FieldChange::field)
        .containsExactly("private_key");
  }

  @Test
  void builder_whenAFieldIsDeclaredTwice_refuses() {
    assertThatThrownBy(
            () ->
                Differ.<Spec, Model>builder()
                    .updatable("region", Spec::region, Model::region)
                    .createOnly("region", Spec::region, Model::region))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
  }

  @Test
  void diff_whenBuiltByHand_mustAgreeWithItsChanges() {
    List<FieldChange> update = List.of(FieldChange.updated("a", "1", "2"));

    assertThatThrownBy(() -> new Diff(Diff.Action.NONE, update))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Diff(Diff.Action.REFUSED, update))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Diff.of(update).action()).isEqualTo(Diff.Action.UPDATE);
  }

  @Test
  void plus_whenAPartIsRefused_refusesTheWholeDiffEvenACreate() {
    Diff create = DIFFER.diff(spec("fra1", 20, Set.of()), Optional.empty());
    FieldChange attach = FieldChange.added("droplet_ids", "42");
    FieldChange elsewhere = FieldChange.refused("droplet_ids", "[]", "[42]", "another region");

    assertThat(create.plus(List.of(attach)).action()).isEqualTo(Diff.Action.CREATE);
    assertThat(create.plus(List.of(elsewhere)).action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(create.plus(List.of(elsewhere)).refused()).containsExactly(elsewhere);
    assertThat(Diff.NONE.plus(List.of(attach)).action()).isEqualTo(Diff.Action.UPDATE);
  }
}
