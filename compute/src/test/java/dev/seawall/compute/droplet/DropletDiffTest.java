package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table of droplets ({@link DropletService#DIFFER}), without any request. */
class DropletDiffTest {
  private static final String VPC = DropletServiceTest.VPC;

  private static DropletSpec.Builder spec() {
    return DropletSpec.builder()
        .name("web-1")
        .region("fra1")
        .size("s-1vcpu-1gb")
        .image("ubuntu-24-04-x64")
        .sshKeys(DropletServiceTest.FINGERPRINT)
        .vpcUuid(VPC)
        .tags("web");
  }

  private static Droplet existing(List<String> tags) {
    return Droplets.droplet(42, "web-1", Optional.of(VPC), tags);
  }

  private static Diff diff(DropletSpec.Builder spec, Droplet observed) {
    return DropletService.DIFFER.diff(spec.build(), observed);
  }

  @Test
  void diff_whenNothingExists_createsWithTheManagedFieldsButNeverUserData() {
    Diff diff =
        DropletService.DIFFER.diff(
            spec().userData("#cloud-config\nhostname: marker-6f1c\n").build(), Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .extracting(FieldChange::toString)
        .containsExactly(
            "region = fra1",
            "size = s-1vcpu-1gb",
            "image = ubuntu-24-04-x64",
            "vpc_uuid = " + VPC,
            "ssh_keys = [" + DropletServiceTest.FINGERPRINT + "]",
            "backups = false",
            "tags = [web]");
    assertThat(diff.toString()).doesNotContain("marker-6f1c").doesNotContain("user_data");
  }

  @Test
  void diff_whenTheDropletMatches_isNone() {
    assertThat(diff(spec(), existing(List.of("web")))).isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTagsDiffer_updatesThemElementByElement() {
    Diff diff = diff(spec().tags("web", "env:prod"), existing(List.of("web", "old")));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(FieldChange.removed("tags", "old"), FieldChange.added("tags", "env:prod"));
  }

  @Test
  void diff_whenTheImageDiffers_isRefusedAsFixedAtCreation() {
    Diff diff = diff(spec().image("debian-12-x64").tags("web", "db"), existing(List.of("web")));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused())
        .extracting(FieldChange::toString)
        .singleElement()
        .asString()
        .startsWith("image: ubuntu-24-04-x64 → debian-12-x64 (fixed at creation");
  }

  @Test
  void diff_whenTheImageIsNamedById_comparesTheImageId() {
    assertThat(diff(spec().image(7555620), existing(List.of("web")))).isEqualTo(Diff.NONE);
    assertThat(diff(spec().image(42), existing(List.of("web"))).refused())
        .extracting(FieldChange::field)
        .containsExactly("image.id");
  }

  @Test
  void diff_whenRegionOrVpcDiffer_isRefused() {
    Diff diff =
        diff(spec().region("ams3").vpcUuid(DropletServiceTest.OTHER_VPC), existing(List.of("web")));

    assertThat(diff.refused()).extracting(FieldChange::field).containsExactly("region", "vpc_uuid");
  }

  @Test
  void diff_whenTheSizeDiffers_isRefusedBecauseAResizePowersTheDropletOff() {
    Diff diff = diff(spec().size("s-2vcpu-4gb"), existing(List.of("web")));

    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo("size");
              assertThat(change.before()).contains("s-1vcpu-1gb");
              assertThat(change.after()).contains("s-2vcpu-4gb");
              assertThat(change.reason()).contains("powers the droplet off");
            });
  }

  @Test
  void diff_whenBackupsAreSwitchedOn_isRefusedWithTheActionToUse() {
    Diff diff = diff(spec().backups(true), existing(List.of("web")));

    assertThat(diff.refused())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.field()).isEqualTo("backups");
              assertThat(change.reason()).contains("enable_backups");
            });
  }

  @Test
  void diff_whenTheApiOmitsTheVpcAndSshKeysAreNeverReturned_treatsThemAsUnknown() {
    Droplet withoutVpc = Droplets.droplet(42, "web-1", Optional.empty(), List.of("web"));

    assertThat(diff(spec().vpcUuid(DropletServiceTest.OTHER_VPC).addSshKey(7), withoutVpc))
        .isEqualTo(Diff.NONE);
  }

  @Test
  void diff_whenTheSpecIsInTheDefaultVpc_doesNotManageTheVpc() {
    DropletSpec.Builder inDefault =
        spec()
            .vpcUuid("")
            .inDefaultVpc(dev.seawall.core.policy.Justification.of("LAB-1: throwaway lab"));

    assertThat(diff(inDefault, existing(List.of("web")))).isEqualTo(Diff.NONE);
  }
}
