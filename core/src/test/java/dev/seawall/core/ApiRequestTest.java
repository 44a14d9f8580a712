package dev.seawall.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ApiRequestTest {
  private static final Operation GET_RECORD =
      Operation.of(
          "domains_get_record",
          HttpMethod.GET,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:read");

  @Example
  void path_whenValuesNeedNoEncoding_fillsThePlaceholders() {
    ApiRequest request =
        ApiRequest.of(GET_RECORD)
            .pathParam("domain_name", "example.com")
            .pathParam("domain_record_id", 3352896)
            .build();

    assertThat(request.path()).isEqualTo("/v2/domains/example.com/records/3352896");
  }

  @Example
  void path_whenValuesHoldReservedCharacters_encodesThemAsOneSegment() {
    ApiRequest request =
        ApiRequest.of(GET_RECORD)
            .pathParam("domain_name", "a b/c~d+é")
            .pathParam("domain_record_id", "x*y")
            .build();

    assertThat(request.path()).isEqualTo("/v2/domains/a%20b%2Fc%7Ed%2B%C3%A9/records/x*y");
  }

  @Example
  void path_whenAParameterIsMissing_throwsNamingIt() {
    ApiRequest request = ApiRequest.of(GET_RECORD).pathParam("domain_name", "example.com").build();

    assertThatThrownBy(request::path)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing path parameter 'domain_record_id' for domains_get_record");
  }

  @Property(tries = 2000)
  void path_fillsPlaceholdersAsTheDocumentedPatternDoes(
      @ForAll("templates") String template, @ForAll("values") String value) {
    Map<String, String> parameters = Map.of("id", value, "a_1", value + "!");
    ApiRequest.Builder builder =
        ApiRequest.of(Operation.of("x_get", HttpMethod.GET, template, "x:read"));
    parameters.forEach(builder::pathParam);
    ApiRequest request = builder.build();

    assertThat(outcome(request::path))
        .isEqualTo(outcome(() -> byPattern(template, parameters, "x_get")));
  }

  /**
   * How path() filled placeholders before: the pattern {@code \{([a-zA-Z0-9_]+)}} and URLEncoder.
   */
  private static String byPattern(
      String template, Map<String, String> parameters, String operationId) {
    Matcher matcher = Pattern.compile("\\{([a-zA-Z0-9_]+)}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = parameters.get(name);
      if (value == null) {
        throw new IllegalStateException("missing path parameter '" + name + "' for " + operationId);
      }
      String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      matcher.appendReplacement(out, Matcher.quoteReplacement(encoded));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Object outcome(java.util.function.Supplier<String> path) {
    try {
      return path.get();
    } catch (IllegalStateException e) {
      return "refused: " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.strings().withChars("/v2{}_ab1id").ofMaxLength(20).map(t -> "/" + t);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings()
        .withChars("az09-_.*~ +/%é{}")
        .ofMinLength(1)
        .ofMaxLength(8)
        .filter(v -> !v.isBlank());
  }
}
