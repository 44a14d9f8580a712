package dev.seawall.networking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class NetworkingCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    NetworkingCatalog own = new NetworkingCatalog();

    assertThat(Catalog.installed().modules()).contains("networking");
    OperationScopes.require().assertMatch(own.operations());
  }
}
