package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.Catalog;
import dev.seawall.core.policy.CatalogProvider;
import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import dev.seawall.testkit.fakes.FakeOperations;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog assembled from every module (samples depends on all of them): each module's provider
 * is found, nothing conflicts, the rule set is the one the project promises, and no rule's
 * remediation names a class of a module other than its own.
 */
class CatalogTest {
  /** The rule set Seawall started from: its ids are public and stable. */
  private static final List<String> STARTING_RULE_IDS =
      List.of(
          "SW-FW-001",
          "SW-FW-002",
          "SW-FW-003",
          "SW-FW-004",
          "SW-FW-005",
          "SW-DR-001",
          "SW-DR-002",
          "SW-DR-003",
          "SW-DR-004",
          "SW-LB-001",
          "SW-LB-002",
          "SW-LB-003",
          "SW-LB-004",
          "SW-VPC-001",
          "SW-SP-001",
          "SW-SP-002",
          "SW-SP-003",
          "SW-SP-004",
          "SW-SP-005",
          "SW-SP-006",
          "SW-SP-007",
          "SW-VOL-001",
          "SW-VOL-002",
          "SW-VOL-003",
          "SW-DB-001",
          "SW-DB-002",
          "SW-DB-003",
          "SW-DB-004",
          "SW-TOK-001");

  /** Public scanner ids (Checkov CKV_DIO_*, Trivy/tfsec DIG-*) the rules are equivalent to. */
  private static final Map<String, Set<String>> PUBLIC_SCANNER_IDS =
      Map.of(
          "SW-FW-001", Set.of("CKV_DIO_4", "DIG-0001"),
          "SW-FW-003", Set.of("DIG-0003"),
          "SW-DR-001", Set.of("CKV_DIO_2", "DIG-0004"),
          "SW-LB-001", Set.of("DIG-0002"),
          "SW-SP-001", Set.of("CKV_DIO_3", "DIG-0006"),
          "SW-SP-002", Set.of("CKV_DIO_1", "DIG-0007"),
          "SW-K8S-001", Set.of("DIG-0008"),
          "SW-K8S-002", Set.of("DIG-0005"));

  /** A word that may name a class: starts upper-case, letters and digits. */
  private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");

  /** Simple name of every top-level Seawall class to the modules that have one by that name. */
  private static Map<String, SortedSet<String>> classModules;

