package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
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

  private static SampleEnvironment environment;
  private static FakeDigitalOcean fake;
  private static SampleRun first;
  private static SampleRun second;
  private static List<FakeCall> secondCalls;

  @BeforeAll
  static void applyTwice() {
    environment = SampleEnvironment.embedded();
    fake = environment.fake().orElseThrow();
    first = SampleRun.of(environment, output, "--with-app");
    int before = fake.calls().size();
    second = SampleRun.of(environment, output, "--with-app");
    secondCalls = List.copyOf(fake.calls().subList(before, fake.calls().size()));
  }

  @AfterAll
  static void close() {
    if (environment != null) {
      environment.close();
    }
  }

  @Test
  void withApp_createsOneDeployedAppBoundToTheDatabaseWhoseTrustedSourcesGainIt() {
    assertThat(first.status()).as(first.out()).isZero();
    List<Map<String, Object>> apps = fake.state().table(FakeApps.TABLE).values();
    assertThat(apps).hasSize(1);
    Map<String, Object> app = apps.get(0);
    String appId = String.valueOf(app.get("id"));
    assertThat(FakeApps.spec(fake.state(), appId))
        .containsEntry("name", "seawall-demo-app")
        .containsEntry("region", "fra")
        .containsEntry("enhanced_threat_control_enabled", true);
    assertThat(app.get("active_deployment")).isInstanceOf(Map.class);
    assertThat(fake.calls("apps_get_deployment")).isNotEmpty();
    Map<String, Object> cluster =
        fake.state().table(FakeDatabases.TABLE).values().stream()
            .filter(c -> "seawall-demo-db".equals(c.get("name")))
            .findFirst()
            .orElseThrow();
    assertThat((List<?>) cluster.get("rules"))
        .extracting(rule -> ((Map<?, ?>) rule).get("type") + ":" + ((Map<?, ?>) rule).get("value"))
        .contains("tag:seawall-demo-web", "app:" + appId);
    assertThat(first.out()).contains("app/seawall-demo-app");
  }

  @Test
  void withApp_secondRun_sendsNoWrite() {
    assertThat(second.status()).isZero();
    assertThat(secondCalls)
        .isNotEmpty()
        .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
  }
}
