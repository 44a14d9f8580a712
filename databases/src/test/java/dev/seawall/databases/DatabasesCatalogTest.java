package dev.seawall.databases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class DatabasesCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    DatabasesCatalog own = new DatabasesCatalog();

    assertThat(Catalog.installed().modules()).contains("databases");
    OperationScopes.require().assertMatch(own.operations());
  }
}