  @BeforeAll
  static void importSeawall() {
    classModules = new TreeMap<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.seawall")) {
      if (type.isTopLevelClass()) {
        classModules
            .computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>())
            .add(type.getPackageName().split("\\.")[2]);
      }
    }
  }

  @Test
  void installed_whenLoaded_findsEveryModulesProviderWithoutConflict() {
    List<String> found =
        ServiceLoader.load(CatalogProvider.class).stream()
            .map(provider -> provider.get().module())
            .sorted()
            .toList();

    assertThat(found)
        .containsExactly(
            "apps",
            "compute",
            "core",
            "databases",
            "kubernetes",
            "networking",
            "spaces",
            "volumes");
    assertThat(Catalog.installed().modules()).containsExactlyElementsOf(found);
  }

  @Test
  void installed_whenModulesShareAnEntry_declaresItIdenticallyInEach() {
    Catalog catalog = Catalog.installed();

    assertThat(catalog.operationModules("droplets_get")).containsExactly("compute", "volumes");
    // a rule several modules check is declared once, in core (CoreRules)
    assertThat(catalog.ruleModules("SW-DR-003")).containsExactly("core");
  }

  @Test
  void fakeOperations_whenComparedWithTheCatalog_areIdenticalToTheModulesOperations() {
    Catalog catalog = Catalog.installed();

    for (Operation operation : FakeOperations.all()) {
      assertThat(catalog.operation(operation.operationId()))
          .as("testkit's copy of %s", operation.operationId())
          .contains(operation);
    }
  }

  @Test
  void rules_whenComparedWithTheStartingSet_containEveryStartingRuleAndTheInputRule() {
    assertThat(Catalog.installed().rules())
        .extracting(Rule::id)
        .containsAll(STARTING_RULE_IDS)
        .contains("SW-INPUT-001");
  }

  @Test
  void rules_whenListed_haveTheirSeverity() {
    for (Rule rule : Catalog.installed().rules()) {
      Severity expected =
          switch (rule.id()) {
            case "SW-FW-005", "SW-VPC-002", "SW-APP-006", "SW-APP-007" -> Severity.WARNING;
            case "SW-TOK-001" -> Severity.NOTE; // informational
            case "SW-PRJ-001" -> Severity.NOTE; // a resource left in the default project
            default -> Severity.ERROR;
          };
      assertThat(rule.severity()).as(rule.id()).isEqualTo(expected);
    }
  }

  @Test
  void rules_whenListed_nameTheirPublicScannerEquivalents() {
    for (Rule rule : Catalog.installed().rules()) {
      Set<String> scannerIds =
          rule.scannerEquivalents().stream()
              .filter(id -> id.matches("CKV_DIO_\\d+|DIG-\\d{4}"))
              .collect(Collectors.toSet());
      assertThat(scannerIds)
          .as(rule.id())
          .isEqualTo(PUBLIC_SCANNER_IDS.getOrDefault(rule.id(), Set.of()));
    }
  }

  @Test
  void rules_whenListed_haveUniquePascalCaseNamesAndEveryText() {
    List<Rule> rules = Catalog.installed().rules();

    assertThat(rules)
        .extracting(Rule::name)
        .doesNotHaveDuplicates()
        .allMatch(name -> name.matches("[A-Z][A-Za-z0-9]+"));
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.title()).as(rule.id()).isNotBlank();
              assertThat(rule.rationale()).as(rule.id()).isNotBlank();
              assertThat(rule.remediation()).as(rule.id()).isNotBlank();
            });
  }

  @Test
  void remediation_whenRead_namesNoClassOfAnotherModule() {
    Catalog catalog = Catalog.installed();

    for (Rule rule : catalog.rules()) {
      assertThat(foreignClasses(rule.remediation(), catalog.ruleModules(rule.id())))
          .as("classes of other modules named by the remediation of %s", rule.id())
          .isEmpty();
    }
  }

  @Test
  void foreignClasses_whenTextNamesAnotherModulesClass_findsIt() {
    String text = "Use FirewallSpec.Builder.allowX(Justification) and LuksProvisioning.";

    assertThat(foreignClasses(text, Set.of("networking"))).containsExactly("LuksProvisioning");
    assertThat(foreignClasses(text, Set.of("networking", "volumes"))).isEmpty();
    assertThat(foreignClasses("add a Kubernetes cluster", Set.of("databases"))).isEmpty();
    assertThat(foreignClasses("call Kubernetes.clusters(client)", Set.of("databases")))
        .containsExactly("Kubernetes");
  }

  /**
   * The words of {@code text} that are simple names of top-level Seawall classes of none of the
   * given modules and not of core (every module depends on core, so its classes may be named).
   */
  /**
   * Whether a capitalised word is used as a class: CamelCase ({@code FirewallSpec}), or followed by
   * a member or a call ({@code Kubernetes.clusters}, {@code Justification(}); a product name in
   * prose ("a Kubernetes cluster") is not.
   */
  private static boolean namesAClass(String text, Matcher word) {
    String name = word.group();
    boolean camelCase = name.chars().skip(1).anyMatch(Character::isUpperCase);
    int next = word.end();
    boolean member =
        next < text.length()
            && (text.charAt(next) == '('
                || (text.charAt(next) == '.'
                    && next + 1 < text.length()
                    && Character.isJavaIdentifierStart(text.charAt(next + 1))));
    return camelCase || member;
  }

  private static List<String> foreignClasses(String text, Set<String> modules) {
    Set<String> allowed = new TreeSet<>(modules);
    allowed.add("core");
    Set<String> foreign = new TreeSet<>();
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      if (!namesAClass(text, words)) {
        continue;
      }
      SortedSet<String> owners = classModules.get(words.group());
      if (owners != null && owners.stream().noneMatch(allowed::contains)) {
        foreign.add(words.group());
      }
    }
    return List.copyOf(foreign);
  }
}
