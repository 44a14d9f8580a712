package dev.seawall.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.seawall.core.CoreOperations;
import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.support.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {
  private static final Operation DROPLETS_GET =
      Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:read");
  private static final Rule RULE =
      new Rule("SW-DR-003", Severity.ERROR, "Droplet without firewall", "r", "m", List.of());

  /** A provider given as lists, for the assembly tests. */
  private record Listed(String module, List<Operation> operations, List<Rule> rules)
      implements CatalogProvider {}

  @Test
  void installed_whenLoaded_findsCoreAndTheTestProviderThroughServiceLoader() {
    Catalog catalog = Catalog.installed();

    assertThat(catalog.modules()).containsExactly("core", "examples");
    assertThat(catalog.operation("account_get")).contains(CoreOperations.ACCOUNT_GET);
    assertThat(catalog.rule("SW-INPUT-001")).contains(CoreRules.SW_INPUT_001);
    assertThat(catalog.rule("SW-FW-001")).contains(Examples.SW_FW_001);
    assertThat(catalog.ruleModules("SW-TOK-001")).containsExactly("core");
    assertThat(Catalog.installed()).isSameAs(catalog);
  }

  @Test
  void of_whenTwoModulesDeclareTheSameOperationAndRuleIdentically_keepsOneAndNamesBoth() {
    Operation copy =
        Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:read");
    Rule ruleCopy =
        new Rule("SW-DR-003", Severity.ERROR, "Droplet without firewall", "r", "m", List.of());

    Catalog catalog =
        Catalog.of(
            List.of(
                new Listed("compute", List.of(DROPLETS_GET), List.of(RULE)),
                new Listed("volumes", List.of(copy), List.of()),
                new Listed("networking", List.of(), List.of(ruleCopy))));

    assertThat(catalog.operations()).containsExactly(DROPLETS_GET);
    assertThat(catalog.rules()).containsExactly(RULE);
    assertThat(catalog.operationModules("droplets_get")).containsExactly("compute", "volumes");
    assertThat(catalog.ruleModules("SW-DR-003")).containsExactly("compute", "networking");
    assertThat(catalog.operationModules("vpcs_get")).isEmpty();
  }

  @Test
  void of_whenTwoModulesDefineAnOperationDifferently_failsNamingBoth() {
    Operation otherScopes =
        Operation.of("droplets_get", HttpMethod.GET, "/v2/droplets/{droplet_id}", "droplet:write");

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                Catalog.of(
                    List.of(
                        new Listed("compute", List.of(DROPLETS_GET), List.of()),
                        new Listed("volumes", List.of(otherScopes), List.of()))))
        .withMessageContaining("conflicting definitions of operation droplets_get")
        .withMessageContaining("[compute]")
        .withMessageContaining("volumes declares")
        .withMessageContaining("droplet:write");
  }

  @Test
  void of_whenTwoModulesDefineARuleDifferently_fails() {
    Rule otherText =
        new Rule("SW-DR-003", Severity.ERROR, "Droplet without firewall", "r", "other", List.of());

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                Catalog.of(
                    List.of(
                        new Listed("compute", List.of(), List.of(RULE)),
                        new Listed("networking", List.of(), List.of(otherText)))))
        .withMessageContaining("conflicting definitions of rule SW-DR-003");
  }

  @Test
  void of_whenTwoProvidersHaveTheSameModuleName_fails() {
    Listed empty = new Listed("compute", List.of(), List.of());

    assertThatIllegalStateException()
        .isThrownBy(() -> Catalog.of(List.of(empty, empty)))
        .withMessageContaining("two catalog providers are named compute");
  }

  @Test
  void operationsAndRules_whenListed_areSortedById() {
    Catalog catalog = Catalog.installed();

    assertThat(catalog.operations())
        .extracting(Operation::operationId)
        .isSortedAccordingTo(String::compareTo);
    assertThat(catalog.rules()).extracting(Rule::id).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void lookup_whenUnknown_isEmpty() {
    assertThat(Catalog.installed().rule("SW-FW-999")).isEmpty();
    assertThat(Catalog.installed().rule("sw-input-001")).isEmpty();
    assertThat(Catalog.installed().operation("nothing_get")).isEmpty();
  }

  /** Constants of every kind and visibility, for {@link ConstantsCatalog#constants}. */
  static final class Holder {
    public static final Operation LISTED = DROPLETS_GET;
    public static final Rule ALSO_LISTED_AS_RULE = RULE;
    public static Operation notFinal = DROPLETS_GET;
    static final Operation NOT_PUBLIC = DROPLETS_GET;
    public final Operation notStatic = DROPLETS_GET;
    public static final Object NOT_AN_OPERATION = DROPLETS_GET;
  }

  @Test
  void constants_whenRead_takesOnlyPublicStaticFinalFieldsOfTheType() {
    assertThat(ConstantsCatalog.constants(Holder.class, Operation.class))
        .containsExactly(DROPLETS_GET);
    assertThat(ConstantsCatalog.constants(Holder.class, Rule.class)).containsExactly(RULE);
  }

  @Test
  void constants_whenCoreCatalogRead_listsEveryCoreConstant() {
    CoreCatalog core = new CoreCatalog();

    assertThat(core.module()).isEqualTo("core");
    assertThat(core.operations())
        .containsExactlyInAnyOrder(
            CoreOperations.ACCOUNT_GET, CoreOperations.ACTIONS_GET, CoreOperations.ACTIONS_LIST);
    assertThat(core.rules())
        .containsExactlyInAnyOrder(
            CoreRules.SW_INPUT_001, CoreRules.SW_TOK_001, CoreRules.SW_DR_003);
  }
}
