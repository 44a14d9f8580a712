package dev.seawall.testkit.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Edits the parsed OpenAPI model (swagger-parser's {@link OpenAPI}, after references and {@code
 * allOf} were resolved) where swagger-request-validator cannot check a construct of the
 * specification correctly. Each edit accepts exactly the values the original schema accepts at that
 * location; nothing else changes, and the specification file is never touched.
 *
 * <p><b>Composed path parameters</b> ({@link #composedPathParameters}). <em>Validator
 * limitation:</em> for a path parameter whose schema is {@code anyOf}/{@code oneOf}, the validator
 * parses the raw path segment as JSON before checking it, so every value that is not a JSON literal
 * fails with {@code validation.request.parameter.schema.invalidJson}. <em>Where the spec hits
 * it:</em> SSH key fingerprints in {@code ssh_key_identifier} ({@code anyOf[ssh_key_id integer,
 * ssh_key_fingerprint string]}), volume snapshot UUIDs in {@code snapshot_id} and image slugs in
 * {@code image_id} ({@code anyOf[integer, string]}), all documented values. <em>Edit:</em> a path
 * segment is always text, and each such schema has an unconstrained string alternative, so the
 * schema becomes {@code type: string}; composed schemas without one are left alone.
 *
 * <p><b>Retired: {@code default: null}.</b> Seawall used to delete lines {@code default: null}
 * (five in the 2026 snapshot, on nullable object and {@code oneOf} schemas of the inference API)
 * from the text, because older swagger-parser versions refused a null default on an object schema.
 * swagger-parser 2.1.34 reads it as "no default" without a message and validation is identical with
 * or without it ({@code ValidatorWorkaroundsTest} keeps this checked), so nothing is edited.
 */
public final class ValidatorWorkarounds {
  private ValidatorWorkarounds() {}

  /**
   * Applies every workaround to {@code api}, in place.
   *
   * @return one line per edit, e.g. {@code path parameter ssh_key_identifier: anyOf -> type:
   *     string}, each once even when the parameter is shared by several operations
   */
  public static List<String> apply(OpenAPI api) {
    Set<String> applied = new LinkedHashSet<>();
    composedPathParameters(api, applied);
    return List.copyOf(applied);
  }

  /**
   * Replaces the {@code anyOf}/{@code oneOf} schema of every path parameter that has an
   * unconstrained string alternative by {@code type: string}.
   */
  static void composedPathParameters(OpenAPI api, Set<String> applied) {
    if (api.getPaths() == null) {
      return;
    }
    for (PathItem item : api.getPaths().values()) {
      List<Parameter> parameters = new ArrayList<>(nonNull(item.getParameters()));
      for (Operation operation : item.readOperations()) {
        parameters.addAll(nonNull(operation.getParameters()));
      }
      for (Parameter parameter : parameters) {
        if (!"path".equals(parameter.getIn())
            || !(parameter.getSchema() instanceof ComposedSchema composed)) {
          continue;
        }
        String combinator = composed.getAnyOf() != null ? "anyOf" : "oneOf";
        List<Schema> alternatives =
            composed.getAnyOf() != null ? composed.getAnyOf() : nonNull(composed.getOneOf());
        if (alternatives.stream().anyMatch(a -> isPlainString(api, a))) {
          parameter.setSchema(new StringSchema());
          applied.add(
              "path parameter " + parameter.getName() + ": " + combinator + " -> type: string");
        }
      }
    }
  }

  /** Whether {@code schema} (or the component it refers to) is a string without constraints. */
  private static boolean isPlainString(OpenAPI api, @Nullable Schema<?> schema) {
    Schema<?> resolved = resolve(api, schema);
    return resolved != null
        && "string".equals(resolved.getType())
        && resolved.getPattern() == null
        && resolved.getFormat() == null
        && resolved.getMinLength() == null
        && resolved.getMaxLength() == null
        && (resolved.getEnum() == null || resolved.getEnum().isEmpty());
  }

  private static @Nullable Schema<?> resolve(OpenAPI api, @Nullable Schema<?> schema) {
    if (schema == null || schema.get$ref() == null) {
      return schema;
    }
    String ref = schema.get$ref();
    Map<String, Schema> components =
        api.getComponents() == null ? null : api.getComponents().getSchemas();
    return components == null ? null : components.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static <T> List<T> nonNull(@Nullable List<T> list) {
    return Objects.requireNonNullElse(list, List.of());
  }
}
