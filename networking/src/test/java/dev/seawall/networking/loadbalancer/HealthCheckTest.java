package dev.seawall.networking.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HealthCheckTest {

  @Test
  void build_whenPathSetWithoutProtocol_defaultsToHttp() {
    HealthCheck check = HealthCheck.builder().port(8080).path("/healthz").build();

    assertThat(check.protocol()).isEqualTo(HealthCheckProtocol.HTTP);
    assertThat(check.path()).contains("/healthz");
    assertThat(check.checkIntervalSeconds()).isEqualTo(10);
    assertThat(check.responseTimeoutSeconds()).isEqualTo(5);
    assertThat(check.unhealthyThreshold()).isEqualTo(5);
    assertThat(check.healthyThreshold()).isEqualTo(3);
  }

  @Test
  void build_whenNoPathAndNoProtocol_defaultsToTcp() {
    HealthCheck check = HealthCheck.builder().port(5432).build();

    assertThat(check.protocol()).isEqualTo(HealthCheckProtocol.TCP);
    assertThat(check.path()).isEmpty();
    assertThat(check).isEqualTo(HealthCheck.tcp(5432));
  }

  @Test
  void build_whenTcpWithPath_refusedLocally() {
    HealthCheck.Builder builder =
        HealthCheck.builder().protocol(HealthCheckProtocol.TCP).port(80).path("/healthz");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tcp health check")
        .hasMessageContaining("'/healthz'")
        .hasMessageContaining("use protocol http");
  }

  @Test
  void build_whenHttpsWithoutPath_requestsRoot() {
    HealthCheck check = HealthCheck.builder().protocol(HealthCheckProtocol.HTTPS).port(443).build();

    assertThat(check.path()).contains("/");
  }

  @Test
  void build_whenValuesOutOfRange_throwsNamingTheValue() {
    assertThatThrownBy(() -> HealthCheck.builder().build())
        .hasMessageContaining("port must be 1..65535, was 0");
    assertThatThrownBy(() -> HealthCheck.builder().port(80).checkIntervalSeconds(2).build())
        .hasMessageContaining("checkIntervalSeconds must be 3..300, was 2");
    assertThatThrownBy(() -> HealthCheck.builder().port(80).responseTimeoutSeconds(301).build())
        .hasMessageContaining("responseTimeoutSeconds");
    assertThatThrownBy(() -> HealthCheck.builder().port(80).unhealthyThreshold(1).build())
        .hasMessageContaining("unhealthyThreshold");
    assertThatThrownBy(() -> HealthCheck.builder().port(80).healthyThreshold(11).build())
        .hasMessageContaining("healthyThreshold");
    assertThatThrownBy(() -> HealthCheck.http(80, "healthz"))
        .hasMessageContaining("must start with /");
  }

  @Test
  void default_isTheApisDefault() {
    assertThat(HealthCheck.DEFAULT)
        .isEqualTo(HealthCheck.http(80, "/"))
        .extracting(HealthCheck::port)
        .isEqualTo(80);
  }

  @Test
  void read_whenTcpReportedWithPath_dropsThePath() {
    HealthCheck read = HealthCheck.read(HealthCheckProtocol.TCP, 5432, "/", 10, 5, 5, 3);

    assertThat(read).isEqualTo(HealthCheck.tcp(5432));
  }

  @Test
  void toBuilder_roundTrips() {
    HealthCheck check =
        HealthCheck.builder()
            .port(8443)
            .protocol(HealthCheckProtocol.HTTPS)
            .path("/ready")
            .checkIntervalSeconds(30)
            .responseTimeoutSeconds(10)
            .unhealthyThreshold(3)
            .healthyThreshold(2)
            .build();

    assertThat(check.toBuilder().build()).isEqualTo(check);
    assertThat(check.toString()).contains("https port 8443 /ready");
  }
}
