package dev.seawall.kubernetes;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the kubernetes module (DOKS clusters and the load balancers their Service
 * manifests ask for). {@code KubernetesClusterSpec} refuses what they describe (opt-outs take a
 * {@code Justification}), {@code KubernetesClusterAuditor} flags it on existing clusters and {@code
 * ServiceManifestAuditor} on Service manifests. Ids are stable. {@link KubernetesCatalog} registers
 * them in the {@link dev.seawall.core.policy.Catalog}.
 */
public final class KubernetesRules {
  private KubernetesRules() {}

  private static final String CONVERGE =
      " with Kubernetes.clusters(client).apply(spec) (an update in place, kubernetes_update_cluster).";

  /** SW-K8S-001: Cluster without automatic patch upgrades. */
  public static final Rule SW_K8S_001 =
      new Rule(
              "SW-K8S-001",
              "KubernetesAutoUpgradeDisabled",
              Severity.ERROR,
              "Kubernetes cluster without automatic patch upgrades",
              "Without auto_upgrade a cluster keeps running Kubernetes patch releases with known"
                  + " vulnerabilities until someone upgrades it by hand.",
              "Keep the default autoUpgrade; if needed use disableAutoUpgrade(Justification).",
              List.of("DIG-0008"))
          .withAuditRemediation("Turn auto_upgrade on" + CONVERGE);

  /** SW-K8S-002: Cluster without surge upgrades. */
  public static final Rule SW_K8S_002 =
      new Rule(
              "SW-K8S-002",
              "KubernetesSurgeUpgradeDisabled",
              Severity.ERROR,
              "Kubernetes cluster without surge upgrades",
              "Without surge_upgrade nodes are replaced one by one during an upgrade, so workloads"
                  + " lose capacity and upgrades get postponed.",
              "Keep the default surgeUpgrade; if needed use disableSurgeUpgrade(Justification).",
              List.of("DIG-0005"))
          .withAuditRemediation("Turn surge_upgrade on" + CONVERGE);

  /** SW-K8S-003: Cluster outside an explicit VPC. */
  public static final Rule SW_K8S_003 =
      new Rule(
              "SW-K8S-003",
              "KubernetesClusterOutsideVpc",
              Severity.ERROR,
              "Kubernetes cluster outside an explicit VPC",
              "Worker nodes in a region's default VPC share a network with every resource created"
                  + " there without a VPC.",
              "Set vpcUuid (or place the cluster's resource in a VPC of the stack); if needed use"
                  + " inDefaultVpc(Justification).",
              List.of())
          .withAuditRemediation(
              "A cluster's VPC is fixed at creation: create a replacement under another name with"
                  + " vpcUuid set to the workload's VPC through Kubernetes.clusters(client).apply(spec),"
                  + " move the workloads, then delete the old cluster with"
                  + " Kubernetes.clusters(client).delete(id).");

  /** SW-K8S-004: Control plane without a firewall. */
  public static final Rule SW_K8S_004 =
      new Rule(
              "SW-K8S-004",
              "KubernetesControlPlaneFirewallDisabled",
              Severity.ERROR,
              "Kubernetes control plane without a firewall allow-list",
              "Without the control-plane firewall the Kubernetes API answers the whole internet, so"
                  + " every API server vulnerability and leaked token is exploitable from anywhere.",
              "Give the allow-list with controlPlaneAllowedAddresses(...); if needed use"
                  + " disableControlPlaneFirewall(Justification).",
              List.of())
          .withAuditRemediation(
              "Enable control_plane_firewall with the addresses of your operators and CI"
                  + CONVERGE);

  /** SW-K8S-005: Control plane firewall allowing an internet-wide range. */
  public static final Rule SW_K8S_005 =
      new Rule(
              "SW-K8S-005",
              "KubernetesControlPlaneOpenToInternet",
              Severity.ERROR,
              "Kubernetes control plane allow-list with an internet-wide range",
              "An allowed address such as 0.0.0.0/0 turns the control-plane firewall off.",
              "Allow the narrow ranges of operators and CI; if needed use"
                  + " allowInternetWideControlPlane(cidr, Justification).",
              List.of())
          .withAuditRemediation(
              "Replace the internet-wide entry of control_plane_firewall.allowed_addresses with the"
                  + " narrow ranges that need the API"
                  + CONVERGE);

  /** SW-K8S-006: Control plane without high availability. */
  public static final Rule SW_K8S_006 =
      new Rule(
              "SW-K8S-006",
              "KubernetesControlPlaneNotHighlyAvailable",
              Severity.ERROR,
              "Kubernetes control plane without high availability",
              "A single control-plane replica makes the API unavailable during failures and"
                  + " maintenance, which delays security responses such as revoking access.",
              "Keep the default ha; if needed use singleControlPlane(Justification).",
              List.of())
          .withAuditRemediation(
              "Turn ha on"
                  + CONVERGE
                  + " DigitalOcean cannot turn it off again, which is intended.");

  /** SW-K8S-007: Maintenance window on any day. */
  public static final Rule SW_K8S_007 =
      new Rule(
              "SW-K8S-007",
              "KubernetesMaintenanceAnyDay",
              Severity.ERROR,
              "Kubernetes maintenance window not fixed to a day",
              "With day 'any' automatic upgrades may start on any day, including business peaks,"
                  + " which pushes teams to turn them off.",
              "Keep the default window (sunday 03:00 UTC) or set maintenanceWindow(day, startTime);"
                  + " if needed use maintenanceOnAnyDay(startTime, Justification).",
              List.of())
          .withAuditRemediation(
              "Set maintenance_policy to a fixed low-traffic day and hour" + CONVERGE);

  /** SW-K8S-008: Container registry integration enabled. */
  public static final Rule SW_K8S_008 =
      new Rule(
              "SW-K8S-008",
              "KubernetesRegistryIntegration",
              Severity.ERROR,
              "Container registry credentials placed in the cluster",
              "Registry integration puts a read (or read-write) registry credential into every"
                  + " namespace of the cluster, readable by any workload with secret access.",
              "Leave registry integration off and give pull secrets only where needed; if needed use"
                  + " integrateRegistry(Justification).",
              List.of())
          .withAuditRemediation(
              "Remove the registry integration"
                  + CONVERGE
                  + " That sends kubernetes_remove_registry; give pull secrets to the namespaces that"
                  + " need them.");

  /** SW-K8S-009: Service load balancer without TLS. */
  public static final Rule SW_K8S_009 =
      new Rule(
          "SW-K8S-009",
          "KubernetesLoadBalancerWithoutTls",
          Severity.ERROR,
          "Kubernetes Service load balancer without TLS",
          "A DigitalOcean load balancer a Service asks for forwards plain HTTP unless its"
              + " annotations terminate TLS with a certificate (or pass TLS through) and"
              + " redirect HTTP to HTTPS.",
          "Annotate the Service with service.beta.kubernetes.io/do-loadbalancer-certificate-id"
              + " (or do-loadbalancer-tls-passthrough: \"true\") and"
              + " do-loadbalancer-redirect-http-to-https: \"true\"; if needed accept the finding"
              + " with a justification in the report.",
          List.of());
}
