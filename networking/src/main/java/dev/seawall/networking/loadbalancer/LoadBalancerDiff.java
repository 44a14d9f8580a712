package dev.seawall.networking.loadbalancer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What differs between a spec and an existing load balancer. Certificates are compared by name: the
 * existing rules' certificate ids are translated with the account's certificates, so a renewed
 * certificate (new id, same name) is no change. Forwarding rules, droplet ids and firewall entries
 * are compared as sets.
 *
 * @param changed the attributes an update would change, e.g. {@code forwardingRules}
 * @param conflicts attributes that differ but cannot change after creation, with both values
 */
record LoadBalancerDiff(List<String> changed, List<String> conflicts) {
  LoadBalancerDiff {
    changed = List.copyOf(changed);
    conflicts = List.copyOf(conflicts);
  }

  boolean isEmpty() {
    return changed.isEmpty() && conflicts.isEmpty();
  }

  /**
   * Compares.
   *
   * @param certificateNames the name of every certificate id known in the account
   */
  static LoadBalancerDiff between(
      LoadBalancerSpec spec, LoadBalancer lb, Map<String, String> certificateNames) {
    List<String> changed = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    if (!spec.region().equals(lb.region())) {
      conflicts.add("region (" + lb.region() + " -> " + spec.region() + ")");
    }
    if (!spec.vpcUuid().isEmpty() && !spec.vpcUuid().equals(lb.vpcUuid())) {
      conflicts.add("vpcUuid (" + lb.vpcUuid() + " -> " + spec.vpcUuid() + ")");
    }
    if (spec.network() != lb.network()) {
      conflicts.add("network (" + lb.network() + " -> " + spec.network() + ")");
    }
    if (spec.networkStack() != lb.networkStack()) {
      conflicts.add("networkStack (" + lb.networkStack() + " -> " + spec.networkStack() + ")");
    }
    if (lb.type() != LoadBalancer.Type.REGIONAL) {
      conflicts.add("type (" + lb.type() + " -> REGIONAL)");
    }
    if (!spec.name().equals(lb.name())) {
      changed.add("name");
    }
    if (spec.size().isEmpty() ? spec.sizeUnit() != lb.sizeUnit() : !spec.size().equals(lb.size())) {
      changed.add(spec.size().isEmpty() ? "sizeUnit" : "size");
    }
    if (!Set.copyOf(spec.forwardingRules()).equals(namedRules(lb, certificateNames))
        || spec.forwardingRules().size() != lb.forwardingRules().size()) {
      changed.add("forwardingRules");
    }
    if (!spec.healthCheck().equals(lb.healthCheck().orElse(HealthCheck.DEFAULT))) {
      changed.add("healthCheck");
    }
    if (!spec.stickySessions().equals(lb.stickySessions())) {
      changed.add("stickySessions");
    }
    if (spec.redirectHttpToHttps() != lb.redirectHttpToHttps()) {
      changed.add("redirectHttpToHttps");
    }
    if (spec.tlsCipherPolicy() != lb.tlsCipherPolicy()) {
      changed.add("tlsCipherPolicy");
    }
    if (spec.enableProxyProtocol() != lb.enableProxyProtocol()) {
      changed.add("enableProxyProtocol");
    }
    if (spec.enableBackendKeepalive() != lb.enableBackendKeepalive()) {
      changed.add("enableBackendKeepalive");
    }
    int idle =
        lb.httpIdleTimeoutSeconds() == 0
            ? LoadBalancerSpec.DEFAULT_HTTP_IDLE_TIMEOUT_SECONDS
            : lb.httpIdleTimeoutSeconds();
    if (spec.httpIdleTimeoutSeconds() != idle) {
      changed.add("httpIdleTimeoutSeconds");
    }
    if (spec.disableLetsEncryptDnsRecords() != lb.disableLetsEncryptDnsRecords()) {
      changed.add("disableLetsEncryptDnsRecords");
    }
    if (!spec.firewall().sameEntriesAs(lb.firewall())) {
      changed.add("firewall");
    }
    if (!spec.tag().isEmpty()) {
      if (!spec.tag().equals(lb.tag())) {
        changed.add("tag");
      }
    } else if (!lb.tag().isEmpty()
        || !new HashSet<>(spec.dropletIds()).equals(new HashSet<>(lb.dropletIds()))) {
      changed.add("dropletIds");
    }
    return new LoadBalancerDiff(changed, conflicts);
  }

  /**
   * The existing rules with certificates by name; an id that names no known certificate becomes a
   * name no spec can hold (names never contain control characters), so it always differs.
   */
  private static Set<ForwardingRule> namedRules(LoadBalancer lb, Map<String, String> names) {
    Set<ForwardingRule> out = new HashSet<>();
    for (ForwardingRule rule : lb.forwardingRules()) {
      String id = rule.certificateId().orElse("");
      out.add(id.isEmpty() ? rule : rule.withCertificateName(names.getOrDefault(id, "\0" + id)));
    }
    return out;
  }
}
