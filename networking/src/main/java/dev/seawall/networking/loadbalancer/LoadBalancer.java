package dev.seawall.networking.loadbalancer;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A load balancer as the API reports it (read model). Forwarding rules reference their certificate
 * by id ({@link ForwardingRule#certificateId()}); a load balancer read by {@code
 * LoadBalancerService.apply} or {@code observe} also carries each certificate's name, as a spec
 * does. Addresses of the load balancer firewall are {@link dev.seawall.core.net.Cidr}s.
 *
 * <p>A number the API did not report reads as 0 ({@code size_unit}, {@code
 * http_idle_timeout_seconds}) and text as empty ({@code region}, {@code vpc_uuid}, {@code size}); a
 * diff treats these, and enum values this version does not know ({@code UNKNOWN}), as unknown,
 * never as a change.
 *
 * <p>The response of <a
 * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/loadBalancers_get">loadBalancers_get</a>.
 *
 * @param id the load balancer's UUID
 * @param name the load balancer's name
 * @param region the region slug, e.g. {@code nyc3}
 * @param status {@code new} while it is provisioned, then {@code active} or {@code errored}
 * @param ip the public IPv4 address; empty while provisioning or for internal load balancers
 * @param ipv6 the public IPv6 address; empty unless dual-stack
 * @param sizeUnit the number of nodes, 1..100 (0 if the API did not report it)
 * @param size the legacy size slug ({@code lb-small}, ...) if reported; empty otherwise
 * @param vpcUuid the UUID of the VPC; empty if the load balancer is in none
 * @param forwardingRules the forwarding rules, in API order
 * @param healthCheck the health check, if reported
 * @param stickySessions the sticky sessions setting
 * @param redirectHttpToHttps whether HTTP on port 80 is redirected to HTTPS on port 443
 * @param tlsCipherPolicy the TLS cipher policy; the API's default is {@code DEFAULT}
 * @param enableProxyProtocol whether the PROXY protocol is used towards the droplets
 * @param enableBackendKeepalive whether HTTP keepalive connections to the droplets are kept
 * @param httpIdleTimeoutSeconds the HTTP idle timeout in seconds (0 if not reported)
 * @param disableLetsEncryptDnsRecords whether DNS records for Let's Encrypt are not created
 * @param firewall the load balancer's own allow/deny lists
 * @param network {@code EXTERNAL} (public addresses) or {@code INTERNAL}
 * @param networkStack {@code IPV4} or {@code DUALSTACK}
 * @param type {@code REGIONAL}, {@code REGIONAL_NETWORK} or {@code GLOBAL}
 * @param dropletIds the droplets behind the load balancer (for a tag, the droplets it matches now)
 * @param tag the tag whose droplets are behind the load balancer; empty if droplet ids are used
 * @param projectId the UUID of the project it belongs to; empty if not reported
 * @param createdAt when it was created, if reported
 */
public record LoadBalancer(
    String id,
    String name,
    String region,
    Status status,
    String ip,
    String ipv6,
    @Json(name = "size_unit") int sizeUnit,
    String size,
    @Json(name = "vpc_uuid") String vpcUuid,
    @Json(name = "forwarding_rules") List<ForwardingRule> forwardingRules,
    @Json(name = "health_check") Optional<HealthCheck> healthCheck,
    @Json(name = "sticky_sessions") StickySessions stickySessions,
    @Json(name = "redirect_http_to_https") boolean redirectHttpToHttps,
    @Json(name = "tls_cipher_policy") TlsCipherPolicy tlsCipherPolicy,
    @Json(name = "enable_proxy_protocol") boolean enableProxyProtocol,
    @Json(name = "enable_backend_keepalive") boolean enableBackendKeepalive,
    @Json(name = "http_idle_timeout_seconds") int httpIdleTimeoutSeconds,
    @Json(name = "disable_lets_encrypt_dns_records") boolean disableLetsEncryptDnsRecords,
    LoadBalancerFirewall firewall,
    LoadBalancerNetwork network,
    @Json(name = "network_stack") NetworkStack networkStack,
    Type type,
    @Json(name = "droplet_ids") List<Long> dropletIds,
    String tag,
    @Json(name = "project_id") String projectId,
    @Json(name = "created_at") Optional<Instant> createdAt) {

  /** Validates and copies the components. */
  public LoadBalancer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(ipv6, "ipv6");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(vpcUuid, "vpcUuid");
    forwardingRules = List.copyOf(forwardingRules);
    Objects.requireNonNull(healthCheck, "healthCheck");
    Objects.requireNonNull(stickySessions, "stickySessions");
    Objects.requireNonNull(tlsCipherPolicy, "tlsCipherPolicy");
    Objects.requireNonNull(firewall, "firewall");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(networkStack, "networkStack");
    Objects.requireNonNull(type, "type");
    dropletIds = List.copyOf(dropletIds);
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The ids of the certificates the forwarding rules use, without duplicates, in rule order. */
  public List<String> certificateIds() {
    return forwardingRules.stream()
        .map(ForwardingRule::certificateId)
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }

  /** This load balancer with other forwarding rules (the same rules with certificate names). */
  LoadBalancer withForwardingRules(List<ForwardingRule> rules) {
    return new LoadBalancer(
        id,
        name,
        region,
        status,
        ip,
        ipv6,
        sizeUnit,
        size,
        vpcUuid,
        rules,
        healthCheck,
        stickySessions,
        redirectHttpToHttps,
        tlsCipherPolicy,
        enableProxyProtocol,
        enableBackendKeepalive,
        httpIdleTimeoutSeconds,
        disableLetsEncryptDnsRecords,
        firewall,
        network,
        networkStack,
        type,
        dropletIds,
        tag,
        projectId,
        createdAt);
  }

  /** The load balancer's {@code status}. */
  public enum Status {
    /** Being provisioned. */
    @Json(name = "new")
    NEW,
    /** Serving traffic. */
    @Json(name = "active")
    ACTIVE,
    /** Provisioning or a change failed. */
    @Json(name = "errored")
    ERRORED,
    /** A status this version of Seawall does not know. */
    UNKNOWN
  }

  /** The kind of load balancer ({@code type}). Seawall specs create {@link #REGIONAL} ones. */
  public enum Type {
    /** A regional HTTP(S) load balancer (the API's default). */
    @Json(name = "REGIONAL")
    REGIONAL,
    /** A regional network (TCP/UDP) load balancer. */
    @Json(name = "REGIONAL_NETWORK")
    REGIONAL_NETWORK,
    /** A global load balancer. */
    @Json(name = "GLOBAL")
    GLOBAL,
    /** A type this version of Seawall does not know. */
    UNKNOWN
  }
}
