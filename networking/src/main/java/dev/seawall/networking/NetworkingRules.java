package dev.seawall.networking;

import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * The policy rules of the networking module (VPCs, Cloud Firewalls, load balancers, DNS domains,
 * reserved IPs and projects). The spec builders of this module refuse what they describe (opt-outs
 * take a {@code Justification}) and its auditors flag it on read models. Ids are stable. {@link
 * NetworkingCatalog} registers them in the {@link dev.seawall.core.policy.Catalog}.
 */
public final class NetworkingRules {
  private NetworkingRules() {}

  /** SW-FW-001: Inbound traffic from 0.0.0.0/0 or ::/0. */
  public static final Rule SW_FW_001 =
      new Rule(
              "SW-FW-001",
              "InboundFromAnywhere",
              Severity.ERROR,
              "Inbound traffic from 0.0.0.0/0 or ::/0",
              "Internet-wide ingress exposes the service to every scanner on the internet.",
              "Restrict sources to CIDRs, tags, droplets or load balancers; if the port must be public use FirewallSpec.Builder.allowPublicIngress(ports, Justification).",
              List.of("CKV_DIO_4", "DIG-0001"))
          .withAuditRemediation(
              "Replace the internet-wide sources (0.0.0.0/0, ::/0) of the inbound rule with CIDRs, tags, droplets or load balancers, then converge the firewall with Networking.firewalls(client).apply(spec).");

  /** SW-FW-002: Admin or database port open to the internet. */
  public static final Rule SW_FW_002 =
      new Rule(
              "SW-FW-002",
              "AdminPortOpenToInternet",
              Severity.ERROR,
              "Admin or database port open to the internet",
              "SSH, RDP and database ports (22, 3389, 3306, 5432, 6379, 27017, 9200, 2375-2376, 10250) reachable from anywhere are brute-forced and exploited within minutes.",
              "Admit these ports only from an admin CIDR, a VPN or a tag; if unavoidable use allowPublicAdminIngress(ports, Justification).",
              List.of())
          .withAuditRemediation(
              "Admit the admin or database port only from an admin CIDR, a VPN or a tag instead of the internet, then converge the firewall with Networking.firewalls(client).apply(spec).");

  /** SW-FW-003: Outbound to 0.0.0.0/0 or ::/0 on all ports. */
  public static final Rule SW_FW_003 =
      new Rule(
              "SW-FW-003",
              "UnrestrictedOutbound",
              Severity.ERROR,
              "Outbound to 0.0.0.0/0 or ::/0 on all ports",
              "Unrestricted egress lets a compromised host exfiltrate data and reach command-and-control servers.",
              "Use an outbound preset (dnsAndHttps, dnsHttpsNtp) or explicit rules; if needed use allowAllOutbound(Justification).",
              List.of("DIG-0003"))
          .withAuditRemediation(
              "Replace the outbound rule to anywhere on all ports with an outbound preset (OutboundPreset.DNS_AND_HTTPS) or rules for the ports needed, then converge the firewall with Networking.firewalls(client).apply(spec).");

  /** SW-FW-004: All ports open inbound from an address source. */
  public static final Rule SW_FW_004 =
      new Rule(
              "SW-FW-004",
              "AllPortsInbound",
              Severity.ERROR,
              "All ports open inbound from an address source",
              "Opening every port to an address range exposes every service on the host, including ones started later.",
              "Name the ports the service needs; if needed use allowAllPorts(source, Justification).",
              List.of())
          .withAuditRemediation(
              "Replace the all-ports inbound rule with rules for the ports the service needs, then converge the firewall with Networking.firewalls(client).apply(spec).");

  /** SW-FW-005: Firewall attached to no droplet or tag. */
  public static final Rule SW_FW_005 =
      new Rule(
              "SW-FW-005",
              "FirewallProtectsNothing",
              Severity.WARNING,
              "Firewall attached to no droplet or tag",
              "A firewall that applies to nothing protects nothing, and the droplets it was meant for are exposed.",
              "Add droplet ids or, better, a tag the droplets carry.",
              List.of())
          .withAuditRemediation(
              "Assign the firewall to a tag its droplets carry (or to droplet ids) and converge it with Networking.firewalls(client).apply(spec); if nothing needs it, delete it with Networking.firewalls(client).delete(id).");

