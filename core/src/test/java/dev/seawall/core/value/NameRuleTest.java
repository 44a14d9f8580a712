package dev.seawall.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.CoreRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameRuleTest {

  @Example
  void require_whenValidForTheKind_returnsTheName() {
    assertThat(NameRule.DROPLET.require("web-1.example.com")).isEqualTo("web-1.example.com");
    assertThat(NameRule.VPC.require("env.prod-vpc")).isEqualTo("env.prod-vpc");
    assertThat(NameRule.FIREWALL.require("web")).isEqualTo("web");
    assertThat(NameRule.LOAD_BALANCER.require("example-lb-01")).isEqualTo("example-lb-01");
    assertThat(NameRule.VOLUME.require("pgdata")).isEqualTo("pgdata");
    assertThat(NameRule.DATABASE_CLUSTER.require("orders-db")).isEqualTo("orders-db");
  }

  @Example
  void require_whenInvalid_throwsWithTheKindAndWhatIsAllowed() {
    assertThatThrownBy(() -> NameRule.VOLUME.require("PgData"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "'PgData' is not a valid volume name: 1 to 64 lower-case letters, digits or '-',"
                + " starting with a letter");
    assertThatThrownBy(() -> NameRule.FIREWALL.require("w"))
        .hasMessageStartingWith("'w' is not a valid firewall name: ");
    assertThatThrownBy(() -> NameRule.DATABASE_CLUSTER.require("db-"))
        .hasMessageStartingWith("'db-' is not a valid database cluster name: ");
  }

  @Example
  void matches_followsEachKindsDocumentedRule() {
    assertThat(NameRule.DROPLET.matches("web_1")).isFalse();
    assertThat(NameRule.DROPLET.matches("-web")).isFalse();
    assertThat(NameRule.DROPLET.matches("a".repeat(63))).isTrue();
    assertThat(NameRule.DROPLET.matches("a".repeat(64))).isFalse();
    assertThat(NameRule.VPC.matches("prod_vpc")).isFalse();
    assertThat(NameRule.VPC.matches("-.")).isTrue();
    assertThat(NameRule.FIREWALL.matches("-web")).isFalse();
    assertThat(NameRule.LOAD_BALANCER.matches("a".repeat(255))).isTrue();
    assertThat(NameRule.LOAD_BALANCER.matches("a".repeat(256))).isFalse();
    assertThat(NameRule.VOLUME.matches("a".repeat(64))).isTrue();
    assertThat(NameRule.VOLUME.matches("a".repeat(65))).isFalse();
    assertThat(NameRule.VOLUME.matches("1data")).isFalse();
    assertThat(NameRule.DATABASE_CLUSTER.matches("db")).isFalse();
    assertThat(NameRule.DATABASE_CLUSTER.matches("a" + "b".repeat(62))).isTrue();
  }

  @Property
  void check_agreesWithMatchesAndRequire_forEveryKind(
      @ForAll NameRule kind, @ForAll("candidates") String name) {
    Checks checks = Checks.on("thing/x");
    boolean valid = kind.matches(name);

    assertThat(kind.check(checks, "name", name)).isEqualTo(valid);
    if (valid) {
      assertThat(checks.violations()).isEmpty();
      assertThat(kind.require(name)).isEqualTo(name);
    } else {
      String message = "'" + name + "' is not a valid " + kindName(kind) + ": " + kind.allowed();
      assertThat(checks.violations())
          .containsExactly(CoreRules.SW_INPUT_001.violation("thing/x.name", message));
      assertThatThrownBy(() -> kind.require(name)).hasMessage(message);
    }
  }

  @Property
  void droplet_whenHostnameOfValidLabels_accepts(@ForAll("hostnames") String name) {
    assertThat(NameRule.DROPLET.matches(name)).isEqualTo(name.length() <= 253);
  }

  @Property
  void droplet_whenALabelStartsOrEndsWithHyphen_refuses(
      @ForAll("hostnames") String name, @ForAll boolean atStart) {
    String broken = atStart ? "-" + name : name + "-";
    assertThat(NameRule.DROPLET.matches(broken)).isFalse();
  }

  @Property
  void volume_whenLowerCaseStartingWithALetter_accepts(@ForAll("volumeNames") String name) {
    assertThat(NameRule.VOLUME.matches(name)).isTrue();
    assertThat(NameRule.VOLUME.matches(name.toUpperCase(java.util.Locale.ROOT))).isFalse();
  }

  private static String kindName(NameRule kind) {
    return switch (kind) {
      case DROPLET -> "droplet name";
      case VPC -> "VPC name";
      case FIREWALL -> "firewall name";
      case LOAD_BALANCER -> "load balancer name";
      case VOLUME -> "volume name";
      case DATABASE_CLUSTER -> "database cluster name";
    };
  }

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        hostnames(),
        volumeNames(),
        Arbitraries.strings().withChars("aZ09.-_ é").ofMaxLength(8),
        Arbitraries.strings().withChars("ab-").ofMinLength(60).ofMaxLength(260),
        Arbitraries.strings().ofMaxLength(10));
  }

  @Provide
  Arbitrary<String> hostnames() {
    Arbitrary<String> edge = Arbitraries.strings().withCharRange('a', 'z').numeric().ofLength(1);
    Arbitrary<String> middle =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .numeric()
            .withChars('-')
            .ofMaxLength(61);
    Arbitrary<String> label =
        Arbitraries.oneOf(edge, Combinators.combine(edge, middle, edge).as((a, b, c) -> a + b + c));
    return label.list().ofMinSize(1).ofMaxSize(5).map(labels -> String.join(".", labels));
  }

  @Provide
  Arbitrary<String> volumeNames() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
            Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMaxLength(63))
        .as((first, rest) -> first + rest);
  }
}
