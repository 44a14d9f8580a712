package dev.seawall.cli.terraform;

import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.TokenScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The minimal custom token for applying a Terraform plan: the scopes of the operations the
 * DigitalOcean provider sends for each resource change ({@link ProviderOperations}), without the
 * legacy {@code api:read}/{@code api:write} ({@link Scopes#required}), plus what DigitalOcean's
 * token form requires alongside them ({@link TokenScopes}).
 *
 * @param token the scopes
 * @param spacesResources addresses of Spaces (S3) resources, which use a Spaces access key instead
 * @param unknownResources addresses of {@code digitalocean_*} resources Seawall does not know, for
 *     which no scope was computed (the token may need more)
 */
public record PlanScopes(
    TokenScopes token, List<String> spacesResources, List<String> unknownResources) {

  /** Copies the lists. */
  public PlanScopes {
    spacesResources = List.copyOf(spacesResources);
    unknownResources = List.copyOf(unknownResources);
  }

  /** Computes the scopes of a plan. Resources of other providers are ignored. */
  public static PlanScopes of(TerraformPlan plan) {
    List<Operation> operations = new ArrayList<>();
    List<String> spaces = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (TerraformPlan.ResourceChange change : plan.changes()) {
      if (!change.type().startsWith("digitalocean_")) {
        continue;
      }
      if (ProviderOperations.SPACES_S3_TYPES.contains(change.type())) {
        spaces.add(change.address());
        continue;
      }
      ProviderOperations.of(change.type())
          .ifPresentOrElse(
              known ->
                  operations.addAll(
                      known.forActions(change.actions(), !"data".equals(change.mode()))),
              () -> unknown.add(change.address()));
    }
    SortedSet<String> needed = new TreeSet<>(Scopes.required(operations));
    return new PlanScopes(TokenScopes.forNeeded(needed), spaces, unknown);
  }

  /** Whether every DigitalOcean resource of the plan was accounted for. */
  public boolean complete() {
    return unknownResources.isEmpty();
  }

  /** The report as lines of text. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(token.lines());
    if (!spacesResources.isEmpty()) {
      lines.add(
          "Spaces (S3 API, a Spaces access key, no token scope): "
              + String.join(", ", spacesResources));
    }
    if (!unknownResources.isEmpty()) {
      lines.add(
          "Not known to Seawall, scopes not computed (the token may need more): "
              + String.join(", ", unknownResources));
    }
    return List.copyOf(lines);
  }
}