  /** SW-LB-001: HTTP entry rule without redirect to HTTPS. */
  public static final Rule SW_LB_001 =
      new Rule(
              "SW-LB-001",
              "PlainHttpWithoutRedirect",
              Severity.ERROR,
              "HTTP entry rule without redirect to HTTPS",
              "Plain HTTP exposes credentials and cookies to anyone on the path.",
              "Terminate TLS on an https/http2/http3 rule and enable redirectHttpToHttps; if needed use allowPlainHttp(Justification).",
              List.of("DIG-0002"))
          .withAuditRemediation(
              "Terminate TLS on an https, http2 or http3 forwarding rule on port 443 and set redirectHttpToHttps, then converge the load balancer with Networking.loadBalancers(client).apply(spec).");

  /** SW-LB-002: Redirect to HTTPS without a 443 TLS rule. */
  public static final Rule SW_LB_002 =
      new Rule(
              "SW-LB-002",
              "HttpsRedirectWithoutTlsRule",
              Severity.ERROR,
              "Redirect to HTTPS without a 443 TLS rule",
              "A redirect to HTTPS with nothing listening on 443 breaks the service or invites a fallback to HTTP.",
              "Add a forwarding rule on entry port 443 with TLS termination or passthrough.",
              List.of())
          .withAuditRemediation(
              "Add a forwarding rule on entry port 443 with TLS termination or passthrough, then converge the load balancer with Networking.loadBalancers(client).apply(spec).");

  /** SW-LB-003: tls_cipher_policy other than STRONG. */
  public static final Rule SW_LB_003 =
      new Rule(
              "SW-LB-003",
              "WeakTlsCipherPolicy",
              Severity.ERROR,
              "tls_cipher_policy other than STRONG",
              "The DEFAULT cipher policy accepts older TLS versions and weak cipher suites.",
              "Keep tlsCipherPolicy STRONG; if old clients must be served use allowDefaultCipherPolicy(Justification).",
              List.of())
          .withAuditRemediation(
              "Set tlsCipherPolicy to STRONG (the LoadBalancerSpec default), then converge the load balancer with Networking.loadBalancers(client).apply(spec).");

  /** SW-LB-004: Load balancer outside a VPC. */
  public static final Rule SW_LB_004 =
      new Rule(
              "SW-LB-004",
              "LoadBalancerOutsideVpc",
              Severity.ERROR,
              "Load balancer outside a VPC",
              "A load balancer outside the workload's VPC forwards traffic over a shared network.",
              "Set vpcUuid; if needed use inDefaultVpc(Justification).",
              List.of())
          .withAuditRemediation(
              "A load balancer cannot change its VPC: create a replacement under another name with vpcUuid set to the workload's VPC through Networking.loadBalancers(client).apply(spec), move the traffic (DNS) to it, then delete the old one with Networking.loadBalancers(client).delete(id).");

  /** SW-VPC-001: VPC ip_range not RFC 1918, outside /16../28, or overlapping. */
  public static final Rule SW_VPC_001 =
      new Rule(
              "SW-VPC-001",
              "InvalidVpcIpRange",
              Severity.ERROR,
              "VPC ip_range not RFC 1918, outside /16../28, or overlapping",
              "Public or overlapping ranges break routing, peering and firewall reasoning.",
              "Choose a private RFC 1918 range between /16 and /28 that overlaps no other VPC of the plan.",
              List.of())
          .withAuditRemediation(
              "A VPC's range cannot be changed: create a VPC with a private RFC 1918 range between /16 and /28 that overlaps no other VPC of the account through Networking.vpcs(client).apply(spec), replace its droplets, load balancers and databases there, then delete the old VPC with Networking.vpcs(client).delete(id).");

