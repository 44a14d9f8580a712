package dev.seawall.networking.reservedip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The field table of reserved IPs ({@link ReservedIpService#DIFFER}). */
class ReservedIpDiffTest {
  private static final String IP = "198.51.100.7";

  private static ReservedIp observed(String region, Long dropletId) {
    return new ReservedIp(
        IP,
        region,
        dropletId == null
            ? Optional.empty()
            : Optional.of(new ReservedIp.Droplet(dropletId, "web-1", List.of("web"))),
        false,
        Optional.empty());
  }

  @Test
  void diff_whenObservedMatches_isNone() {
    ReservedIpSpec spec = ReservedIpSpec.builder().region("fra1").ip(IP).dropletId(42).build();

    assertThat(ReservedIpService.DIFFER.diff(spec, observed("fra1", 42L)).isNone()).isTrue();
  }

  @Test
  void diff_whenAnotherDroplet_isAnUpdateOfDropletId() {
    ReservedIpSpec spec = ReservedIpSpec.builder().region("fra1").ip(IP).dropletId(43).build();

    Diff diff = ReservedIpService.DIFFER.diff(spec, observed("fra1", 42L));

    assertThat(diff.action()).isEqualTo(Diff.Action.UPDATE);
    assertThat(diff.changes()).containsExactly(FieldChange.updated("droplet_id", "42", "43"));
  }

  @Test
  void diff_whenTheSpecIsUnassigned_isAnUpdateToUnassigned() {
    ReservedIpSpec spec = ReservedIpSpec.builder().region("fra1").ip(IP).build();

    Diff diff = ReservedIpService.DIFFER.diff(spec, observed("fra1", 42L));

    assertThat(diff.changes())
        .containsExactly(FieldChange.updated("droplet_id", "42", ReservedIpService.UNASSIGNED));
  }

  @Test
  void diff_whenTheRegionDiffers_isRefused() {
    ReservedIpSpec spec = ReservedIpSpec.builder().region("ams3").ip(IP).dropletId(42).build();

    Diff diff = ReservedIpService.DIFFER.diff(spec, observed("fra1", 42L));

    assertThat(diff.action()).isEqualTo(Diff.Action.REFUSED);
    assertThat(diff.refused()).extracting(FieldChange::field).containsExactly("region");
  }

  @Test
  void diff_whenAbsent_isACreateWithRegionAndDroplet() {
    ReservedIpSpec spec = ReservedIpSpec.builder().region("fra1").dropletId(42).build();

    Diff diff = ReservedIpService.DIFFER.diff(spec, Optional.empty());

    assertThat(diff.action()).isEqualTo(Diff.Action.CREATE);
    assertThat(diff.changes())
        .containsExactly(
            FieldChange.created("region", "fra1"), FieldChange.created("droplet_id", "42"));
  }

  @Test
  void validate_whenTheAddressIsNotIpv4OrTheDropletIdIsNotPositive_reportsBoth() {
    assertThat(
            ReservedIpSpec.builder()
                .region("fra1")
                .ip("2001:db8::1")
                .dropletId(0)
                .validate()
                .getError())
        .extracting(v -> v.message())
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("not an IPv4 address"))
        .anySatisfy(m -> assertThat(m).contains("positive"));
  }
}
