package dev.seawall.testkit.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;

/** Parses an OpenAPI specification into the model swagger-request-validator validates with. */
public final class SpecParsing {
  private SpecParsing() {}

  /**
   * Parses {@code text} as swagger-request-validator would with {@code withResolveRefs(true)} and
   * {@code withResolveCombinators(true)}: references resolved, {@code allOf} combined ({@code
   * filesystem_label} of {@code volumes_create} needs it), and the validator's own fixes of the
   * model applied ({@link OpenApiLoader}).
   *
   * @throws OpenApiInteractionValidator.ApiLoadException when swagger-parser reports errors
   */
  public static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(true);
    return new OpenApiLoader()
        .loadApi(OpenApiInteractionValidator.SpecSource.inline(text), List.of(), options);
  }
}
