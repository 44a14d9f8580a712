package dev.seawall.apps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import org.junit.jupiter.api.Test;

class AppsCatalogTest {
  @Test
  void catalog_whenInstalled_isFoundAndMatchesTheOfficialSpec() {
    AppsCatalog own = new AppsCatalog();

    assertThat(Catalog.installed().modules()).contains("apps");
    OperationScopes.require().assertMatch(own.operations());
    assertThat(own.operations()).containsAll(Apps.operations());
  }

  @Test
  void rules_eachHaveAnAuditRemediationNamingTheConvergingCall() {
    assertThat(new AppsCatalog().rules())
        .hasSize(7)
        .allSatisfy(rule -> assertThat(rule.auditRemediation()).contains("Apps.apps(client)"));
  }
}
