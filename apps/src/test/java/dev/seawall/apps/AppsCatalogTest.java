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
  void rules_eachHaveAnAuditRemediationNamingHowToConverge() {
    assertThat(new AppsCatalog().rules())
        .extracting(dev.seawall.core.policy.Rule::id)
        .containsExactly(
            "SW-APP-001",
            "SW-APP-002",
            "SW-APP-003",
            "SW-APP-004",
            "SW-APP-005",
            "SW-APP-006",
            "SW-APP-007",
            "SW-FN-001",
            "SW-FN-002",
            "SW-FN-003",
            "SW-FN-004",
            "SW-FN-005");
    assertThat(new AppsCatalog().rules())
        .allSatisfy(
            rule ->
                assertThat(rule.auditRemediation())
                    .containsAnyOf(
                        "Apps.apps(client)",
                        "Apps.functionTriggers(client, namespaceId)",
                        "doctl serverless deploy"));
  }
}
