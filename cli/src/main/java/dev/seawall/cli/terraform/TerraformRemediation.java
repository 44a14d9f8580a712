package dev.seawall.cli.terraform;

import dev.seawall.core.policy.Rule;
import java.util.Map;
import java.util.Optional;

/**
 * The remediation of a rule for a Terraform user: the attribute to change in the {@code .tf} file
 * (Terraform replaces what cannot change in place), rather than the Java builder opt-out or the
 * Seawall call that converges a live resource. Every rule {@link PlanAudit} can report has one;
 * others fall back to the rule's {@link Rule#auditRemediation()}.
 */
final class TerraformRemediation {
  private static final String VPC_REF =
      "a VPC of the workload (digitalocean_vpc.<name>.id), not the region's default";

  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry(
              "SW-DB-001",
              "Add a digitalocean_database_firewall for the cluster (cluster_id ="
                  + " digitalocean_database_cluster.<name>.id) with rule blocks of type tag,"
                  + " droplet, k8s, app or a narrow ip_addr."),
          Map.entry(
              "SW-DB-002",
              "Replace the internet-wide ip_addr rule of the digitalocean_database_firewall with"
                  + " tag, droplet, k8s or app rules, or a narrow CIDR."),
          Map.entry(
              "SW-DB-003",
              "Set private_network_uuid to " + VPC_REF + "; Terraform replaces the cluster."),
          Map.entry(
              "SW-DR-001",
              "Set ssh_keys to the ids or fingerprints of digitalocean_ssh_key resources; keys are"
                  + " set at creation only, so Terraform replaces the droplet."),
          Map.entry(
              "SW-DR-002", "Set vpc_uuid to " + VPC_REF + "; Terraform replaces the droplet."),
          Map.entry(
              "SW-DR-003",
              "Cover the droplet with a digitalocean_firewall: add one of the droplet's tags to the"
                  + " firewall's tags (or its id to droplet_ids). For a Kubernetes node pool, add"
                  + " a tag of the node_pool to the firewall's tags."),
          Map.entry(
              "SW-K8S-001",
              "Set auto_upgrade = true on the digitalocean_kubernetes_cluster (with a"
                  + " maintenance_policy block on a fixed day)."),
          Map.entry(
              "SW-K8S-002", "Set surge_upgrade = true on the digitalocean_kubernetes_cluster."),
          Map.entry(
              "SW-K8S-003",
              "Set vpc_uuid of the digitalocean_kubernetes_cluster to "
                  + VPC_REF
                  + "; Terraform replaces the cluster."),
          Map.entry(
              "SW-K8S-004",
              "Add a control_plane_firewall block { enabled = true, allowed_addresses = [the"
                  + " CIDRs of operators and CI] } to the digitalocean_kubernetes_cluster."),
          Map.entry(
              "SW-K8S-005",
              "Replace 0.0.0.0/0 and ::/0 in control_plane_firewall.allowed_addresses with the"
                  + " narrow CIDRs that need the Kubernetes API."),
          Map.entry(
              "SW-K8S-006",
              "Set ha = true on the digitalocean_kubernetes_cluster (DigitalOcean cannot turn it"
                  + " off again)."),
          Map.entry(
              "SW-K8S-007",
              "Set maintenance_policy { day = \"sunday\" (a fixed low-traffic day, not any),"
                  + " start_time = \"03:00\" } on the digitalocean_kubernetes_cluster."),
          Map.entry(
              "SW-K8S-008",
              "Set registry_integration = false on the digitalocean_kubernetes_cluster and give"
                  + " image pull secrets only to the namespaces that need them."),
          Map.entry(
              "SW-K8S-009",
              "Annotate the kubernetes_service with"
                  + " service.beta.kubernetes.io/do-loadbalancer-certificate-id (or"
                  + " do-loadbalancer-tls-passthrough = \"true\") and"
                  + " do-loadbalancer-redirect-http-to-https = \"true\"."),
          Map.entry(
              "SW-FW-001",
              "Replace 0.0.0.0/0 and ::/0 in the inbound_rule's source_addresses with the CIDRs"
                  + " that need access, or use source_tags, source_droplet_ids or"
                  + " source_load_balancer_uids."),
          Map.entry(
              "SW-FW-002",
              "Admit the admin or database port only from an admin CIDR, a VPN or source_tags in"
                  + " its inbound_rule; never from 0.0.0.0/0 or ::/0."),
          Map.entry(
              "SW-FW-003",
              "Replace the outbound_rule to 0.0.0.0/0 and ::/0 on all ports with rules naming the"
                  + " ports needed (53 udp and tcp for DNS, 443 tcp for HTTPS)."),
          Map.entry(
              "SW-FW-004",
              "Name the ports in the inbound_rule's port_range instead of all (or 1-65535)."),
          Map.entry(
              "SW-FW-005",
              "Set the firewall's tags (better) or droplet_ids to the droplets it protects."),
          Map.entry(
              "SW-LB-001",
              "Set redirect_http_to_https = true with a forwarding_rule on entry_port 443"
                  + " (entry_protocol https and certificate_name, or tls_passthrough), or remove"
                  + " the plain http forwarding_rule."),
          Map.entry(
              "SW-LB-002",
              "Add a forwarding_rule on entry_port 443 with entry_protocol https and"
                  + " certificate_name (or tls_passthrough = true), or set redirect_http_to_https ="
                  + " false."),
          Map.entry("SW-LB-003", "Set tls_cipher_policy = \"STRONG\"."),
          Map.entry(
              "SW-LB-004",
              "Set vpc_uuid to " + VPC_REF + "; Terraform replaces the load balancer."),
          Map.entry(
              "SW-SP-001",
              "Set acl = \"private\" on the bucket or object, and remove bucket policy statements"
                  + " that allow \"Principal\": \"*\" without a Condition."),
          Map.entry(
              "SW-SP-002", "Add versioning { enabled = true } to the digitalocean_spaces_bucket."),
          Map.entry(
              "SW-SP-005",
              "Replace \"*\" in the cors_rule's allowed_origins with the exact origins that need"
                  + " access."),
          Map.entry(
              "SW-SP-006",
              "Replace the fullaccess grant (or the grant with an empty bucket) of the"
                  + " digitalocean_spaces_key with read or readwrite grants naming buckets."),
          Map.entry(
              "SW-VOL-001",
              "Remove initial_filesystem_type from the digitalocean_volume so that it stays"
                  + " unformatted for LUKS (format it on the droplet with cryptsetup); Terraform"
                  + " replaces the volume."),
          Map.entry(
              "SW-VPC-001",
              "Set ip_range to a private RFC 1918 range between /16 and /28 that overlaps no other"
                  + " digitalocean_vpc; Terraform replaces the VPC."),
          Map.entry(
              "SW-VPC-002",
              "Keep default = false on workload VPCs and declare the region's default VPC"
                  + " (default-<region>) as its own digitalocean_vpc, created before them, so that"
                  + " no workload VPC is the first of its region."));

  private TerraformRemediation() {}

  /** The Terraform remediation of a rule, if it has one. */
  static Optional<String> of(String ruleId) {
    return Optional.ofNullable(HINTS.get(ruleId));
  }

  /** The remediation a scan report shows: the Terraform hint, else the audit remediation. */
  static String forRule(Rule rule) {
    return of(rule.id()).orElse(rule.auditRemediation());
  }
}
