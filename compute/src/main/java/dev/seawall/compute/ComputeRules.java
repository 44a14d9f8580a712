package dev.seawall.compute;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the compute module (droplets). The spec builders of this module refuse what
 * they describe (opt-outs take a {@code Justification}) and its auditors flag it on read models.
 * Ids are stable. {@link ComputeCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}.
 */
public final class ComputeRules {
  private ComputeRules() {}

  /** SW-DR-001: Droplet without SSH keys. */
  public static final Rule SW_DR_001 =
      new Rule(
              "SW-DR-001",
              "DropletWithoutSshKeys",
              Severity.ERROR,
              "Droplet without SSH keys",
              "Without SSH keys DigitalOcean e-mails a root password; password logins are brute-forced. There is no opt-out.",
              "Add at least one SSH key (fingerprint or id) to the droplet spec.",
              List.of("CKV_DIO_2", "DIG-0004"))
          .withAuditRemediation(
              "SSH keys are installed only when a droplet is created: create a replacement with at least one SSH key through Compute.droplets(client).apply(spec), move the traffic to it and delete the old droplet with Compute.droplets(client).delete(id); until then, add a key to root's authorized_keys on the droplet and turn off password logins (PasswordAuthentication no).");

  /** SW-DR-002: Droplet outside an explicit VPC. */
  public static final Rule SW_DR_002 =
      new Rule(
              "SW-DR-002",
              "DropletOutsideVpc",
              Severity.ERROR,
              "Droplet outside an explicit VPC",
              "A droplet placed in the region's default VPC shares a private network with unrelated resources.",
              "Set vpcUuid to a VPC created for this workload; if needed use inDefaultVpc(Justification).",
              List.of())
          .withAuditRemediation(
              "A droplet cannot change its VPC: create a replacement under another name with vpcUuid set to a VPC created for the workload through Compute.droplets(client).apply(spec) (its image may be a snapshot of this droplet), move the traffic to it, then delete the old one with Compute.droplets(client).delete(id).");

  /** SW-DR-004: user_data contains a secret. */
  public static final Rule SW_DR_004 =
      new Rule(
          "SW-DR-004",
          "SecretInUserData",
          Severity.ERROR,
          "user_data contains a secret",
          "Droplet user data is readable from the metadata service by every process on the droplet and is stored by DigitalOcean in clear text.",
          "Deliver secrets at runtime (a secrets manager, scp, or a key file) instead of user data.",
          List.of());
}
