package dev.seawall.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Architecture rules over every Seawall module on the samples' class path (main code only): a
 * module's {@code ..internal..} packages are used by that module alone, and the modules ({@code
 * dev.seawall.<module>..}) form no dependency cycle. (Within a module, public packages and their
 * {@code internal} packages do refer to each other; that is allowed.)
 */
class ArchitectureTest {
  private static JavaClasses seawall;

  @BeforeAll
  static void importSeawall() {
    seawall =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.seawall");
  }

  static List<String> modules() {
    return List.of(
        "core", "testkit", "compute", "networking", "spaces", "volumes", "databases", "samples");
  }

  @Test
  void imported_containsEveryModule() {
    for (String module : modules()) {
      assertThat(
              seawall.stream()
                  .anyMatch(c -> c.getPackageName().startsWith("dev.seawall." + module)))
          .as("classes of module %s imported", module)
          .isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("modules")
  void internalPackages_areUsedOnlyByTheirOwnModule(String module) {
    String own = "dev.seawall." + module;
    noClasses()
        .that()
        .resideOutsideOfPackage(own + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(own + "..internal..")
        .because("the internal packages of " + module + " are not API")
        .check(seawall);
  }

  @Test
  void modules_haveNoDependencyCycles() {
    slices().matching("dev.seawall.(*)..").should().beFreeOfCycles().check(seawall);
  }
}
