package dev.seawall.spaces.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Spaces key field table ({@link SpacesKeyService#DIFFER}). */
class SpacesKeyDiffTest {
  private static SpacesKeySpec spec(SpacesKeyGrant... grants) {
    return SpacesKeySpec.builder().name("reader").grants(List.of(grants)).build();
  }

  private static SpacesKey key(SpacesKeyGrant... grants) {
    return new SpacesKey("reader", "DO00READER", List.of(grants), Instant.EPOCH);
  }

  @Test
  void diff_whenSameGrantsInAnotherOrder_isNoChange() {
    Diff diff =
        SpacesKeyService.DIFFER.diff(
            spec(SpacesKeyGrant.read("a-bucket"), SpacesKeyGrant.readWrite("b-bucket")),
            key(SpacesKeyGrant.readWrite("b-bucket"), SpacesKeyGrant.read("a-bucket")));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenGrantsDiffer_updatesThemGrantByGrant() {
    Diff diff =
        SpacesKeyService.DIFFER.diff(
            spec(SpacesKeyGrant.readWrite("a-bucket"), SpacesKeyGrant.read("c-bucket")),
            key(SpacesKeyGrant.read("a-bucket"), SpacesKeyGrant.read("c-bucket")));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.removed("grants", "read:a-bucket"),
            FieldChange.added("grants", "readwrite:a-bucket"));
  }

  @Test
  void diff_whenAbsent_createsWithTheGrants() {
    Diff diff =
        SpacesKeyService.DIFFER.diff(spec(SpacesKeyGrant.read("a-bucket")), Optional.empty());

    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly("fullaccess = false", "grants = [read:a-bucket]");
  }

  @Test
  void diff_whenTheSpecMakesAScopedKeyFullAccess_isRefused() {
    SpacesKeySpec admin =
        SpacesKeySpec.builder()
            .name("reader")
            .allowFullAccess(Justification.of("OPS-2: backups"))
            .build();

    Diff diff = SpacesKeyService.DIFFER.diff(admin, key(SpacesKeyGrant.read("a-bucket")));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo("fullaccess");
              assertThat(change.toString())
                  .startsWith("fullaccess: false → true (fixed at creation");
            });
  }
}
