package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.fakes.FakeApps;
import dev.seawall.testkit.fakes.FakeDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HardenedStack} with {@code --with-app}: a small App Platform app bound to the stack's
 * database is created once, deployed, and added to the cluster's trusted sources (beside the
 * droplets' tag); a second run changes nothing.
 */
class HardenedStackAppTest {
  @TempDir static Path output;

  private static SampleAppliedTwice applied;

  @BeforeAll
  static void applyTwice() {
    applied = SampleAppliedTwice.run(output, "--with-app");
  }

  @AfterAll
  static void close() {
    if (applied != null) {
      applied.close();
    }
  }

  @Test
  void withApp_createsOneDeployedAppBoundToTheDatabaseWhoseTrustedSourcesGainIt() {
    assertThat(applied.first().status()).as(applied.first().out()).isZero();
    List<Map<String, Object>> apps = applied.fake().state().table(FakeApps.TABLE).values();
    assertThat(apps).hasSize(1);
    Map<String, Object> app = apps.get(0);
    String appId = String.valueOf(app.get("id"));
    assertThat(FakeApps.spec(applied.fake().state(), appId))
        .containsEntry("name", "seawall-demo-app")
        .containsEntry("region", "fra")
        .containsEntry("enhanced_threat_control_enabled", true);
    assertThat(app.get("active_deployment")).isInstanceOf(Map.class);
    assertThat(applied.fake().calls("apps_get_deployment")).isNotEmpty();
    Map<String, Object> cluster =
        applied.fake().state().table(FakeDatabases.TABLE).values().stream()
            .filter(c -> "seawall-demo-db".equals(c.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat((List<?>) cluster.get("rules"))
        .extracting(rule -> ((Map<?, ?>) rule).get("type") + ":" + ((Map<?, ?>) rule).get("value"))
        .contains("tag:seawall-demo-web", "app:" + appId);
    assertThat(applied.first().out()).contains("app/seawall-demo-app");
  }

  @Test
  void withApp_secondRun_sendsNoWrite() {
    assertThat(applied.second().status()).isZero();
    assertThat(applied.secondCalls())
        .isNotEmpty()
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
  }
}
