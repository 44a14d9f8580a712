package dev.seawall.networking.tag;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The desired state of a tag: its name, nothing else.
 *
 * <pre>{@code
 * TagSpec web = TagSpec.of("web");
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/tags_create">tags_create</a>.
 */
public final class TagSpec {
  private final String name;

  private TagSpec(String name) {
    this.name = name;
  }

  /**
   * The spec of the tag with this name.
   *
   * @throws InvalidSpecException if the name is not a valid tag name
   */
  public static TagSpec of(String name) {
    return builder().name(name).build();
  }

  /** Starts a spec; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's name. */
  public Builder toBuilder() {
    return new Builder().name(name);
  }

  /**
   * The tag name: 1 to 255 letters, digits, colons, dashes and underscores. The capitalization used
   * when the tag is first created stays its canonical one.
   */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TagSpec other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "TagSpec[name=" + name + "]";
  }

  /** Builder for {@link TagSpec}; {@link #validate()} reports a bad name instead of throwing. */
  public static final class Builder {
    private String name = "";

    private Builder() {}

    /** Sets the name: 1 to 255 letters, digits, colons, dashes and underscores. Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Checks the spec and returns it, or the problem (SW-INPUT-001). */
    public Validation<Seq<Violation>, TagSpec> validate() {
      Checks checks = Checks.on("tag/" + (name.isBlank() ? "(unnamed)" : name));
      if (!TagService.isValidName(name)) {
        checks.invalid(
            "name",
            "'"
                + name
                + "' is not a tag name: use 1 to 255 letters, digits, colons, dashes and"
                + " underscores");
      }
      return checks.result(() -> new TagSpec(name));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException if the name is not a valid tag name
     */
    public TagSpec build() {
      Validation<Seq<Violation>, TagSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
