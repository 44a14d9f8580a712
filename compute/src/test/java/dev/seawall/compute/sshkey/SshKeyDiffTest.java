package dev.seawall.compute.sshkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table of SSH keys ({@link SshKeyService#DIFFER}), without any request. */
class SshKeyDiffTest {
  private static final SshPublicKey KEY = SshPublicKey.parse(TestKeys.ED25519);
  private static final String MD5 = KEY.md5Fingerprint();

  private static SshKeySpec spec(String name) {
    return SshKeySpec.builder().name(name).publicKey(KEY).build();
  }

  private static SshKey uploaded(String fingerprint, String name) {
    return new SshKey(512189, fingerprint, TestKeys.ED25519, name);
  }

  @Test
  void diff_whenNothingIsUploaded_createsWithFingerprintAndName() {
    Diff diff = SshKeyService.DIFFER.diff(spec("deploy"), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly("fingerprint = " + MD5, "name = deploy");
  }

  @Test
  void diff_whenUploadedAsSpecified_isNone() {
    assertThat(SshKeyService.DIFFER.diff(spec("deploy"), uploaded(MD5, "deploy")))
        .isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheApiWritesTheFingerprintInUpperCase_isStillTheSameKey() {
    assertThat(
            SshKeyService.DIFFER.diff(
                spec("deploy"), uploaded(MD5.toUpperCase(java.util.Locale.ROOT), "deploy")))
        .isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheNameDiffers_updatesItInPlace() {
    Diff diff = SshKeyService.DIFFER.diff(spec("deploy"), uploaded(MD5, "laptop"));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes()).containsExactly(FieldChange.updated("name", "laptop", "deploy"));
  }

  @Test
  void diff_whenAnotherKeyIsUploaded_isRefused() {
    String other = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa";

    Diff diff = SshKeyService.DIFFER.diff(spec("deploy"), uploaded(other, "deploy"));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo("fingerprint");
              assertThat(change.before()).contains(other);
              assertThat(change.after()).contains(MD5);
            });
  }
}
