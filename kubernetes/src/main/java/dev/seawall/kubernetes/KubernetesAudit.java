package dev.seawall.kubernetes;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.kubernetes.cluster.KubernetesClusterAuditor;
import dev.seawall.kubernetes.cluster.KubernetesClusterResource;
import java.util.List;
import java.util.Set;

/**
 * The account audit of the kubernetes module: each DOKS cluster against SW-K8S-001 to SW-K8S-008,
 * and SW-DR-003 for its node pools (their nodes are droplets) when the firewalls' coverage is
 * known. Lists with {@code kubernetes_list_clusters} (scope {@code kubernetes:read}), which reports
 * the node pools too, and sends nothing else: never credentials.
 *
 * <p>It needs {@link AuditFact#DEFAULT_VPC_IDS} and the firewalls' coverage ({@link
 * AuditFact#FIREWALL_TAGS}, {@link AuditFact#FIREWALL_DROPLET_IDS}), which the networking module's
 * source publishes; without it SW-DR-003 is not checked for node pools (the result says so).
 * Registered in {@code META-INF/services/dev.seawall.core.audit.AuditSource}.
 */
public final class KubernetesAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public KubernetesAudit() {}

  @Override
  public String area() {
    return "kubernetes";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(KubernetesOperations.KUBERNETES_LIST_CLUSTERS);
  }

  @Override
  public Set<AuditFact> needs() {
    return Set.of(
        AuditFact.DEFAULT_VPC_IDS, AuditFact.FIREWALL_TAGS, AuditFact.FIREWALL_DROPLET_IDS);
  }

  @Override
  public void audit(AuditContext context) {
    KubernetesClusterAuditor auditor =
        new KubernetesClusterAuditor().withDefaultVpcs(context.fact(AuditFact.DEFAULT_VPC_IDS));
    if (context.knows(AuditFact.FIREWALL_TAGS) && context.knows(AuditFact.FIREWALL_DROPLET_IDS)) {
      auditor =
          auditor.withFirewallCoverage(
              context.fact(AuditFact.FIREWALL_TAGS), context.fact(AuditFact.FIREWALL_DROPLET_IDS));
    } else {
      context.skip(
          "node pool firewall coverage",
          "SW-DR-003 not checked for node pools: no audit source lists Cloud Firewalls (add"
              + " seawall-networking)");
    }
    KubernetesClusterAuditor clusters = auditor;
    context.each(
        KubernetesClusterResource.KIND,
        Kubernetes.clusters(context.client()).listAll(),
        cluster ->
            context.report(
                new AuditedResource(KubernetesClusterResource.KIND, cluster.name(), cluster.id()),
                clusters.audit(cluster)));
  }
}