  /** SW-VPC-002: A workload VPC is its region's default. */
  public static final Rule SW_VPC_002 =
      new Rule(
              "SW-VPC-002",
              "WorkloadVpcIsRegionDefault",
              Severity.WARNING,
              "A workload VPC is its region's default",
              "DigitalOcean makes the first VPC created in a region its default, and every droplet, load balancer or database created there without a VPC joins it: the workload's private network is then shared with whatever anyone creates next.",
              "VpcService.create creates the region's default VPC (default-<region>) first when the region has none; if this VPC must be the default use VpcSpec.Builder.allowRegionDefault(Justification).",
              List.of())
          .withAuditRemediation(
              "Create another VPC in the region and make it the default (vpcs_patch with default: true, or the control panel), so that resources created without a VPC no longer join this one; Networking.vpcs(client).apply(spec) creates new workload VPCs without becoming the default.");

  /** SW-DNS-001: Domain without a CAA record. */
  public static final Rule SW_DNS_001 =
      new Rule(
              "SW-DNS-001",
              "DomainWithoutCaa",
              Severity.ERROR,
              "Domain without a CAA record",
              "Without CAA every public certificate authority may issue certificates for the domain, so a certificate obtained through any CA's weakest validation is trusted by browsers.",
              "Keep the CAA records DomainSpec adds by default (issue for each of certificateAuthorities(...), letsencrypt.org unless set, and iodef(...) when given); if every CA must be allowed use withoutCaa(Justification).",
              List.of())
          .withAuditRemediation(
              "Add CAA issue records naming only the certificate authorities the domain uses (DomainSpec adds 0 issue \"letsencrypt.org\" by default), then converge the domain with Networking.domains(client).apply(spec); no other record changes.");

  /** SW-DNS-002: Mail-sending domain without SPF and an enforcing DMARC policy. */
  public static final Rule SW_DNS_002 =
      new Rule(
              "SW-DNS-002",
              "MailDomainWithoutDmarcEnforcement",
              Severity.ERROR,
              "Mail-sending domain without SPF and an enforcing DMARC policy",
              "Without an SPF record that ends in -all or ~all and a DMARC policy of quarantine or reject, anyone can send mail that appears to come from the domain and receivers deliver it.",
              "Declare the senders with DomainSpec.Builder.sendsMail(mechanisms...), which publishes SPF ending in -all and DMARC p=quarantine (dmarcPolicy(DmarcPolicy.REJECT) is stricter); to only monitor use allowDmarcMonitoringOnly(Justification).",
              List.of())
          .withAuditRemediation(
              "Publish one SPF record ending in -all (or ~all) and a _dmarc TXT record with p=quarantine or p=reject (DomainSpec.Builder.sendsMail(...) writes both), then converge the domain with Networking.domains(client).apply(spec).");

  /** SW-RIP-001: Reserved IP assigned to a droplet no firewall covers. */
  public static final Rule SW_RIP_001 =
      new Rule(
              "SW-RIP-001",
              "ReservedIpToUnprotectedDroplet",
              Severity.ERROR,
              "Reserved IP assigned to a droplet no firewall covers",
              "A reserved IP gives a droplet a stable, published public address; when no Cloud Firewall covers the droplet, every port it listens on is reachable at that address (the droplet's own SW-DR-003, made worse by the address being the one clients and scanners know).",
              "Cover the droplet with a Cloud Firewall (FirewallSpec.Builder.tags(...) naming a tag the droplet carries) before assigning the reserved IP to it.",
              List.of())
          .withAuditRemediation(
              "Attach a Cloud Firewall to a tag the droplet carries (or to its id) and converge it with Networking.firewalls(client).apply(spec); or unassign the reserved IP with Networking.reservedIps(client).unassign(ip) until the droplet is covered.");

  /** SW-PRJ-001: Resource outside any project of its own (in the default project). */
  public static final Rule SW_PRJ_001 =
      new Rule(
              "SW-PRJ-001",
              "ResourceOutsideProject",
              Severity.NOTE,
              "Resource outside any project (in the account's default project)",
              "DigitalOcean puts every resource created without a project into the default project; there nothing records which system, owner or environment it serves, so unowned and forgotten resources (and their exposure) go unnoticed.",
              "Name a project in the stack (Stack.Builder.project(ProjectResource)); every resource the stack holds is assigned to it.",
              List.of())
          .withAuditRemediation(
              "Assign the resource to the project of the system it belongs to with Networking.projects(client).assign(projectId, urns), or apply its stack with Stack.Builder.project(ProjectResource); delete it if nothing owns it.");
}
