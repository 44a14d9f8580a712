package dev.seawall.volumes.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table of a volume, {@link VolumeService#DIFFER}: nothing is sent here. */
class VolumeDiffTest {
  private static final String ID = "506f78a4-e098-11e5-ad9f-000f53306ae1";

  private static VolumeSpec.Builder spec() {
    return VolumeSpec.builder()
        .name("pgdata")
        .sizeGigabytes(20)
        .region("fra1")
        .description("Postgres data")
        .addTag("env:prod");
  }

  private static Volume observed(
      int sizeGigabytes, String filesystemType, Optional<List<String>> tags) {
    return new Volume(
        ID,
        "pgdata",
        sizeGigabytes,
        new Volume.Region("fra1", "Frankfurt 1"),
        List.of(),
        filesystemType,
        "",
        tags,
        Optional.empty(),
        "Postgres data");
  }

  private static Volume observed(int sizeGigabytes) {
    return observed(sizeGigabytes, "", Optional.of(List.of("env:prod")));
  }

  private static Diff diff(VolumeSpec.Builder spec, Volume observed) {
    return VolumeService.DIFFER.diff(spec.build(), observed);
  }

  @Test
  void diff_whenNothingExists_createsWithTheFieldsTheSpecSets() {
    Diff diff = VolumeService.DIFFER.diff(spec().build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "region = fra1",
            "size_gigabytes = 20",
            "filesystem_type = (none)",
            "description = Postgres data",
            "tags = [env:prod]");
  }

  @Test
  void diff_whenTheVolumeMatches_isNone() {
    assertThat(diff(spec(), observed(20))).isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheSpecIsLarger_growsInPlace() {
    Diff diff = diff(spec().sizeGigabytes(30), observed(20));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes()).containsExactly(FieldChange.updated("size_gigabytes", "20", "30"));
  }

  @Test
  void diff_whenTheSpecIsSmaller_isRefusedBecauseAVolumeCannotShrink() {
    Diff diff = diff(spec().sizeGigabytes(20), observed(30));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .containsExactly(
            FieldChange.refused("size_gigabytes", "30", "20", "a volume cannot shrink"));
  }

  @Test
  void diff_whenTheTagsDiffer_changesThemElementByElement() {
    Diff diff = diff(spec().tags(List.of("env:prod", "backup")), observed(20));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes()).containsExactly(FieldChange.added("tags", "backup"));
  }

  @Test
  void diff_whenCreateOnlyFieldsDiffer_refusesEachWithOldAndNew() {
    Diff diff =
        diff(
            spec()
                .region("nyc3")
                .description("other")
                .preformatWithoutLuks(FilesystemType.XFS, Justification.of("OPS-4: scratch"))
                .filesystemLabel("scratch")
                .snapshotId("b0798135-fb76-11eb-946a-0a58ac146f33"),
            observed(20));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .extracting(FieldChange::toString)
        .allSatisfy(change -> assertThat(change).contains("(fixed at creation"))
        .extracting(change -> change.substring(0, change.indexOf(" (fixed")))
        .containsExactly(
            "region: fra1 → nyc3",
            "filesystem_type: (none) → xfs",
            "filesystem_label: (none) → scratch",
            "description: Postgres data → other");
  }

  @Test
  void diff_whenALuksReadySpecMeetsAPreformattedVolume_isRefused() {
    Diff diff = diff(spec(), observed(20, "ext4", Optional.of(List.of("env:prod"))));

    assertThat(diff.refused())
        .extracting(FieldChange::toString)
        .singleElement()
        .asString()
        .startsWith("filesystem_type: ext4 → (none)");
  }

  @Test
  void diff_whenTheApiOmitsTheTagsOrReportsAnUnknownFilesystem_treatsThemAsUnknown() {
    Diff diff = diff(spec().tags(List.of("other")), observed(20, "btrfs", Optional.empty()));

    assertThat(diff).isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheSpecSetsNoDescription_leavesTheExistingOneAlone() {
    assertThat(diff(spec().description(""), observed(20))).isEqualTo(Diff.NONE);
  }
}
