package dev.seawall.core.audit;

import java.util.Objects;

/**
 * A typed setting an {@link AuditSource} reads from {@link AuditContext#option(AuditOption)}, given
 * with {@link Audit.Builder#option(AuditOption, Object)}; e.g. the Spaces access key that bucket
 * listing needs. Declared by the module that reads it.
 *
 * @param name the option's name, for messages
 * @param type the value's type
 * @param <T> the value's type
 */
public record AuditOption<T>(String name, Class<T> type) {
  /** Validates the components. */
  public AuditOption {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
