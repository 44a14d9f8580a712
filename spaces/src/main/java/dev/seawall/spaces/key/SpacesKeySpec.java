package dev.seawall.spaces.key;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.bucket.BucketNames;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A Spaces access key to create: a name and grants on named buckets ({@code read} or {@code
 * readwrite}). A key that reaches every bucket — {@code fullaccess}, or a grant with an empty
 * bucket name — is refused unless {@link Builder#allowFullAccess(Justification)} or {@link
 * Builder#addAccountWideGrant(SpacesKeyPermission, Justification)} is used (SW-SP-006). A key
 * without grants can reach nothing; it is accepted.
 */
public final class SpacesKeySpec {
  private final String name;
  private final List<SpacesKeyGrant> grants;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private SpacesKeySpec(Builder b) {
    this.name = b.name.strip();
    this.grants = List.copyOf(b.grants);
    this.acknowledgedRisks = List.copyOf(b.acknowledgedRisks);
  }

  /** A builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this spec's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.grants.addAll(grants);
    b.acknowledgedRisks.addAll(acknowledgedRisks);
    return b;
  }

  /** The key's display name. */
  public String name() {
    return name;
  }

  /** The grants, in the order added. */
  public List<SpacesKeyGrant> grants() {
    return grants;
  }

  /** Whether the key has {@code fullaccess} (through {@link Builder#allowFullAccess}). */
  public boolean isFullAccess() {
    return grants.stream().anyMatch(g -> g.permission() == SpacesKeyPermission.FULL_ACCESS);
  }

  /** The risks accepted through opt-outs. */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public String toString() {
    return "SpacesKeySpec[name=" + name + ", grants=" + grants + "]";
  }

  /** Builds a {@link SpacesKeySpec}; not thread-safe. */
  public static final class Builder {
    private String name = "";
    private final List<SpacesKeyGrant> grants = new ArrayList<>();
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * The display name (required), e.g. {@code invoices-uploader}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Replaces the grants.
     *
     * @param grants grants on named buckets
     * @return this builder
     */
    public Builder grants(List<SpacesKeyGrant> grants) {
      List<SpacesKeyGrant> copy = List.copyOf(grants);
      this.grants.clear();
      this.grants.addAll(copy);
      return this;
    }

    /**
     * Adds a grant.
     *
     * @param grant e.g. {@code SpacesKeyGrant.read("acme-invoices")}
     * @return this builder
     */
    public Builder addGrant(SpacesKeyGrant grant) {
      grants.add(Objects.requireNonNull(grant, "grant"));
      return this;
    }

    /**
     * Opt-out of SW-SP-006: the key gets {@code fullaccess}, every operation on every bucket of the
     * account (creating and deleting buckets included). Replaces the other grants (the API cannot
     * mix both).
     *
     * @param justification why one leaked key may expose every bucket
     * @return this builder
     */
    public Builder allowFullAccess(Justification justification) {
      Objects.requireNonNull(justification, "justification");
      grants.clear();
      grants.add(new SpacesKeyGrant("", SpacesKeyPermission.FULL_ACCESS));
      acknowledgedRisks.add(
          AcknowledgedRisk.of(SpacesRules.SW_SP_006, justification, "fullaccess on every bucket"));
      return this;
    }

    /**
     * Opt-out of SW-SP-006: a {@code read} or {@code readwrite} grant with an empty bucket name,
     * reaching every bucket of the account.
     *
     * @param permission {@link SpacesKeyPermission#READ} or {@link SpacesKeyPermission#READ_WRITE}
     * @param justification why one leaked key may expose every bucket
     * @return this builder
     */
    public Builder addAccountWideGrant(
        SpacesKeyPermission permission, Justification justification) {
      Objects.requireNonNull(justification, "justification");
      grants.add(new SpacesKeyGrant("", Objects.requireNonNull(permission, "permission")));
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              SpacesRules.SW_SP_006,
              justification,
              permission.name().toLowerCase(java.util.Locale.ROOT) + " on every bucket"));
      return this;
    }

    /**
     * Checks the spec and reports every problem at once.
     *
     * @return the spec, or every violation found
     */
    public Validation<Seq<Violation>, SpacesKeySpec> validate() {
      String trimmed = name.strip();
      Checks checks = Checks.on(SpacesKeyResource.KIND + "/" + (trimmed.isEmpty() ? "?" : trimmed));
      if (trimmed.isEmpty()) {
        checks.invalid("name", "is required, e.g. name(\"invoices-uploader\")");
      }
      Set<String> buckets = new HashSet<>();
      boolean fullAccess = false;
      for (int i = 0; i < grants.size(); i++) {
        SpacesKeyGrant grant = grants.get(i);
        Checks at = checks.at("grants[" + i + "]");
        switch (grant.permission()) {
          case FULL_ACCESS -> {
            fullAccess = true;
            at.refuseUnlessAcknowledged(
                SpacesRules.SW_SP_006,
                true,
                acknowledgedRisks,
                "fullaccess lets the key create, read and delete every bucket of the account;"
                    + " grant read or readwrite on named buckets instead",
                "allowFullAccess(Justification)");
          }
          case READ, READ_WRITE -> {
            if (grant.bucket().isEmpty()) {
              at.refuseUnlessAcknowledged(
                  SpacesRules.SW_SP_006,
                  true,
                  acknowledgedRisks,
                  "an empty bucket name grants "
                      + grant.permission().name().toLowerCase(java.util.Locale.ROOT)
                      + " on every bucket; name the bucket",
                  "addAccountWideGrant(permission, Justification)");
            } else {
              for (String problem : BucketNames.problems(grant.bucket())) {
                at.invalid("bucket", "bucket name " + problem);
              }
              if (!buckets.add(grant.bucket())) {
                at.invalid("bucket", "bucket " + grant.bucket() + " is granted twice");
              }
            }
          }
          case NONE, UNKNOWN ->
              at.invalid("permission", "must be read or readwrite (fullaccess through an opt-out)");
        }
      }
      if (fullAccess && grants.size() > 1) {
        checks.invalid(
            "grants", "fullaccess cannot be mixed with bucket grants (the API ignores the others)");
      }
      return checks.result(() -> new SpacesKeySpec(this));
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws InvalidSpecException listing every violation
     */
    public SpacesKeySpec build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
