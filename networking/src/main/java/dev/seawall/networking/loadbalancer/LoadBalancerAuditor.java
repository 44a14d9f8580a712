package dev.seawall.networking.loadbalancer;

import dev.seawall.core.policy.Auditor;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.Violation;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Audits existing load balancers against SW-LB-001..004, the rules {@link LoadBalancerSpec}
 * enforces before provisioning. An existing load balancer has no opt-outs, so every risky setting
 * is reported, on {@code load_balancer/<name>}, e.g. {@code
 * load_balancer/web-lb.forwardingRules[1]}. Stateless and thread-safe; reads only its argument and
 * never calls the API.
 *
 * <p>SW-LB-004 flags a load balancer without {@code vpc_uuid}. The API places every load balancer
 * in a VPC, the region's default one unless another is named; to flag those in a default VPC too,
 * give the default VPCs' ids:
 *
 * <pre>{@code
 * Set<String> defaults = Networking.vpcs(client).listAll()
 *     .filter(Vpc::isDefault).map(Vpc::id).collect(Collectors.toSet());
 * LoadBalancerAuditor auditor = LoadBalancerAuditor.withDefaultVpcs(defaults);
 * Networking.loadBalancers(client).listAll().forEach(lb -> report.addAll(auditor.audit(lb)));
 * }</pre>
 */
public final class LoadBalancerAuditor implements Auditor<LoadBalancer> {
  private final Set<String> defaultVpcIds;

  /** Creates an auditor that knows no default VPCs. */
  public LoadBalancerAuditor() {
    this(Set.of());
  }

  private LoadBalancerAuditor(Set<String> defaultVpcIds) {
    this.defaultVpcIds = defaultVpcIds;
  }

  /**
   * An auditor that also reports load balancers placed in one of these VPCs (the regions' default
   * VPCs) under SW-LB-004.
   *
   * @param defaultVpcIds the UUIDs of the default VPCs, e.g. from {@code VpcService.listAll()}
   */
  public static LoadBalancerAuditor withDefaultVpcs(Collection<String> defaultVpcIds) {
    return new LoadBalancerAuditor(Set.copyOf(Objects.requireNonNull(defaultVpcIds)));
  }

  /**
   * Audits one load balancer.
   *
   * @return every violation, in rule order (SW-LB-001 per forwarding rule, then 002, 003, 004);
   *     empty if the load balancer passes
   */
  @Override
  public List<Violation> audit(LoadBalancer loadBalancer) {
    Checks checks = Checks.on("load_balancer/" + loadBalancer.name());
    LoadBalancerPolicy.check(
        checks,
        loadBalancer.forwardingRules(),
        loadBalancer.redirectHttpToHttps(),
        loadBalancer.tlsCipherPolicy(),
        loadBalancer.vpcUuid(),
        defaultVpcIds,
        List.of());
    return checks.violations();
  }
}
