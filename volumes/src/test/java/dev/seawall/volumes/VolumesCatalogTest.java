package dev.seawall.volumes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class VolumesCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    VolumesCatalog own = new VolumesCatalog();

    assertThat(Catalog.installed().modules()).contains("volumes");
    OperationScopes.require().assertMatch(own.operations());
  }
}
