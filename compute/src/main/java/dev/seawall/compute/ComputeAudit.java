package dev.seawall.compute;

import dev.seawall.compute.droplet.DropletAuditor;
import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import java.util.List;
import java.util.Set;

/**
 * The account audit of the compute module: droplets, against SW-DR-002 (outside an explicit VPC,
 * the regions' default VPCs included) and SW-DR-003 (covered by no Cloud Firewall). Lists with
 * {@code droplets_list} (scope {@code droplet:read}) and sends nothing else.
 *
 * <p>It needs {@link AuditFact#DEFAULT_VPC_IDS} and the firewalls' coverage ({@link
 * AuditFact#FIREWALL_DROPLET_IDS}, {@link AuditFact#FIREWALL_TAGS}), which the networking module's
 * source publishes; without that source on the class path SW-DR-003 is not checked (and the audit
 * result says so). SSH keys are not listed: no rule applies to them, and SW-DR-001 and SW-DR-004
 * cannot be seen from the API (it returns neither a droplet's keys nor its user data). Registered
 * in {@code META-INF/services/dev.seawall.core.audit.AuditSource}.
 */
public final class ComputeAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public ComputeAudit() {}

  @Override
  public String area() {
    return "compute";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(ComputeOperations.DROPLETS_LIST);
  }

  @Override
  public Set<AuditFact> needs() {
    return Set.of(
        AuditFact.DEFAULT_VPC_IDS, AuditFact.FIREWALL_DROPLET_IDS, AuditFact.FIREWALL_TAGS);
  }

  @Override
  public void audit(AuditContext context) {
    DropletAuditor.Builder auditing =
        DropletAuditor.builder().defaultVpcUuids(context.fact(AuditFact.DEFAULT_VPC_IDS));
    if (context.knows(AuditFact.FIREWALL_TAGS) && context.knows(AuditFact.FIREWALL_DROPLET_IDS)) {
      auditing.firewallCoverage(
          context.fact(AuditFact.FIREWALL_DROPLET_IDS).stream()
              .filter(id -> id.matches("\\d+"))
              .map(Long::valueOf)
              .toList(),
          context.fact(AuditFact.FIREWALL_TAGS));
    } else {
      context.skip(
          "droplet firewall coverage",
          "SW-DR-003 not checked: no audit source lists Cloud Firewalls (add seawall-networking)");
    }
    DropletAuditor auditor = auditing.build();
    context.each(
        "droplet",
        Compute.droplets(context.client()).listAll(),
        droplet ->
            context.report(
                new AuditedResource("droplet", droplet.name(), String.valueOf(droplet.id())),
                auditor.audit(droplet)));
  }
}
