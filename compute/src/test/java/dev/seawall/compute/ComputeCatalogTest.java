package dev.seawall.compute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class ComputeCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    ComputeCatalog own = new ComputeCatalog();

    assertThat(Catalog.installed().modules()).contains("compute");
    OperationScopes.require().assertMatch(own.operations());
  }
}
