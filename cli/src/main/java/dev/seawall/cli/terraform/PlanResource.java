package dev.seawall.cli.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One managed resource of a Terraform plan or state, as {@code terraform show -json} writes it:
 * where it is declared, its values after the plan, and how its configuration sets them.
 *
 * @param address the full address, e.g. {@code module.app.digitalocean_droplet.web[0]}
 * @param module the module path without instance keys, e.g. {@code module.app}; empty for the root
 *     module
 * @param type the resource type, e.g. {@code digitalocean_droplet}
 * @param name the resource name in its module, e.g. {@code web}
 * @param values the values after the plan ({@code planned_values}) or in the state ({@code values})
 * @param expressions the configuration's {@code expressions} of the resource; empty for a state or
 *     a plan without {@code configuration}
 * @param hasConfiguration whether the output had a {@code configuration} for the resource (a plan)
 */
record PlanResource(
    String address,
    String module,
    String type,
    String name,
    Values values,
    Map<String, Object> expressions,
    boolean hasConfiguration) {
  private static final Pattern REFERENCE =
      Pattern.compile("^(?:data\\.)?([a-z][a-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_-]*)");

  /** Checks the components. */
  PlanResource {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(values, "values");
    expressions = Map.copyOf(expressions);
  }

  /** The resource's key among the plan's resources: module path and {@code type.name}. */
  String key() {
    return key(module, type + "." + name);
  }

  static String key(String module, String typeAndName) {
    return module.isEmpty() ? typeAndName : module + "." + typeAndName;
  }

  /**
   * The resources (as {@link #key()}s in this resource's module) the configuration refers to in an
   * attribute, e.g. {@code digitalocean_vpc.main} for {@code vpc_uuid = digitalocean_vpc.main.id};
   * empty when the attribute is a constant or not set. For block attributes, pass the block's
   * expression map.
   */
  List<String> references(String attribute) {
    return references(module, expressions.get(attribute));
  }

  static List<String> references(String module, @Nullable Object expression) {
    List<String> out = new ArrayList<>();
    Map<String, Object> map = Values.cast(expression);
    if (map.get("references") instanceof List<?> refs) {
      for (Object ref : refs) {
        if (ref instanceof String text && !text.startsWith("data.")) {
          Matcher m = REFERENCE.matcher(text);
          if (m.find() && m.group(1).startsWith("digitalocean_")) {
            String key = key(module, m.group(1) + "." + m.group(2));
            if (!out.contains(key)) {
              out.add(key);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the configuration sets the attribute (to a constant or an expression). Without a
   * configuration (a state) this is true for every attribute: the values are then all known.
   */
  boolean configures(String attribute) {
    return !hasConfiguration || expressions.containsKey(attribute);
  }
}
