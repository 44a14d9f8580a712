package dev.seawall.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package rules of the core module, checked on the compiled main classes. */
class CoreArchitectureTest {
  private static final String CORE = "dev.seawall.core";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);
  }

  /**
   * Each package is a slice, except that an {@code internal} package belongs to the package that
   * owns it ({@code dev.seawall.core.internal.http} is part of {@code dev.seawall.core}): an
   * implementation package may use its owner's public types and vice versa.
   */
  @Test
  void packages_whenSliced_haveNoCycles() {
    SliceAssignment byPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.equals(CORE) && !pkg.startsWith(CORE + ".")) {
              return SliceIdentifier.ignore();
            }
            int internal = (pkg + ".").indexOf(".internal.");
            return SliceIdentifier.of(internal < 0 ? pkg : pkg.substring(0, internal));
          }

          @Override
          public String getDescription() {
            return "core packages (internal packages merged into their owner)";
          }
        };

    slices().assignedFrom(byPackage).should().beFreeOfCycles().check(classes);
  }

  @Test
  void policy_whenCompiled_doesNotUseCoreInternals() {
    noClasses()
        .that()
        .resideInAPackage("..core.policy..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..core.internal..")
        .check(classes);
  }

  @Test
  void publicApi_whenCompiled_exposesNoInternalTypesInSignatures() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(exposeNoInternalTypes())
        .check(classes);
  }

  @Test
  void publicApi_whenCompiled_exposesNoInternalTypesInFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should(exposeNoInternalTypes())
        .check(classes);
  }

  private static <T extends JavaMember> ArchCondition<T> exposeNoInternalTypes() {
    return new ArchCondition<>("expose no type from an ..internal.. package") {
      @Override
      public void check(T member, ConditionEvents events) {
        Set<JavaModifier> modifiers = member.getModifiers();
        if (!modifiers.contains(JavaModifier.PUBLIC)
            && !modifiers.contains(JavaModifier.PROTECTED)) {
          return;
        }
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaCodeUnit codeUnit) {
          types.add(codeUnit.getReturnType());
          types.addAll(codeUnit.getParameterTypes());
          types.addAll(codeUnit.getThrowsClause().getTypes());
        } else if (member instanceof JavaField field) {
          types.add(field.getType());
        }
        Set<String> internal = new LinkedHashSet<>();
        for (JavaType type : types) {
          for (JavaClass raw : type.getAllInvolvedRawTypes()) {
            if (raw.getPackageName().contains(".internal")) {
              internal.add(raw.getName());
            }
          }
        }
        boolean ok = internal.isEmpty();
        events.add(
            new SimpleConditionEvent(
                member,
                ok,
                member.getFullName()
                    + (ok ? " exposes no internal type" : " exposes " + internal)));
      }
    };
  }
}
