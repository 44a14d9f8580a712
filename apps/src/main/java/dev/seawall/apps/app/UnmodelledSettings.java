package dev.seawall.apps.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of an app read back that {@link AppSpec} does not model, kept as the API wrote them
 * so that an update sends them back unchanged: at the app level {@link #APP_FIELDS} ({@code
 * egress}, {@code vpc}, {@code maintenance}, ...), per component {@link #COMPONENT_FIELDS} ({@code
 * health_check}, {@code autoscaling}, {@code log_destinations}, {@code build_command}, ...).
 *
 * <p>Opaque on purpose: a log destination may hold a credential, so neither {@link #toString()} nor
 * any diff or report shows a value, only where a setting is ({@link #holders(String)}). Fields of
 * the specification not listed here, and unmodelled fields nested inside modelled ones (an image's
 * {@code registry_credentials}, a database's {@code version}), are not kept.
 */
public final class UnmodelledSettings {
  /** The {@code app_spec} fields Seawall does not model, kept at the app level. */
  public static final List<String> APP_FIELDS =
      List.of("egress", "vpc", "maintenance", "disable_edge_cache", "disable_email_obfuscation");

  /**
   * The component fields ({@code app_service_spec}, {@code app_worker_spec}, {@code app_job_spec},
   * {@code app_static_site_spec}, {@code app_functions_spec}) Seawall does not model, kept per
   * component.
   */
  public static final List<String> COMPONENT_FIELDS =
      List.of(
          "health_check",
          "liveness_health_check",
          "autoscaling",
          "log_destinations",
          "alerts",
          "build_command",
          "dockerfile_path",
          "environment_slug",
          "protocol",
          "internal_ports",
          "termination",
          "kind",
          "index_document",
          "error_document",
          "catchall_document",
          "output_dir",
          "cors",
          "routes");

  /** The holder an app-level setting is shown under: {@value}. */
  public static final String APP = "(app)";

  /** No unmodelled setting. */
  public static final UnmodelledSettings NONE = new UnmodelledSettings(Map.of(), Map.of());

  private final Map<String, Object> app;
  private final Map<String, Map<String, Object>> components;

  private UnmodelledSettings(Map<String, Object> app, Map<String, Map<String, Object>> components) {
    this.app = app;
    this.components = components;
  }

  /**
   * Settings read from the API (the mapping of the wire model uses this). Numbers without a
   * fraction are kept as whole numbers, so that they are sent back as they were read.
   *
   * @param app app-level fields of {@link #APP_FIELDS} and their JSON values
   * @param components per component name, fields of {@link #COMPONENT_FIELDS} and their JSON values
   */
  public static UnmodelledSettings of(
      Map<String, Object> app, Map<String, Map<String, Object>> components) {
    Map<String, Map<String, Object>> copied = new LinkedHashMap<>();
    components.forEach(
        (name, fields) -> {
          if (!fields.isEmpty()) {
            copied.put(name, known(fields, COMPONENT_FIELDS));
          }
        });
    Map<String, Object> appFields = known(app, APP_FIELDS);
    return appFields.isEmpty() && copied.isEmpty()
        ? NONE
        : new UnmodelledSettings(appFields, java.util.Collections.unmodifiableMap(copied));
  }

  /** Whether the app has no unmodelled setting. */
  public boolean isEmpty() {
    return app.isEmpty() && components.isEmpty();
  }

  /**
   * Where the setting {@code field} is set: {@value #APP} for an app-level field, else the names of
   * the components that set it, in order; empty where it is set nowhere.
   */
  public List<String> holders(String field) {
    List<String> holders = new ArrayList<>();
    if (app.containsKey(field)) {
      holders.add(APP);
    }
    components.forEach(
        (name, fields) -> {
          if (fields.containsKey(field)) {
            holders.add(name);
          }
        });
    return List.copyOf(holders);
  }

  /** Every setting as {@code egress} or {@code api.health_check}, in order; no values. */
  public List<String> names() {
    List<String> names = new ArrayList<>(app.keySet());
    components.forEach((name, fields) -> fields.keySet().forEach(f -> names.add(name + "." + f)));
    return List.copyOf(names);
  }

  /**
   * Adds the kept settings to an {@code app_spec} request tree: the app-level ones, and each
   * component's to the component of the same name and type. A field the tree already holds is left
   * as it is.
   */
  @SuppressWarnings("unchecked")
  void keepIn(Map<String, Object> spec, List<AppComponent> observed) {
    app.forEach(spec::putIfAbsent);
    for (AppComponent component : observed) {
      Map<String, Object> fields = components.get(component.name());
      if (fields == null || !(spec.get(component.type().field()) instanceof List<?> list)) {
        continue;
      }
      for (Object item : list) {
        if (item instanceof Map<?, ?> sent && component.name().equals(sent.get("name"))) {
          fields.forEach(((Map<String, Object>) sent)::putIfAbsent);
        }
      }
    }
  }

  private static Map<String, Object> known(Map<String, Object> fields, List<String> allowed) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (field, value) -> {
          if (allowed.contains(field)) {
            out.put(field, whole(Objects.requireNonNull(value, field)));
          }
        });
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The JSON value with integral numbers as {@code long} (JSON reading gives {@code double}). */
  private static Object whole(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return d.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : whole(v)));
      return java.util.Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(v == null ? null : whole(v)));
      return java.util.Collections.unmodifiableList(out);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnmodelledSettings other
        && app.equals(other.app)
        && components.equals(other.components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(app, components);
  }

  /** {@code UnmodelledSettings[egress, api.health_check]}: names only, never a value. */
  @Override
  public String toString() {
    return "UnmodelledSettings" + names();
  }
}
