package dev.seawall.testkit.internal;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.seawall.testkit.FakeJson;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Seawall's own check for JSON request bodies: every property must be one the specification defines
 * for that object. DigitalOcean silently ignores unknown properties, so a misspelt field ({@code
 * redirect_http_to_http}, {@code private_network_uid}) is a setting that never takes effect — for a
 * hardening library, a security bug.
 *
 * <p>The validator's own {@code additionalProperties} check cannot be used: it injects {@code
 * additionalProperties: false} into every branch of {@code anyOf}/{@code oneOf} schemas (volume
 * actions, for instance), so valid requests fail. Here an object is checked against the union of
 * the properties of all its {@code allOf}/{@code anyOf}/{@code oneOf} branches, and an object whose
 * schema has no properties, allows additional ones, or has a branch without properties is free-form
 * and not checked. Needs a validator built with resolved references.
 */
public final class UnknownProperties implements CustomRequestValidator {
  /** The key of the violations this check reports. */
  public static final String KEY = "seawall.request.body.unknownProperty";

  private static final int MAX_DEPTH = 40;
  private static final int MAX_NAMES_SHOWN = 20;

  @Override
  public ValidationReport validate(Request request, ApiOperation operation) {
    Schema<?> schema = bodySchema(operation.getOperation().getRequestBody());
    if (schema == null || request.getRequestBody().isEmpty()) {
      return ValidationReport.empty();
    }
    Object body;
    try {
      body = FakeJson.parse(request.getRequestBody().get().toString(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException notJson) {
      return ValidationReport.empty(); // the validator reports unparseable bodies itself
    }
    List<ValidationReport.Message> messages = new ArrayList<>();
    walk(schema, body, "", 0, messages);
    return ValidationReport.from(messages);
  }

  private static @Nullable Schema<?> bodySchema(@Nullable RequestBody body) {
    Content content = body == null ? null : body.getContent();
    if (content == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> entry : content.entrySet()) {
      if (entry.getKey().startsWith("application/json") && entry.getValue() != null) {
        return entry.getValue().getSchema();
      }
    }
    return null;
  }

  private static void walk(
      @Nullable Schema<?> schema,
      @Nullable Object value,
      String path,
      int depth,
      List<ValidationReport.Message> messages) {
    if (schema == null || value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof List<?> list) {
      Schema<?> items = itemsOf(schema);
      for (int i = 0; i < list.size(); i++) {
        walk(items, list.get(i), path + "/" + i, depth + 1, messages);
      }
      return;
    }
    if (!(value instanceof Map<?, ?> object)) {
      return;
    }
    Map<String, Schema<?>> properties = new TreeMap<>();
    boolean open = collect(schema, properties, 0);
    if (!open && properties.isEmpty()) {
      open = true; // an object without declared properties is free-form
    }
    Schema<?> mapValues = additionalSchema(schema);
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String name = String.valueOf(entry.getKey());
      Schema<?> property = properties.get(name);
      if (property != null) {
        walk(property, entry.getValue(), path + "/" + name, depth + 1, messages);
      } else if (mapValues != null) {
        walk(mapValues, entry.getValue(), path + "/" + name, depth + 1, messages);
      } else if (!open) {
        messages.add(unknown(path, name, properties.keySet()));
      }
    }
  }

  /**
   * Adds the properties of {@code schema} and its combined branches; true when the object may hold
   * properties beyond them (additional properties allowed, or a branch without declared ones).
   */
  private static boolean collect(Schema<?> schema, Map<String, Schema<?>> properties, int depth) {
    if (depth > MAX_DEPTH) {
      return true;
    }
    boolean open = allowsAdditional(schema);
    if (schema.getProperties() != null) {
      schema.getProperties().forEach(properties::putIfAbsent);
    }
    List<Schema> branches = new ArrayList<>();
    addAll(branches, schema.getAllOf());
    addAll(branches, schema.getAnyOf());
    addAll(branches, schema.getOneOf());
    for (Schema<?> branch : branches) {
      if (branch == null) {
        continue;
      }
      boolean declares =
          branch.getProperties() != null
              || branch.getAllOf() != null
              || branch.getAnyOf() != null
              || branch.getOneOf() != null;
      open |= !declares || collect(branch, properties, depth + 1);
    }
    return open;
  }

  private static void addAll(List<Schema> into, @Nullable List<Schema> branches) {
    if (branches != null) {
      into.addAll(branches);
    }
  }

  private static boolean allowsAdditional(Schema<?> schema) {
    Object additional = schema.getAdditionalProperties();
    return additional instanceof Boolean allowed ? allowed : additional != null;
  }

  private static @Nullable Schema<?> additionalSchema(Schema<?> schema) {
    return schema.getAdditionalProperties() instanceof Schema<?> values ? values : null;
  }

  private static @Nullable Schema<?> itemsOf(Schema<?> schema) {
    if (schema.getItems() != null) {
      return schema.getItems();
    }
    List<Schema> branches = new ArrayList<>();
    addAll(branches, schema.getAllOf());
    addAll(branches, schema.getAnyOf());
    addAll(branches, schema.getOneOf());
    for (Schema<?> branch : branches) {
      if (branch != null && branch.getItems() != null) {
        return branch.getItems();
      }
    }
    return null;
  }

  private static ValidationReport.Message unknown(String path, String name, Set<String> known) {
    List<String> names = new ArrayList<>(new TreeSet<>(known));
    String shown =
        names.size() <= MAX_NAMES_SHOWN
            ? String.join(", ", names)
            : String.join(", ", names.subList(0, MAX_NAMES_SHOWN)) + ", ...";
    String where = path.isEmpty() ? "" : "[Path '" + path + "'] ";
    return ValidationReport.Message.create(
            KEY,
            where
                + "Unknown property \""
                + name
                + "\": the specification defines "
                + shown
                + ". DigitalOcean ignores unknown properties silently, so this value would be lost"
                + " (a misspelt field?).")
        .build();
  }
}
