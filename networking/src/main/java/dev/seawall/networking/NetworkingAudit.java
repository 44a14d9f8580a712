package dev.seawall.networking;

import dev.seawall.core.Operation;
import dev.seawall.core.audit.AuditContext;
import dev.seawall.core.audit.AuditFact;
import dev.seawall.core.audit.AuditSource;
import dev.seawall.core.audit.AuditedResource;
import dev.seawall.core.policy.Violation;
import dev.seawall.networking.domain.DomainAuditor;
import dev.seawall.networking.domain.DomainService;
import dev.seawall.networking.firewall.FirewallAuditor;
import dev.seawall.networking.loadbalancer.LoadBalancerAuditor;
import dev.seawall.networking.project.ProjectAuditor;
import dev.seawall.networking.project.ProjectService;
import dev.seawall.networking.reservedip.ReservedIpAuditor;
import dev.seawall.networking.vpc.Vpc;
import dev.seawall.networking.vpc.VpcAuditor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The account audit of the networking module: VPCs (SW-VPC-001, overlaps included), Cloud Firewalls
 * (SW-FW-001..005), load balancers (SW-LB-001..004, a load balancer in a default VPC included) and
 * DNS domains with their records (SW-DNS-001, SW-DNS-002), reserved IPs (SW-RIP-001, after the
 * firewalls, whose coverage it needs) and projects (SW-PRJ-001: the resources of the default
 * project, outside any project of their own). Lists with {@code vpcs_list}, {@code firewalls_list},
 * {@code load_balancers_list}, {@code domains_list}, {@code domains_list_records} and {@code
 * reservedIPs_list} (scopes {@code vpc:read}, {@code firewall:read}, {@code load_balancer:read},
 * {@code domain:read}, {@code reserved_ip:read}, {@code project:read}) and sends nothing else.
 *
 * <p>It publishes {@link AuditFact#DEFAULT_VPC_IDS} (VPCs with {@code default: true}) and the
 * firewalls' coverage ({@link AuditFact#FIREWALL_DROPLET_IDS}, {@link AuditFact#FIREWALL_TAGS}),
 * which the droplet and database audits of other modules read. Registered in {@code
 * META-INF/services/dev.seawall.core.audit.AuditSource}; {@link dev.seawall.core.audit.Audit} finds
 * it on the class path.
 */
public final class NetworkingAudit implements AuditSource {

  /** Called by {@link java.util.ServiceLoader}. */
  public NetworkingAudit() {}

  @Override
  public String area() {
    return "networking";
  }

  @Override
  public List<Operation> readOperations() {
    return List.of(
        NetworkingOperations.VPCS_LIST,
        NetworkingOperations.FIREWALLS_LIST,
        NetworkingOperations.LOAD_BALANCERS_LIST,
        NetworkingOperations.DOMAINS_LIST,
        NetworkingOperations.DOMAINS_LIST_RECORDS,
        NetworkingOperations.RESERVED_IPS_LIST,
        NetworkingOperations.PROJECTS_LIST,
        NetworkingOperations.PROJECTS_LIST_RESOURCES);
  }

  @Override
  public Set<AuditFact> provides() {
    return Set.of(
        AuditFact.DEFAULT_VPC_IDS, AuditFact.FIREWALL_DROPLET_IDS, AuditFact.FIREWALL_TAGS);
  }

  @Override
  public void audit(AuditContext context) {
    Set<String> defaultVpcs = auditVpcs(context);
    auditFirewalls(context);
    auditLoadBalancers(context, defaultVpcs);
    auditDomains(context);
    auditReservedIps(context);
    auditProjects(context);
  }

  /**
   * VPCs are kept until the listing ends, because overlaps are a property of the whole set (an
   * account has few VPCs); each is reported once, with its range and overlap violations.
   */
  private static Set<String> auditVpcs(AuditContext context) {
    VpcAuditor auditor = new VpcAuditor();
    List<Vpc> vpcs = new ArrayList<>();
    context.each("vpc", Networking.vpcs(context.client()).listAll(), vpcs::add);
    List<Violation> overlaps = auditor.auditOverlaps(vpcs);
    Set<String> defaults = new LinkedHashSet<>();
    for (Vpc vpc : vpcs) {
      AuditedResource resource = new AuditedResource("vpc", vpc.name(), vpc.id());
      List<Violation> found =
          Stream.concat(
                  auditor.audit(vpc).stream(),
                  overlaps.stream().filter(v -> v.resource().equals(resource.label())))
              .toList();
      context.report(resource, found);
      if (vpc.isDefault()) {
        defaults.add(vpc.id());
      }
    }
    context.publish(AuditFact.DEFAULT_VPC_IDS, defaults);
    return defaults;
  }

  private static void auditFirewalls(AuditContext context) {
    FirewallAuditor auditor = new FirewallAuditor();
    context.publish(AuditFact.FIREWALL_DROPLET_IDS, List.of());
    context.publish(AuditFact.FIREWALL_TAGS, List.of());
    context.each(
        "firewall",
        Networking.firewalls(context.client()).listAll(),
        firewall -> {
          context.report(
              new AuditedResource("firewall", firewall.name(), firewall.id()),
              auditor.audit(firewall));
          context.publish(
              AuditFact.FIREWALL_DROPLET_IDS,
              firewall.dropletIds().stream().map(String::valueOf).toList());
          context.publish(AuditFact.FIREWALL_TAGS, firewall.tags());
        });
  }

  private static void auditLoadBalancers(AuditContext context, Set<String> defaultVpcs) {
    LoadBalancerAuditor auditor = LoadBalancerAuditor.withDefaultVpcs(defaultVpcs);
    context.each(
        "load_balancer",
        Networking.loadBalancers(context.client()).listAll(),
        lb ->
            context.report(
                new AuditedResource("load_balancer", lb.name(), lb.id()), auditor.audit(lb)));
  }

  /** Each domain with its records (one {@code domains_list_records} listing per domain). */
  private static void auditDomains(AuditContext context) {
    DomainAuditor auditor = new DomainAuditor();
    DomainService domains = Networking.domains(context.client());
    context.each(
        "domain",
        domains.listAll(),
        domain ->
            context.report(
                new AuditedResource("domain", domain.name(), domain.name()),
                auditor.audit(domain.withRecords(domains.listRecords(domain.name())))));
  }

  /**
   * Reserved IPs (SW-RIP-001), after the firewalls: the coverage they published (of this and any
   * other source) decides whether the droplet a reserved IP points at is protected.
   */
  private static void auditReservedIps(AuditContext context) {
    ReservedIpAuditor auditor =
        ReservedIpAuditor.withFirewallCoverage(
            context.fact(AuditFact.FIREWALL_DROPLET_IDS).stream()
                .filter(id -> id.matches("\\d+"))
                .map(Long::valueOf)
                .toList(),
            context.fact(AuditFact.FIREWALL_TAGS));
    context.each(
        "reserved_ip",
        Networking.reservedIps(context.client()).listAll(),
        ip ->
            context.report(
                new AuditedResource("reserved_ip", ip.ip(), ip.ip()), auditor.audit(ip)));
  }

  /**
   * Projects; the default project's resources are listed ({@code projects_list_resources}, once)
   * and each is a SW-PRJ-001 note: it is outside any project of its own.
   */
  private static void auditProjects(AuditContext context) {
    ProjectAuditor auditor = new ProjectAuditor();
    ProjectService projects = Networking.projects(context.client());
    context.each(
        "project",
        projects.listAll(),
        project ->
            context.report(
                new AuditedResource("project", project.name(), project.id()),
                project.isDefault()
                    ? auditor.audit(project, projects.listResources(project.id()))
                    : List.of()));
  }
}
