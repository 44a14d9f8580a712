package dev.seawall.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class SpacesCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    SpacesCatalog own = new SpacesCatalog();

    assertThat(Catalog.installed().modules()).contains("spaces");
    OperationScopes.require().assertMatch(own.operations());
  }
}
