package dev.seawall.apps.functions;

import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.RegionSlug;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The desired state of a Functions namespace: its label (the namespace's unique name in the
 * account) and the datacenter region it runs in. A namespace holds packages, functions and
 * triggers; its functions are deployed with {@code doctl serverless deploy} from a {@code
 * project.yml} ({@link FunctionsProject} writes one).
 *
 * <pre>{@code
 * FunctionNamespaceSpec jobs = FunctionNamespaceSpec.builder().label("billing-jobs").region("fra1").build();
 * }</pre>
 *
 * <p>Immutable. Sent as the body of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#tag/Functions/operation/functions_create_namespace">functions_create_namespace</a>.
 */
public final class FunctionNamespaceSpec {
  /** The regions offering Functions. */
  public static final Set<String> REGIONS =
      Set.of("ams3", "blr1", "fra1", "lon1", "nyc1", "sfo3", "sgp1", "syd1", "tor1");

  /** The longest label: {@value} characters. */
  public static final int MAX_LABEL_LENGTH = 64;

  private final String label;
  private final String region;

  private FunctionNamespaceSpec(Builder builder) {
    this.label = builder.label;
    this.region = builder.region;
  }

  /** Starts a spec; label and region are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    return new Builder().label(label).region(region);
  }

  /** The label, e.g. {@code billing-jobs}: the namespace's unique name. */
  public String label() {
    return label;
  }

  /** The region slug, e.g. {@code fra1}. */
  public String region() {
    return region;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionNamespaceSpec other
        && label.equals(other.label)
        && region.equals(other.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, region);
  }

  @Override
  public String toString() {
    return "FunctionNamespaceSpec[label=" + label + ", region=" + region + "]";
  }

  /** Builder for {@link FunctionNamespaceSpec}; {@link #validate()} reports every problem. */
  public static final class Builder {
    private String label = "";
    private String region = "";

    private Builder() {}

    /**
     * Sets the label: 1 to {@value #MAX_LABEL_LENGTH} characters, letters, digits, spaces, {@code
     * -} and {@code _}. Required; unique in the account.
     */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /** Sets the region slug ({@link #REGIONS}). Required. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** Checks the spec (SW-INPUT-001 only: a namespace has no insecure option). */
    public Validation<Seq<Violation>, FunctionNamespaceSpec> validate() {
      Checks checks =
          Checks.on(
              FunctionNamespaceService.KIND + "/" + (label.isBlank() ? "(unlabelled)" : label));
      if (label.isBlank()) {
        checks.invalid("label", "a namespace needs a label, e.g. label(\"billing-jobs\")");
      } else if (label.length() > MAX_LABEL_LENGTH || !label.matches("[A-Za-z0-9 _-]+")) {
        checks.invalid(
            "label", "must be 1 to " + MAX_LABEL_LENGTH + " letters, digits, spaces, - and _");
      }
      if (RegionSlug.check(checks, "region", region) && !REGIONS.contains(region)) {
        checks.invalid("region", "Functions runs in " + new TreeSet<>(REGIONS));
      }
      return checks.result(() -> new FunctionNamespaceSpec(this));
    }

    /**
     * Builds the spec.
     *
     * @throws InvalidSpecException listing every problem
     */
    public FunctionNamespaceSpec build() {
      Validation<Seq<Violation>, FunctionNamespaceSpec> result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
