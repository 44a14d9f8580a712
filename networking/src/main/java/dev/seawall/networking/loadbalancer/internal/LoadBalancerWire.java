package dev.seawall.networking.loadbalancer.internal;

import com.squareup.moshi.Json;
import dev.seawall.networking.loadbalancer.EntryProtocol;
import dev.seawall.networking.loadbalancer.HealthCheckProtocol;
import dev.seawall.networking.loadbalancer.LoadBalancer;
import dev.seawall.networking.loadbalancer.LoadBalancerNetwork;
import dev.seawall.networking.loadbalancer.NetworkStack;
import dev.seawall.networking.loadbalancer.StickySessions;
import dev.seawall.networking.loadbalancer.TargetProtocol;
import dev.seawall.networking.loadbalancer.TlsCipherPolicy;
import java.util.List;
import java.util.Optional;

/**
 * A load balancer exactly as the API writes it ({@code load_balancer} schema); absent fields read
 * as empty, zero or {@code UNKNOWN}. Timestamps stay text and are parsed by the mapper.
 *
 * @param id the UUID
 * @param name the name
 * @param region the region object (only its slug is used)
 * @param status the status
 * @param ip the public IPv4 address
 * @param ipv6 the public IPv6 address
 * @param sizeUnit the number of nodes
 * @param size the legacy size slug
 * @param vpcUuid the VPC
 * @param forwardingRules the rules
 * @param healthCheck the health check
 * @param stickySessions the sticky sessions
 * @param redirectHttpToHttps the redirect flag
 * @param tlsCipherPolicy the cipher policy
 * @param enableProxyProtocol the PROXY protocol flag
 * @param enableBackendKeepalive the keepalive flag
 * @param httpIdleTimeoutSeconds the idle timeout
 * @param disableLetsEncryptDnsRecords the DNS records flag
 * @param firewall the allow/deny lists
 * @param network external or internal
 * @param networkStack IPv4 or dual stack
 * @param type regional, regional network or global
 * @param dropletIds the droplets
 * @param tag the tag
 * @param projectId the project
 * @param createdAt the creation time as written
 */
public record LoadBalancerWire(
    String id,
    String name,
    Optional<RegionWire> region,
    LoadBalancer.Status status,
    String ip,
    String ipv6,
    @Json(name = "size_unit") int sizeUnit,
    String size,
    @Json(name = "vpc_uuid") String vpcUuid,
    @Json(name = "forwarding_rules") List<RuleWire> forwardingRules,
    @Json(name = "health_check") Optional<HealthCheckWire> healthCheck,
    @Json(name = "sticky_sessions") Optional<StickyWire> stickySessions,
    @Json(name = "redirect_http_to_https") boolean redirectHttpToHttps,
    @Json(name = "tls_cipher_policy") String tlsCipherPolicy,
    @Json(name = "enable_proxy_protocol") boolean enableProxyProtocol,
    @Json(name = "enable_backend_keepalive") boolean enableBackendKeepalive,
    @Json(name = "http_idle_timeout_seconds") int httpIdleTimeoutSeconds,
    @Json(name = "disable_lets_encrypt_dns_records") boolean disableLetsEncryptDnsRecords,
    Optional<FirewallWire> firewall,
    String network,
    @Json(name = "network_stack") String networkStack,
    String type,
    @Json(name = "droplet_ids") List<Long> dropletIds,
    String tag,
    @Json(name = "project_id") String projectId,
    @Json(name = "created_at") String createdAt) {

  /** The cipher policy; none reported means the API's default, {@code DEFAULT}. */
  public TlsCipherPolicy cipherPolicy() {
    return switch (tlsCipherPolicy) {
      case "STRONG" -> TlsCipherPolicy.STRONG;
      case "DEFAULT", "" -> TlsCipherPolicy.DEFAULT;
      default -> TlsCipherPolicy.UNKNOWN;
    };
  }

  /** The network; none reported means the API's default, {@code EXTERNAL}. */
  public LoadBalancerNetwork networkValue() {
    return switch (network) {
      case "EXTERNAL", "" -> LoadBalancerNetwork.EXTERNAL;
      case "INTERNAL" -> LoadBalancerNetwork.INTERNAL;
      default -> LoadBalancerNetwork.UNKNOWN;
    };
  }

  /** The network stack; none reported means the API's default, {@code IPV4}. */
  public NetworkStack networkStackValue() {
    return switch (networkStack) {
      case "IPV4", "" -> NetworkStack.IPV4;
      case "DUALSTACK" -> NetworkStack.DUALSTACK;
      default -> NetworkStack.UNKNOWN;
    };
  }

  /** The type; none reported means the API's default, {@code REGIONAL}. */
  public LoadBalancer.Type typeValue() {
    return switch (type) {
      case "REGIONAL", "" -> LoadBalancer.Type.REGIONAL;
      case "REGIONAL_NETWORK" -> LoadBalancer.Type.REGIONAL_NETWORK;
      case "GLOBAL" -> LoadBalancer.Type.GLOBAL;
      default -> LoadBalancer.Type.UNKNOWN;
    };
  }

  /**
   * The region of a load balancer.
   *
   * @param slug e.g. {@code nyc3}
   */
  public record RegionWire(String slug) {}

  /**
   * One forwarding rule.
   *
   * @param entryProtocol the entry protocol
   * @param entryPort the entry port
   * @param targetProtocol the target protocol
   * @param targetPort the target port
   * @param certificateId the certificate's id, empty if none
   * @param tlsPassthrough whether TLS is passed through
   */
  public record RuleWire(
      @Json(name = "entry_protocol") EntryProtocol entryProtocol,
      @Json(name = "entry_port") int entryPort,
      @Json(name = "target_protocol") TargetProtocol targetProtocol,
      @Json(name = "target_port") int targetPort,
      @Json(name = "certificate_id") String certificateId,
      @Json(name = "tls_passthrough") boolean tlsPassthrough) {}

  /**
   * The health check.
   *
   * @param protocol the protocol
   * @param port the port
   * @param path the path
   * @param checkIntervalSeconds seconds between checks
   * @param responseTimeoutSeconds seconds to wait
   * @param unhealthyThreshold failures before removal
   * @param healthyThreshold successes before re-adding
   */
  public record HealthCheckWire(
      HealthCheckProtocol protocol,
      int port,
      String path,
      @Json(name = "check_interval_seconds") int checkIntervalSeconds,
      @Json(name = "response_timeout_seconds") int responseTimeoutSeconds,
      @Json(name = "unhealthy_threshold") int unhealthyThreshold,
      @Json(name = "healthy_threshold") int healthyThreshold) {}

  /**
   * Sticky sessions.
   *
   * @param type none or cookies
   * @param cookieName the cookie's name
   * @param cookieTtlSeconds the cookie's lifetime
   */
  public record StickyWire(
      StickySessions.Type type,
      @Json(name = "cookie_name") String cookieName,
      @Json(name = "cookie_ttl_seconds") int cookieTtlSeconds) {}

  /**
   * The load balancer firewall.
   *
   * @param allow entries such as {@code ip:1.2.3.4}
   * @param deny entries such as {@code cidr:2.3.0.0/16}
   */
  public record FirewallWire(List<String> allow, List<String> deny) {}
}
