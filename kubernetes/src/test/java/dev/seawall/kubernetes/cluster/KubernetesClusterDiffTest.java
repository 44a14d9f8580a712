package dev.seawall.kubernetes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table {@link KubernetesClusterService#DIFFER}: read models against specs, offline. */
class KubernetesClusterDiffTest {
  private static final String ID = "bd5f5959-5e1e-4205-a714-a914373942af";

  /** What the API reports for {@link KubernetesClusterSpecTest#secure()}. */
  private static KubernetesCluster observed() {
    return new KubernetesCluster(
        ID,
        "prod",
        "fra1",
        "1.31.1-do.0",
        Optional.of(KubernetesClusterSpecTest.VPC),
        List.of("k8s", "k8s:" + ID),
        List.of(
            new NodePool(
                "cdda885e-7663-40c8-bc74-3a036c66545d",
                "workers",
                "s-2vcpu-4gb",
                3,
                false,
                0,
                0,
                List.of("prod-nodes", "k8s", "k8s:" + ID, "k8s:worker"),
                Map.of(),
                List.of(),
                List.of())),
        Optional.of(MaintenanceWindow.DEFAULT),
        Optional.of(true),
        Optional.of(true),
        Optional.of(true),
        Optional.of(false),
        Optional.of(new KubernetesCluster.ControlPlaneFirewall(true, List.of("203.0.113.0/24"))),
        "running",
        Optional.empty(),
        Optional.empty());
  }

  private static Diff diff(KubernetesClusterSpec.Builder spec, KubernetesCluster observed) {
    return KubernetesClusterService.DIFFER.diff(spec.build(), observed);
  }

  @Test
  void diff_whenTheClusterMatchesTheSpec_isNone() {
    assertThat(diff(KubernetesClusterSpecTest.secure(), observed()).isNone()).isTrue();
    assertThat(diff(KubernetesClusterSpecTest.secure().version("1.31.1-do.0"), observed()).isNone())
        .isTrue();
  }

  @Test
  void diff_whenAnUpdatableFieldDiffers_isAnUpdateWithOldAndNew() {
    KubernetesCluster off =
        new KubernetesCluster(
            ID,
            "prod",
            "fra1",
            "1.31.1-do.0",
            observed().vpcUuid(),
            observed().tags(),
            observed().nodePools(),
            observed().maintenanceWindow(),
            Optional.of(false),
            Optional.of(true),
            Optional.of(true),
            Optional.of(false),
            observed().controlPlaneFirewall(),
            "running",
            Optional.empty(),
            Optional.empty());

    Diff diff = diff(KubernetesClusterSpecTest.secure(), off);

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes())
        .containsExactly(FieldChange.updated("auto_upgrade", "false", "true"));
  }

  @Test
  void diff_whenTheAllowListDiffers_changesElementByElement() {
    Diff diff =
        diff(
            KubernetesClusterSpecTest.secure().controlPlaneAllowedAddresses("198.51.100.0/24"),
            observed());

    assertThat(diff.changes())
        .containsExactlyInAnyOrder(
            FieldChange.removed("control_plane_firewall.allowed_addresses", "203.0.113.0/24"),
            FieldChange.added("control_plane_firewall.allowed_addresses", "198.51.100.0/24"));
  }

  @Test
  void diff_whenACreateOnlyFieldDiffers_isRefused() {
    Diff diff = diff(KubernetesClusterSpecTest.secure().region("ams3"), observed());

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("region");
              assertThat(c.effect()).isEqualTo(FieldChange.Effect.REFUSED);
            });
  }

  @Test
  void diff_whenHaWouldBeTurnedOff_isRefused() {
    Diff diff =
        diff(
            KubernetesClusterSpecTest.secure()
                .singleControlPlane(
                    dev.seawall.core.policy.Justification.of("OPS-1: a test cluster")),
            observed());

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.changes()).extracting(FieldChange::field).containsExactly("ha");
  }

  @Test
  void diff_whenTheApiOmittedFields_treatsThemAsUnknownNotAsChanges() {
    KubernetesCluster sparse =
        new KubernetesCluster(
            ID,
            "prod",
            "fra1",
            "1.31.1-do.0",
            Optional.empty(),
            List.of(),
            observed().nodePools(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "running",
            Optional.empty(),
            Optional.empty());

    assertThat(diff(KubernetesClusterSpecTest.secure(), sparse).isNone()).isTrue();
  }
}
