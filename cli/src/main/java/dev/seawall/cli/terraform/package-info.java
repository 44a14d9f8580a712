/**
 * Terraform plans and states ({@code terraform show -json} output).
 *
 * <p>Scopes: {@link dev.seawall.cli.terraform.TerraformPlan} reads a plan's {@code
 * resource_changes}, {@link dev.seawall.cli.terraform.ProviderOperations} says which DigitalOcean
 * API operations the DigitalOcean provider sends for each resource type and action, and {@link
 * dev.seawall.cli.terraform.PlanScopes} turns a plan into the minimal token scopes.
 *
 * <p>Scan: {@link dev.seawall.cli.terraform.TerraformScan} is the entry point. {@code
 * PlanResources} reads the managed resources ({@code planned_values} or a state's {@code values},
 * child modules included, with {@code after_unknown} and the configuration's references), {@code
 * PlanFacts} holds what resources know of each other (default VPCs, the VPC a reference names,
 * firewall coverage, database firewalls), one small mapper per area ({@code FirewallMapper}, {@code
 * DropletMapper}, {@code LoadBalancerMapper}, {@code SpacesMapper}, {@code DatabaseMapper}, {@code
 * VolumeMapper}, {@code VpcMapper}) turns values into the modules' read models, {@code PlanAudit}
 * runs the modules' auditors over them (no rule is implemented here), and {@code SourceIndex} finds
 * each resource's {@code resource "type" "name"} line and {@code # seawall:accept} comments under a
 * source directory.
 */
@NullMarked
package dev.seawall.cli.terraform;

import org.jspecify.annotations.NullMarked;
