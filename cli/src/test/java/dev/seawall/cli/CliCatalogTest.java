package dev.seawall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.cli.terraform.ProviderOperations;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.Catalog;
import dev.seawall.testkit.OperationScopes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliCatalogTest {
  @Test
  void everyOperationTheCommandCountsOn_matchesTheOfficialSpecification() {
    List<Operation> operations = new ArrayList<>();
    for (String type : ProviderOperations.knownTypes()) {
      ProviderOperations known = ProviderOperations.of(type).orElseThrow();
      operations.addAll(known.read());
      operations.addAll(known.create());
      operations.addAll(known.update());
      operations.addAll(known.delete());
    }

    OperationScopes.require().assertMatch(operations);
  }

  @Test
  void theCommandsOwnOperations_areInTheInstalledCatalog() {
    assertThat(Catalog.installed().operation("dropletActions_post"))
        .contains(CliOperations.DROPLET_ACTIONS_POST);
  }
}
