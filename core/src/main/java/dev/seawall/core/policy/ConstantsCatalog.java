package dev.seawall.core.policy;

import dev.seawall.core.Operation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link CatalogProvider} whose operations are the {@code public static final Operation}
 * constants of one class and whose rules are the {@code public static final Rule} constants of
 * another, so that adding a constant is all it takes to register it. A module's provider is one
 * constructor call:
 *
 * <pre>{@code
 * public final class NetworkingCatalog extends ConstantsCatalog {
 *   public NetworkingCatalog() {
 *     super("networking", NetworkingOperations.class, NetworkingRules.class);
 *   }
 * }
 * }</pre>
 */
public abstract class ConstantsCatalog implements CatalogProvider {
  private final String module;
  private final List<Operation> operations;
  private final List<Rule> rules;

  /**
   * Reads the constants.
   *
   * @param module the module's name, e.g. {@code networking}
   * @param operations the class declaring the module's {@link Operation} constants
   * @param rules the class declaring the module's {@link Rule} constants
   * @throws IllegalStateException if a constant is still {@code null} (read during its own class's
   *     initialisation)
   */
  protected ConstantsCatalog(String module, Class<?> operations, Class<?> rules) {
    this.module = Objects.requireNonNull(module, "module");
    this.operations = constants(operations, Operation.class);
    this.rules = constants(rules, Rule.class);
  }

  @Override
  public final String module() {
    return module;
  }

  @Override
  public final List<Operation> operations() {
    return operations;
  }

  @Override
  public final List<Rule> rules() {
    return rules;
  }

  /**
   * The values of the {@code public static final} fields of {@code holder} whose declared type is
   * {@code type}, in the order the JVM reports the fields (declaration order on HotSpot; {@link
   * Catalog} sorts anyway).
   *
   * @param holder the class declaring the constants
   * @param type the constants' type, e.g. {@code Operation.class}
   * @param <T> the constants' type
   * @return the constants, unmodifiable
   * @throws IllegalStateException if a constant is still {@code null}
   */
  public static <T> List<T> constants(Class<?> holder, Class<T> type) {
    List<T> values = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() != type
          || !Modifier.isPublic(modifiers)
          || !Modifier.isStatic(modifiers)
          || !Modifier.isFinal(modifiers)) {
        continue;
      }
      Object value;
      try {
        value = field.get(null);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(holder.getName() + " is not accessible", e);
      }
      if (value == null) {
        throw new IllegalStateException(
            holder.getName() + "." + field.getName() + " is null: read during its initialisation");
      }
      values.add(type.cast(value));
    }
    return List.copyOf(values);
  }
}
