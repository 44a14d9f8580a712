/**
 * Terraform plans: {@link dev.seawall.cli.terraform.TerraformPlan} reads {@code terraform show
 * -json} output, {@link dev.seawall.cli.terraform.ProviderOperations} says which DigitalOcean API
 * operations the DigitalOcean provider sends for each resource type and action, and {@link
 * dev.seawall.cli.terraform.PlanScopes} turns a plan into the minimal token scopes.
 */
@NullMarked
package dev.seawall.cli.terraform;

import org.jspecify.annotations.NullMarked;
