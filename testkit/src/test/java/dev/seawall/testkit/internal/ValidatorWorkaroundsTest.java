package dev.seawall.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each workaround on a small specification: the defect it handles (what the validator does without
 * it), what it accepts with it, and what it leaves alone.
 */
class ValidatorWorkaroundsTest {
  private static final String HEAD =
      "openapi: 3.0.0\n"
          + "info: {title: t, version: '1'}\n"
          + "components:\n"
          + "  schemas:\n"
          + "    key_id:\n"
          + "      type: integer\n"
          + "    key_fingerprint:\n"
          + "      type: string\n"
          + "      description: a fingerprint\n"
          + "    key_slug:\n"
          + "      type: string\n"
          + "      pattern: '^[a-z]+$'\n"
          + "  parameters:\n"
          + "    key_identifier:\n"
          + "      in: path\n"
          + "      name: key_identifier\n"
          + "      required: true\n"
          + "      schema:\n"
          + "        anyOf:\n"
          + "          - $ref: '#/components/schemas/key_id'\n"
          + "          - $ref: '#/components/schemas/key_fingerprint'\n"
          + "    key_slug:\n"
          + "      in: path\n"
          + "      name: key_slug\n"
          + "      required: true\n"
          + "      schema:\n"
          + "        anyOf:\n"
          + "          - $ref: '#/components/schemas/key_id'\n"
          + "          - $ref: '#/components/schemas/key_slug'\n"
          + "paths:\n"
          + "  /v2/keys/{key_identifier}:\n"
          + "    get:\n"
          + "      parameters:\n"
          + "        - $ref: '#/components/parameters/key_identifier'\n"
          + "      responses: {'204': {description: ok}}\n"
          + "    delete:\n"
          + "      parameters:\n"
          + "        - $ref: '#/components/parameters/key_identifier'\n"
          + "      responses: {'204': {description: ok}}\n"
          + "  /v2/slugs/{key_slug}:\n"
          + "    get:\n"
          + "      parameters:\n"
          + "        - $ref: '#/components/parameters/key_slug'\n"
          + "      responses: {'204': {description: ok}}\n"
          + "  /v2/things/{thing}:\n"
          + "    get:\n"
          + "      parameters:\n"
          + "        - in: path\n"
          + "          name: thing\n"
          + "          required: true\n"
          + "          schema:\n"
          + "            oneOf:\n"
          + "              - type: integer\n"
          + "              - type: string\n"
          + "                description: a uuid\n"
          + "        - in: query\n"
          + "          name: filter\n"
          + "          schema:\n"
          + "            anyOf:\n"
          + "              - type: integer\n"
          + "              - type: string\n"
          + "      responses: {'204': {description: ok}}\n";

  private static final String FINGERPRINT = "89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01";

  private static List<String> keys(OpenAPI api, Request request) {
    ValidationReport report =
        OpenApiInteractionValidator.createFor(api).build().validateRequest(request);
    return report.getMessages().stream().map(ValidationReport.Message::getKey).toList();
  }

  private static Request get(String path) {
    return SimpleRequest.Builder.get(path).build();
  }

  @Test
  void composedPathParameters_withoutTheWorkaround_theValidatorRefusesAFingerprint() {
    OpenAPI api = SpecParsing.parse(HEAD);

    assertThat(keys(api, get("/v2/keys/" + FINGERPRINT)))
        .contains("validation.request.parameter.schema.invalidJson");
    assertThat(keys(api, get("/v2/keys/512189"))).isEmpty();
  }

  @Test
  void composedPathParameters_whenAnyOfHasAPlainStringAlternative_acceptsAnySegment() {
    OpenAPI api = SpecParsing.parse(HEAD);

    List<String> applied = ValidatorWorkarounds.apply(api);

    assertThat(applied)
        .containsExactly(
            "path parameter key_identifier: anyOf -> type: string",
            "path parameter thing: oneOf -> type: string");
    assertThat(keys(api, get("/v2/keys/" + FINGERPRINT))).isEmpty();
    assertThat(keys(api, get("/v2/keys/512189"))).isEmpty();
    assertThat(keys(api, get("/v2/things/fbe805e8-866b-11e6-96bf-000f53315a41"))).isEmpty();
    assertThat(api.getPaths().get("/v2/keys/{key_identifier}").getDelete().getParameters())
        .singleElement()
        .satisfies(p -> assertThat(p.getSchema()).isInstanceOf(StringSchema.class));
  }

  @Test
  void composedPathParameters_whenTheStringAlternativeIsConstrained_keepsTheSchema() {
    OpenAPI api = SpecParsing.parse(HEAD);

    ValidatorWorkarounds.apply(api);

    assertThat(keys(api, get("/v2/slugs/UPPER")))
        .contains("validation.request.parameter.schema.invalidJson");
    assertThat(api.getPaths().get("/v2/things/{thing}").getGet().getParameters().get(1).getSchema())
        .as("query parameters are not rewritten")
        .isNotInstanceOf(StringSchema.class);
  }

  /**
   * The retired {@code default: null} workaround: swagger-parser reads the construct without an
   * error and requests validate exactly as without it, so the loader no longer edits anything.
   */
  @Test
  void defaultNull_onNullableObjectAndOneOfSchemas_needsNoWorkaround() {
    String spec =
        "openapi: 3.0.0\n"
            + "info: {title: t, version: '1'}\n"
            + "paths:\n"
            + "  /v2/chat:\n"
            + "    post:\n"
            + "      requestBody:\n"
            + "        content:\n"
            + "          application/json:\n"
            + "            schema:\n"
            + "              type: object\n"
            + "              properties:\n"
            + "                stream_options:\n"
            + "                  type: object\n"
            + "                  nullable: true\n"
            + "                  default: null\n"
            + "                  properties:\n"
            + "                    include_usage: {type: boolean}\n"
            + "                stop:\n"
            + "                  default: null\n"
            + "                  oneOf:\n"
            + "                    - type: string\n"
            + "                    - type: array\n"
            + "                      items: {type: string}\n"
            + "      responses: {'204': {description: ok}}\n";

    OpenAPI api = SpecParsing.parse(spec);

    assertThat(ValidatorWorkarounds.apply(api)).isEmpty();
    assertThat(keys(api, post("{\"stream_options\":{\"include_usage\":true},\"stop\":\"x\"}")))
        .isEmpty();
    assertThat(keys(api, post("{\"stream_options\":null}"))).isEmpty();
    assertThat(keys(api, post("{\"stream_options\":{\"include_usage\":\"yes\"}}")))
        .contains("validation.request.body.schema.type");
    assertThat(keys(api, post("{\"stop\":5}"))).contains("validation.request.body.schema.oneOf");
  }

  private static Request post(String json) {
    return SimpleRequest.Builder.post("/v2/chat")
        .withContentType("application/json")
        .withBody(json)
        .build();
  }
}
