package dev.seawall.volumes.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeSpecTest {

  private static VolumeSpec.Builder valid() {
    return VolumeSpec.builder().name("pgdata").sizeGigabytes(100).region("fra1");
  }

  private static List<Violation> violations(VolumeSpec.Builder builder) {
    return builder.validate().getError().asJava();
  }

  @Test
  void build_withRequiredValues_isLuksReadyWithoutFilesystem() {
    VolumeSpec spec = valid().description("Postgres data").addTag("env:prod").build();

    assertThat(spec.name()).isEqualTo("pgdata");
    assertThat(spec.sizeGigabytes()).isEqualTo(100);
    assertThat(spec.region()).isEqualTo("fra1");
    assertThat(spec.description()).isEqualTo("Postgres data");
    assertThat(spec.tags()).containsExactly("env:prod");
    assertThat(spec.isLuksReady()).isTrue();
    assertThat(spec.filesystemType()).isEmpty();
    assertThat(spec.filesystemLabel()).isEmpty();
    assertThat(spec.snapshotId()).isEmpty();
    assertThat(spec.acknowledgedRisks()).isEmpty();
  }

  @Test
  void validate_whenEverythingIsWrong_reportsEveryProblemAtOnce() {
    VolumeSpec.Builder builder =
        VolumeSpec.builder()
            .name("Data_1")
            .sizeGigabytes(0)
            .region("Frankfurt")
            .tags(List.of("ok", "bad tag"))
            .snapshotId("not/an/id")
            .filesystemLabel("label");

    assertThat(violations(builder))
        .extracting(Violation::resource)
        .containsExactlyInAnyOrder(
            "volume/Data_1.name",
            "volume/Data_1.sizeGigabytes",
            "volume/Data_1.region",
            "volume/Data_1.tags[1]",
            "volume/Data_1.snapshotId",
            "volume/Data_1.filesystemLabel");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 16385, Integer.MAX_VALUE})
  void validate_whenSizeIsOutOfRange_refusesIt(int size) {
    assertThat(violations(valid().sizeGigabytes(size)))
        .extracting(Violation::resource, Violation::ruleId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("volume/pgdata.sizeGigabytes", "SW-INPUT-001"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 16384})
  void validate_whenSizeIsAtTheLimits_acceptsIt(int size) {
    assertThat(valid().sizeGigabytes(size).build().sizeGigabytes()).isEqualTo(size);
  }

  @Property
  void validate_forNamesFollowingDigitalOceanRules_accepts(
      @ForAll @CharRange(from = 'a', to = 'z') char first,
      @ForAll
          @StringLength(max = 63)
          @CharRange(from = 'a', to = 'z')
          @CharRange(from = '0', to = '9')
          @Chars('-')
          String rest) {
    assertThat(valid().name(first + rest).validate().isValid()).isTrue();
  }

  @Property
  void validate_forNamesWithAnyOtherCharacter_refuses(
      @ForAll @StringLength(min = 1, max = 20) @CharRange(from = 'a', to = 'z') String base,
      @ForAll("forbiddenCharacters") char bad) {
    String name = base + bad + "z";
    assertThat(violations(valid().name(name)))
        .extracting(Violation::resource)
        .containsExactly("volume/" + name + ".name");
  }

  @Provide
  Arbitrary<Character> forbiddenCharacters() {
    return Arbitraries.of('A', 'Z', '_', '.', ' ', '/', '$', '\'', '\u00e9', ':');
  }

  @Test
  void validate_whenNameIsTooLongOrStartsWithDigit_refusesIt() {
    assertThat(violations(valid().name("a".repeat(65)))).hasSize(1);
    assertThat(violations(valid().name("1data"))).hasSize(1);
    assertThat(violations(valid().name("-data"))).hasSize(1);
  }

  @Test
  void validate_whenFilesystemTypeIsAskedWithoutOptOut_refusesWithSwVol001NamingTheOptOut() {
    List<Violation> violations = violations(valid().filesystemType(FilesystemType.EXT4));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-VOL-001");
    assertThat(violations.get(0).message())
        .contains("ext4")
        .contains("preformatWithoutLuks(FilesystemType, Justification)");
  }

  @Test
  void preformatWithoutLuks_withJustification_sendsFilesystemAndRecordsTheRisk() {
    Justification why = Justification.of("OPS-9: scratch space, no sensitive data");

    VolumeSpec spec =
        valid().preformatWithoutLuks(FilesystemType.XFS, why).filesystemLabel("scratch").build();

    assertThat(spec.filesystemType()).contains(FilesystemType.XFS);
    assertThat(spec.filesystemLabel()).contains("scratch");
    assertThat(spec.isLuksReady()).isFalse();
    assertThat(spec.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId, AcknowledgedRisk::justification)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SW-VOL-001", why));
  }

  @Test
  void validate_whenLabelIsLongerThanTheFilesystemAllows_refusesIt() {
    Justification why = Justification.of("OPS-9: scratch");

    assertThat(
            violations(
                valid()
                    .preformatWithoutLuks(FilesystemType.XFS, why)
                    .filesystemLabel("a".repeat(13))))
        .extracting(Violation::resource)
        .containsExactly("volume/pgdata.filesystemLabel");
    assertThat(
            valid()
                .preformatWithoutLuks(FilesystemType.EXT4, why)
                .filesystemLabel("a".repeat(16))
                .validate()
                .isValid())
        .isTrue();
  }

  @Test
  void build_whenInvalid_throwsAndNamesEveryViolation() {
    assertThatThrownBy(() -> VolumeSpec.builder().name("x").build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("volume/x.sizeGigabytes")
        .hasMessageContaining("volume/x.region");
  }

  @Test
  void validate_whenTagRepeats_refusesIt() {
    assertThat(violations(valid().addTag("a").addTag("a")))
        .extracting(Violation::resource)
        .containsExactly("volume/pgdata.tags");
  }

  @Test
  void tags_whenInputListChangesLater_keepsTheCopyAndReplaces() {
    List<String> tags = new ArrayList<>(List.of("a"));
    VolumeSpec.Builder builder = valid().addTag("old").tags(tags);
    tags.add("b");

    assertThat(builder.build().tags()).containsExactly("a");
  }

  @Test
  void toBuilder_whenRebuilt_isEqual() {
    VolumeSpec spec =
        valid()
            .description("d")
            .addTag("t")
            .snapshotId("b0798135-fb76-11eb-946a-0a58ac146f33")
            .build();

    assertThat(spec.toBuilder().build()).isEqualTo(spec).hasSameHashCodeAs(spec);
    assertThat(spec.toBuilder().sizeGigabytes(200).build()).isNotEqualTo(spec);
    assertThat(spec.toString()).contains("pgdata", "luksReady");
  }
}
