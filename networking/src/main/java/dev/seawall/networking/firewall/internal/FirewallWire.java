package dev.seawall.networking.firewall.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.firewall.Firewall;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A firewall exactly as the API writes it; mapped to {@link Firewall} by {@link FirewallMapper}.
 */
public record FirewallWire(
    String id,
    String name,
    Firewall.Status status,
    @Json(name = "inbound_rules") List<RuleWire> inboundRules,
    @Json(name = "outbound_rules") List<RuleWire> outboundRules,
    @Json(name = "droplet_ids") List<Long> dropletIds,
    List<String> tags,
    @Json(name = "created_at") Optional<Instant> createdAt,
    @Json(name = "pending_changes") List<Firewall.PendingChange> pendingChanges) {

  /** One rule as written by the API; {@code ports} is {@code "0"} for all ports and for ICMP. */
  public record RuleWire(
      String protocol,
      String ports,
      Optional<TargetWire> sources,
      Optional<TargetWire> destinations) {}

  /** The sources or destinations of a rule. */
  public record TargetWire(
      List<String> addresses,
      @Json(name = "droplet_ids") List<Long> dropletIds,
      List<String> tags,
      @Json(name = "load_balancer_uids") List<String> loadBalancerUids,
      @Json(name = "kubernetes_ids") List<String> kubernetesIds) {}
}
