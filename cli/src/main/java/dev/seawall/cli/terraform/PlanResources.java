package dev.seawall.cli.terraform;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the managed resources out of {@code terraform show -json} output: of a plan ({@code
 * planned_values.root_module}, with {@code after_unknown} from {@code resource_changes} and the
 * {@code expressions} from {@code configuration}) or of a state ({@code values.root_module}), each
 * with its {@code child_modules} recursively. Data sources are left out.
 */
final class PlanResources {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private PlanResources() {}

  /**
   * Reads the resources.
   *
   * @param json the output of {@code terraform show -json PLANFILE} or {@code terraform show -json}
   * @return the managed resources, in module then JSON order
   * @throws IllegalArgumentException if the text is not JSON, or not Terraform's JSON output
   */
  static List<PlanResource> read(String json) {
    Object parsed;
    try {
      parsed = JSON.fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(
          "not the JSON output of 'terraform show -json': " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(
          "not the JSON output of 'terraform show -json': the top level is not an object");
    }
    Map<String, Object> root = Values.cast(parsed);
    boolean plan = root.containsKey("planned_values");
    if (!plan && !root.containsKey("values") && !root.containsKey("format_version")) {
      throw new IllegalArgumentException(
          "not the JSON output of 'terraform show -json': neither planned_values (a plan) nor"
              + " values (a state)");
    }
    Map<String, Object> unknownByAddress = new HashMap<>();
    for (Object change : list(root.get("resource_changes"))) {
      Map<String, Object> c = Values.cast(change);
      Map<String, Object> details = Values.cast(c.get("change"));
      if (c.get("address") instanceof String address) {
        unknownByAddress.put(address, Values.cast(details.get("after_unknown")));
      }
    }
    Map<String, Object> configuration = Values.cast(root.get("configuration"));
    Map<String, Object> top = Values.cast(root.get(plan ? "planned_values" : "values"));
    List<PlanResource> out = new ArrayList<>();
    collect(
        Values.cast(top.get("root_module")),
        unknownByAddress,
        Values.cast(configuration.get("root_module")),
        configuration.containsKey("root_module"),
        out);
    return out;
  }

  private static void collect(
      Map<String, Object> module,
      Map<String, Object> unknownByAddress,
      Map<String, Object> configuration,
      boolean hasConfiguration,
      List<PlanResource> out) {
    String modulePath = withoutInstanceKeys(text(module.get("address")));
    Map<String, Object> configured = configuredModule(configuration, modulePath);
    for (Object element : list(module.get("resources"))) {
      Map<String, Object> r = Values.cast(element);
      if (!"managed".equals(r.get("mode")) || !(r.get("type") instanceof String type)) {
        continue;
      }
      String name = text(r.get("name"));
      String address = text(r.get("address"));
      Values values =
          new Values(Values.cast(r.get("values")), Values.cast(unknownByAddress.get(address)));
      Map<String, Object> expressions = Map.of();
      for (Object c : list(configured.get("resources"))) {
        Map<String, Object> declared = Values.cast(c);
        if (type.equals(declared.get("type"))
            && name.equals(declared.get("name"))
            && "managed".equals(declared.get("mode"))) {
          expressions = Values.cast(declared.get("expressions"));
        }
      }
      out.add(
          new PlanResource(address, modulePath, type, name, values, expressions, hasConfiguration));
    }
    for (Object child : list(module.get("child_modules"))) {
      collect(Values.cast(child), unknownByAddress, configuration, hasConfiguration, out);
    }
  }

  /** The configuration of a module path such as {@code module.a.module.b}. */
  private static Map<String, Object> configuredModule(
      Map<String, Object> rootConfiguration, String modulePath) {
    Map<String, Object> current = rootConfiguration;
    if (modulePath.isEmpty()) {
      return current;
    }
    String[] parts = modulePath.split("\\.");
    for (int i = 1; i < parts.length; i += 2) {
      Map<String, Object> call =
          Values.cast(Values.cast(current.get("module_calls")).get(parts[i]));
      current = Values.cast(call.get("module"));
    }
    return current;
  }

  /** {@code module.app["x"].module.db[0]} → {@code module.app.module.db}. */
  static String withoutInstanceKeys(String address) {
    return address.replaceAll("\\[[^\\]]*\\]", "");
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  private static String text(Object value) {
    return value instanceof String s ? s : "";
  }
}
