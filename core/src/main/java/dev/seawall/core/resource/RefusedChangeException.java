package dev.seawall.core.resource;

import dev.seawall.core.SeawallException;
import java.util.Objects;

/**
 * A spec asks for a change that cannot be made to an existing resource: a create-only field differs
 * (a replacement would be needed) or the new value is unreachable (a volume cannot shrink). Thrown
 * by {@link ResourceService#apply} and {@link ResourceService#update} before anything is sent; the
 * message names each refused field with its observed and desired value (never a secret: sensitive
 * fields show {@value FieldChange#SENSITIVE}).
 */
public class RefusedChangeException extends SeawallException {
  private static final long serialVersionUID = 1L;

  private final transient Diff diff;

  /**
   * Creates the exception.
   *
   * @param resource the resource, e.g. {@code volume 'pgdata' (506f78a4-...)}
   * @param diff the refused diff
   */
  public RefusedChangeException(String resource, Diff diff) {
    super(message(resource, diff));
    this.diff = Objects.requireNonNull(diff, "diff");
  }

  /** The refused diff. */
  public Diff diff() {
    return diff;
  }

  private static String message(String resource, Diff diff) {
    return "Refused to change "
        + resource
        + "; nothing was sent: "
        + String.join("; ", diff.refused().stream().map(FieldChange::toString).toList())
        + ". Keep the existing value in the spec, or create a new resource under another name"
        + " and move the data yourself.";
  }
}
