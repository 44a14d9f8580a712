package dev.seawall.volumes.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.volumes.VolumesOperations;
import dev.seawall.volumes.VolumesRules;
import org.junit.jupiter.api.Test;

/** {@link VolumeResource} at plan time. */
class VolumeResourceTest {
  private static final ResourceKey DROPLET = ResourceKey.of("droplet", "web-1");

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "b".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();

  @Test
  void operations_whenAttached_addTheAttachActionAndItsChecks() {
    VolumeResource attached =
        VolumeResource.builder(offline, "pgdata", spec()).attachTo(DROPLET).build();
    VolumeResource detached = VolumeResource.builder(offline, "scratch", spec()).build();

    assertThat(attached.validate()).isEmpty();
    assertThat(attached.dependsOn()).containsExactly(DROPLET);
    assertThat(attached.operations())
        .contains(VolumesOperations.VOLUME_ACTIONS_POST_BY_ID, VolumesOperations.DROPLETS_GET);
    assertThat(detached.operations())
        .containsExactly(VolumesOperations.VOLUMES_LIST, VolumesOperations.VOLUMES_CREATE);
    assertThat(detached.dependsOn()).isEmpty();
  }

  @Test
  void validate_whenPreformatted_reportsSwVol001InsteadOfThrowing() {
    VolumeResource formatted =
        VolumeResource.builder(offline, "pgdata", spec().filesystemType(FilesystemType.EXT4))
            .build();

    assertThat(formatted.validate())
        .extracting(Violation::ruleId)
        .contains(VolumesRules.SW_VOL_001.id());
    assertThat(formatted.spec()).isEmpty();
  }

  private static VolumeSpec.Builder spec() {
    return VolumeSpec.builder().sizeGigabytes(10).region("fra1");
  }
}
