package dev.seawall.spaces.bucket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.key.SpacesCredentials;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bucket field table, computed offline ({@link BucketService#diff(BucketSpec, Optional)}). */
class BucketDiffTest {
  private final Spaces spaces =
      Spaces.builder()
          .credentials(SpacesCredentials.of("DO00DIFF", "diff-secret-not-sent"))
          .build();
  private final BucketService buckets = spaces.buckets("fra1");
  private final BucketRef ref = BucketRef.of("acme-invoices", "fra1");
  private static final CorsRule APP =
      CorsRule.of(List.of("https://app.example.com"), Set.of(CorsRule.CorsMethod.GET));

  @AfterEach
  void close() {
    spaces.close();
  }

  private static BucketSpec.Builder spec() {
    return BucketSpec.builder().name("acme-invoices").region("fra1");
  }

  private Bucket observed(
      Optional<String> location,
      VersioningStatus versioning,
      boolean listingPublic,
      Optional<List<CorsRule>> cors) {
    return new Bucket(ref, location, versioning, listingPublic, cors);
  }

  @Test
  void diff_whenObservedMatches_isNoChange() {
    Diff diff =
        buckets.diff(
            spec().addCorsRule(APP).build(),
            Optional.of(
                observed(
                    Optional.of("fra1"),
                    VersioningStatus.ENABLED,
                    false,
                    Optional.of(List.of(APP)))));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenAbsent_createsWithTheSpecsFields() {
    Diff diff = buckets.diff(spec().addCorsRule(APP).build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "region = fra1",
            "acl = private",
            "versioning.enabled = true",
            "cors_rule = [GET from https://app.example.com]");
  }

  @Test
  void diff_whenAclVersioningAndCorsDiffer_updatesThemInPlace() {
    Diff diff =
        buckets.diff(
            spec().addCorsRule(APP).build(),
            Optional.of(
                observed(
                    Optional.of("fra1"),
                    VersioningStatus.SUSPENDED,
                    true,
                    Optional.of(List.of()))));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.updated("acl", "public-read", "private"),
            FieldChange.updated("versioning.enabled", "false", "true"),
            FieldChange.added("cors_rule", "GET from https://app.example.com"));
  }

  @Test
  void diff_whenTheOptOutTurnsVersioningOff_updatesIt() {
    Diff diff =
        buckets.diff(
            spec().disableVersioning(Justification.of("TEST-9: scratch")).build(),
            Optional.of(
                observed(Optional.empty(), VersioningStatus.ENABLED, false, Optional.empty())));

    assertThat(diff.changes())
        .containsExactly(FieldChange.updated("versioning.enabled", "true", "false"));
  }

  @Test
  void diff_whenTheRegionDiffers_isRefused() {
    Diff diff =
        buckets.diff(
            spec().build(),
            Optional.of(
                observed(
                    Optional.of("nyc3"), VersioningStatus.SUSPENDED, false, Optional.empty())));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused()).extracting(FieldChange::field).containsExactly("region");
    assertThat(diff.fields()).containsExactly("region", "versioning.enabled");
  }

  @Test
  void diff_whenLocationVersioningAndCorsAreUnknown_noChange() {
    Diff diff =
        buckets.diff(
            spec().addCorsRule(APP).build(),
            Optional.of(
                observed(Optional.empty(), VersioningStatus.UNKNOWN, false, Optional.empty())));

    assertThat(diff.isNone()).isTrue();
  }

  @Test
  void diff_whenTheSpecHasNoCorsRules_leavesExistingRulesAlone() {
    Diff diff =
        buckets.diff(
            spec().build(),
            Optional.of(
                observed(
                    Optional.of("fra1"),
                    VersioningStatus.ENABLED,
                    false,
                    Optional.of(List.of(APP)))));

    assertThat(diff.isNone()).isTrue();
  }
}
