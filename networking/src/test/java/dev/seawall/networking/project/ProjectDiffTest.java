package dev.seawall.networking.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import org.junit.jupiter.api.Test;

/** The field table of projects ({@link ProjectService#DIFFER}). */
class ProjectDiffTest {
  private static final ProjectSpec SPEC =
      ProjectSpec.builder()
          .name("seawall-demo")
          .purpose("Internal demo")
          .environment(ProjectEnvironment.STAGING)
          .description("demo")
          .build();

  private static Project observed(String purpose, String environment) {
    return new Project("id-1", "seawall-demo", "demo", purpose, environment, false);
  }

  @Test
  void diff_whenTheStoredPurposeIsTheCustomOne_isNone() {
    assertThat(
            ProjectService.DIFFER.diff(SPEC, observed("Other: Internal demo", "Staging")).isNone())
        .isTrue();
  }

  @Test
  void diff_whenTheEnvironmentDiffers_isAnUpdateOfIt() {
    Diff diff = ProjectService.DIFFER.diff(SPEC, observed("Other: Internal demo", "Production"));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(FieldChange.updated("environment", "Production", "Staging"));
  }

  @Test
  void diff_whenTheApiReportedNoPurposeOrEnvironment_isNone() {
    assertThat(ProjectService.DIFFER.diff(SPEC, observed("", "")).isNone()).isTrue();
  }

  @Test
  void validate_whenNamePurposeAndEnvironmentAreMissing_reportsEachAtOnce() {
    assertThat(ProjectSpec.builder().validate().getError()).extracting(v -> v.message()).hasSize(3);
  }
}
