package dev.seawall.networking.project;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The desired state of a DigitalOcean project: its name (the identity; unique in the account), a
 * purpose and an environment, and a description.
 *
 * <pre>{@code
 * ProjectSpec demo = ProjectSpec.builder()
 *     .name("seawall-demo")
 *     .purpose("Web Application")
 *     .environment(ProjectEnvironment.DEVELOPMENT)
 *     .description("The hardened sample stack")
 *     .build();
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/projects_create">projects_create</a>.
 */
public final class ProjectSpec {
  /** The longest name: 175 characters. */
  public static final int MAX_NAME_LENGTH = 175;

  /** The longest description and purpose: 255 characters. */
  public static final int MAX_TEXT_LENGTH = 255;

  /**
   * The purposes DigitalOcean knows; it stores any other as {@code Other: <purpose>}, and {@link
   * #storedPurpose()} says so, so that a re-apply compares equal.
   */
  public static final List<String> KNOWN_PURPOSES =
      List.of(
          "Just trying out DigitalOcean",
          "Class project / Educational purposes",
          "Website or blog",
          "Web Application",
          "Service or API",
          "Mobile Application",
          "Machine learning / AI / Data processing",
          "IoT",
          "Operational / Developer tooling");

  private final String name;
  private final String description;
  private final String purpose;
  private final ProjectEnvironment environment;

  private ProjectSpec(Builder builder, ProjectEnvironment environment) {
    this.name = builder.name;
    this.description = builder.description;
    this.purpose = builder.purpose;
    this.environment = environment;
  }

  /** Starts a spec; name, purpose and environment are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    return new Builder()
        .name(name)
        .description(description)
        .purpose(purpose)
        .environment(environment);
  }

  /** The name, unique in the account. */
  public String name() {
    return name;
  }

  /** The description; empty if none. */
  public String description() {
    return description;
  }

  /** The purpose as given, e.g. {@code Web Application}. */
  public String purpose() {
    return purpose;
  }

  /** The purpose as DigitalOcean stores it: a known one as is, another as {@code Other: <it>}. */
  public String storedPurpose() {
    return KNOWN_PURPOSES.contains(purpose) || purpose.startsWith("Other: ")
        ? purpose
        : "Other: " + purpose;
  }

  /** The environment. */
  public ProjectEnvironment environment() {
    return environment;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectSpec other
        && name.equals(other.name)
        && description.equals(other.description)
        && purpose.equals(other.purpose)
        && environment == other.environment;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, purpose, environment);
  }

  @Override
  public String toString() {
    return "ProjectSpec[name="
        + name
        + ", purpose="
        + purpose
        + ", environment="
        + environment.apiName()
        + "]";
  }

  /** Builder for {@link ProjectSpec}; {@link #validate()} reports every problem at once. */
  public static final class Builder {
    private String name = "";
    private String description = "";
    private String purpose = "";
    private @Nullable ProjectEnvironment environment;

    private Builder() {}

    /** Sets the name, at most 175 characters, unique in the account. Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the description, at most 255 characters. Default: empty. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the purpose, at most 255 characters: one of {@link ProjectSpec#KNOWN_PURPOSES} or free
     * text (stored as {@code Other: <text>}). Required.
     */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /** Sets the environment. Required. */
    public Builder environment(ProjectEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Checks the spec and returns it, or every problem at once (SW-INPUT-001). */
    public Validation<Seq<Violation>, ProjectSpec> validate() {
      Checks checks = Checks.on("project/" + (name.isBlank() ? "(unnamed)" : name));
      if (name.isBlank()) {
        checks.invalid("name", "a project needs a name, e.g. name(\"seawall-demo\")");
      } else if (name.length() > MAX_NAME_LENGTH) {
        checks.invalid("name", "is " + name.length() + " characters long, at most 175 are allowed");
      }
      if (purpose.isBlank()) {
        checks.invalid("purpose", "a project needs a purpose, e.g. purpose(\"Web Application\")");
      } else if (storedPurpose().length() > MAX_TEXT_LENGTH) {
        checks.invalid("purpose", "is too long: at most 255 characters as stored");
      }
      if (description.length() > MAX_TEXT_LENGTH) {
        checks.invalid(
            "description",
            "is " + description.length() + " characters long, at most 255 are allowed");
      }
      if (environment == null) {
        checks.invalid(
            "environment",
            "a project needs an environment, e.g. environment(ProjectEnvironment.PRODUCTION)");
      }
      ProjectEnvironment chosen = environment;
      return checks.result(() -> new ProjectSpec(this, Objects.requireNonNull(chosen)));
    }

    private String storedPurpose() {
      return KNOWN_PURPOSES.contains(purpose) || purpose.startsWith("Other: ")
          ? purpose
          : "Other: " + purpose;
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem, if {@link #validate()} finds any
     */
    public ProjectSpec build() {
      Validation<Seq<Violation>, ProjectSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
