package dev.seawall.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidatorWorkaroundsTest {
  private static final String SCHEMAS =
      "components:\n"
          + "  schemas:\n"
          + "    key_id:\n"
          + "      type: integer\n"
          + "      example: 1\n"
          + "    key_fingerprint:\n"
          + "      type: string\n"
          + "      description: a fingerprint\n"
          + "    key_slug:\n"
          + "      type: string\n"
          + "      pattern: '^[a-z]+$'\n";

  @Test
  void apply_whenComponentPathParameterIsAnyOfWithStringRef_rewritesItToString() {
    String yaml =
        SCHEMAS
            + "  parameters:\n"
            + "    key_identifier:\n"
            + "      in: path\n"
            + "      name: key_identifier\n"
            + "      required: true\n"
            + "      schema:\n"
            + "        anyOf:\n"
            + "          - $ref: '#/components/schemas/key_id'\n"
            + "          - $ref: '#/components/schemas/key_fingerprint'\n"
            + "      example: 512189\n"
            + "    next:\n"
            + "      in: query\n";

    ValidatorWorkarounds.Result result = ValidatorWorkarounds.apply(yaml);

    assertThat(result.applied())
        .containsExactly("path parameter key_identifier: anyOf -> type: string");
    assertThat(result.text())
        .contains(
            "      required: true\n"
                + "      schema:\n"
                + "        type: string\n"
                + "      example: 512189\n"
                + "    next:\n")
        .doesNotContain("anyOf");
  }

  @Test
  void apply_whenInlineOperationParameterIsOneOfWithInlineString_rewritesIt() {
    String yaml =
        "paths:\n"
            + "  /v2/things/{thing}:\n"
            + "    get:\n"
            + "      parameters:\n"
            + "        - in: path\n"
            + "          name: thing\n"
            + "          schema:\n"
            + "            oneOf:\n"
            + "              - type: integer\n"
            + "              - type: string\n"
            + "                description: a uuid\n"
            + "      responses: {}\n";

    ValidatorWorkarounds.Result result = ValidatorWorkarounds.apply(yaml);

    assertThat(result.applied()).containsExactly("path parameter thing: oneOf -> type: string");
    assertThat(result.text())
        .contains("          schema:\n            type: string\n      responses: {}\n");
  }

  @Test
  void apply_whenStringAlternativeIsConstrained_leavesTheSchemaAlone() {
    String yaml =
        SCHEMAS
            + "  parameters:\n"
            + "    key_identifier:\n"
            + "      in: path\n"
            + "      name: key_identifier\n"
            + "      schema:\n"
            + "        anyOf:\n"
            + "          - $ref: '#/components/schemas/key_id'\n"
            + "          - $ref: '#/components/schemas/key_slug'\n"
            + "    other:\n"
            + "      in: path\n"
            + "      name: other\n"
            + "      schema:\n"
            + "        anyOf:\n"
            + "          - type: integer\n"
            + "          - type: string\n"
            + "            format: uuid\n";

    ValidatorWorkarounds.Result result = ValidatorWorkarounds.apply(yaml);

    assertThat(result.applied()).isEmpty();
    assertThat(result.text()).isEqualTo(yaml);
  }

  @Test
  void apply_whenQueryParameterIsComposed_leavesItAlone() {
    String yaml =
        SCHEMAS
            + "  parameters:\n"
            + "    filter:\n"
            + "      in: query\n"
            + "      name: filter\n"
            + "      schema:\n"
            + "        anyOf:\n"
            + "          - type: integer\n"
            + "          - type: string\n";

    assertThat(ValidatorWorkarounds.apply(yaml).text()).isEqualTo(yaml);
  }
}
