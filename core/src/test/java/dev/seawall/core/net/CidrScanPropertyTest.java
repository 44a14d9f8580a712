package dev.seawall.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass scanner that reads the common spellings ({@code Cidr.scan}) gives exactly what the
 * general parser gives: the same range, or the same refusal with the same message, for well-formed,
 * almost well-formed and malformed text.
 */
class CidrScanPropertyTest {

  @Property(tries = 3000)
  void parseLenient_givesWhatTheGeneralParserGives(@ForAll("addressTexts") String text) {
    assertSameOutcome(text, Cidr::parseLenient, Cidr::parseLenientChecked);
  }

  @Property(tries = 3000)
  void parseAddressOrCidr_givesWhatTheGeneralParserGives(@ForAll("addressTexts") String text) {
    assertSameOutcome(text, Cidr::parseAddressOrCidr, t -> Cidr.parseChecked(t, true));
  }

  @Property(tries = 3000)
  void parse_givesWhatTheGeneralParserGives(@ForAll("addressTexts") String text) {
    assertSameOutcome(text, Cidr::parse, t -> Cidr.parseChecked(t, false));
  }

  @Example
  void parseLenient_whenCommonSpellings_readsTheRanges() {
    assertThat(Cidr.parseLenient("0.0.0.0/0")).isEqualTo(Cidr.ANY_IPV4);
    assertThat(Cidr.parseLenient("::/0")).isEqualTo(Cidr.ANY_IPV6);
    assertThat(Cidr.parseLenient("203.0.113.10")).hasToString("203.0.113.10/32");
    assertThat(Cidr.parseLenient("198.51.100.7/24")).hasToString("198.51.100.0/24");
    assertThat(Cidr.parseLenient("2001:DB8::1")).hasToString("2001:db8::1/128");
    assertThat(Cidr.parseLenient("2001:db8:0:0:0:0:0:1/64")).hasToString("2001:db8::/64");
    assertThat(Cidr.parseLenient("fe80::")).hasToString("fe80::/128");
    assertThat(Cidr.parseLenient("::ffff:10.0.0.1/128")).hasToString("::ffff:a00:1/128");
    assertThat(Cidr.parseLenient("\t10.0.0.0/8 ")).hasToString("10.0.0.0/8");
  }

  private static void assertSameOutcome(
      String text, Function<String, Cidr> scanned, Function<String, Cidr> general) {
    Object expected = outcome(text, general);
    Object actual = outcome(text, scanned);
    assertThat(actual).as("outcome for '%s'", text).isEqualTo(expected);
  }

  /** The range, or the refusal's message. */
  private static Object outcome(String text, Function<String, Cidr> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      return "refused: " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<String> addressTexts() {
    Arbitrary<String> ipv4 =
        Arbitraries.integers()
            .between(0, 300)
            .map(String::valueOf)
            .list()
            .ofMinSize(3)
            .ofMaxSize(5)
            .map(parts -> String.join(".", parts));
    Arbitrary<String> group =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 0xffff).map(Integer::toHexString),
            Arbitraries.integers()
                .between(0, 0xffff)
                .map(i -> Integer.toHexString(i).toUpperCase()),
            Arbitraries.of("0", "00000", "g", "", "0001"));
    Arbitrary<String> ipv6 =
        group
            .list()
            .ofMinSize(1)
            .ofMaxSize(9)
            .map(groups -> String.join(":", groups))
            .flatMap(
                full ->
                    Arbitraries.integers()
                        .between(-1, full.length())
                        .map(
                            at ->
                                at < 0
                                        || (at > 0
                                            && full.charAt(at - 1) != ':'
                                            && at < full.length())
                                    ? full
                                    : full.substring(0, at) + ":" + full.substring(at)));
    Arbitrary<String> address =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, ipv4),
            net.jqwik.api.Tuple.of(4, ipv6),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of("::", "::1", "1::", ":::", "::ffff:1.2.3.4", "web", "")),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.strings().withChars("0123456789abcdefABCDEF:.%[] ").ofMaxLength(20)));
    Arbitrary<String> prefix =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.integers().between(0, 140).map(p -> "/" + p),
            Arbitraries.of("/", "/08", "/0", "/x", "/1234", "/32 ", "/-1"));
    Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", "\n");
    return Combinators.combine(space, address, prefix, space).as((a, b, c, d) -> a + b + c + d);
  }
}
