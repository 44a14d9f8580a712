package dev.seawall.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import dev.seawall.testkit.fakes.FakeOperations;
import org.junit.jupiter.api.Test;

class KubernetesCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    KubernetesCatalog own = new KubernetesCatalog();

    assertThat(Catalog.installed().modules()).contains("kubernetes");
    OperationScopes.require().assertMatch(own.operations());
    assertThat(FakeOperations.all()).containsAll(own.operations());
    assertThat(own.rules())
        .filteredOn(r -> r.id().startsWith("SW-K8S-00"))
        .hasSize(9)
        .allSatisfy(r -> assertThat(r.auditRemediation()).isNotBlank());
  }
}
