package dev.seawall.cli.terraform;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The part of {@code terraform show -json PLANFILE} output that says what a plan changes: its
 * {@code resource_changes}, each with the resource's address, type and actions ({@code no-op},
 * {@code create}, {@code read}, {@code update}, {@code delete}; a replacement is {@code
 * ["delete","create"]} or {@code ["create","delete"]}). See Terraform's documented JSON output
 * format.
 *
 * @param formatVersion {@code format_version}
 * @param resourceChanges {@code resource_changes}; empty for a state file
 */
public record TerraformPlan(
    @Json(name = "format_version") @Nullable String formatVersion,
    @Json(name = "resource_changes") @Nullable List<ResourceChange> resourceChanges) {
  private static final Moshi MOSHI = new Moshi.Builder().build();

  /** Copies the list; an absent one (a state file) reads as empty. */
  public TerraformPlan {
    resourceChanges = resourceChanges == null ? List.of() : List.copyOf(resourceChanges);
  }

  /** The changes, never null. */
  public List<ResourceChange> changes() {
    return resourceChanges == null ? List.of() : resourceChanges;
  }

  /**
   * One resource's change.
   *
   * @param address e.g. {@code digitalocean_firewall.web}
   * @param mode {@code managed} or {@code data}
   * @param type e.g. {@code digitalocean_firewall}
   * @param change what happens to it
   */
  public record ResourceChange(
      String address, @Nullable String mode, String type, @Nullable Change change) {
    /** The actions, {@code ["no-op"]} when absent. */
    public List<String> actions() {
      return change == null || change.actions() == null ? List.of("no-op") : change.actions();
    }
  }

  /**
   * The actions of one change.
   *
   * @param actions e.g. {@code ["create"]}
   */
  public record Change(@Nullable List<String> actions) {}

  /**
   * Reads {@code terraform show -json} output.
   *
   * @param json the JSON text
   * @return the plan
   * @throws IllegalArgumentException if it is not Terraform's JSON plan output (the message says
   *     why, never the content)
   */
  public static TerraformPlan parse(String json) {
    TerraformPlan plan;
    try {
      plan = MOSHI.adapter(TerraformPlan.class).fromJson(json);
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(
          "not the JSON output of 'terraform show -json PLANFILE': " + e.getMessage(), e);
    }
    return Optional.ofNullable(plan)
        .orElseThrow(() -> new IllegalArgumentException("the plan file is empty"));
  }
}
