package dev.seawall.volumes.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeAuditorTest {
  private static Volume volume(String filesystemType) {
    return new Volume(
        "506f78a4-e098-11e5-ad9f-000f53306ae1",
        "pgdata",
        100,
        new Volume.Region("fra1", "Frankfurt 1"),
        List.of(),
        filesystemType,
        "",
        Optional.of(List.of()),
        Optional.of(Instant.parse("2024-01-02T03:04:05Z")),
        "");
  }

  @Test
  void audit_whenVolumeIsRaw_findsNothing() {
    assertThat(new VolumeAuditor().audit(volume(""))).isEmpty();
  }

  @Test
  void audit_whenVolumeWasPreformatted_reportsSwVol001() {
    List<Violation> violations = new VolumeAuditor().audit(volume("ext4"));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-VOL-001");
    assertThat(violations.get(0).resource()).isEqualTo("volume/pgdata");
    assertThat(violations.get(0).message()).contains("ext4", "LuksProvisioning");
  }
}
