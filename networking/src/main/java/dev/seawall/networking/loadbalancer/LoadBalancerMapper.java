package dev.seawall.networking.loadbalancer;

import dev.seawall.core.SeawallException;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.loadbalancer.internal.LoadBalancerWire;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts between the wire shape and the typed model of load balancers. */
final class LoadBalancerMapper {
  private LoadBalancerMapper() {}

  /**
   * The typed read model.
   *
   * @throws SeawallException if the load balancer's firewall holds an entry Seawall cannot read
   */
  static LoadBalancer toModel(LoadBalancerWire wire) {
    List<ForwardingRule> rules = new ArrayList<>();
    for (LoadBalancerWire.RuleWire rule : wire.forwardingRules()) {
      rules.add(
          ForwardingRule.observed(
              rule.entryProtocol(),
              rule.entryPort(),
              rule.targetProtocol(),
              rule.targetPort(),
              "",
              rule.certificateId(),
              rule.tlsPassthrough()));
    }
    Optional<HealthCheck> healthCheck =
        wire.healthCheck()
            .map(
                h ->
                    HealthCheck.read(
                        h.protocol(),
                        h.port(),
                        h.path(),
                        h.checkIntervalSeconds(),
                        h.responseTimeoutSeconds(),
                        h.unhealthyThreshold(),
                        h.healthyThreshold()));
    StickySessions sticky =
        wire.stickySessions()
            .filter(s -> s.type() != StickySessions.Type.UNKNOWN || !s.cookieName().isEmpty())
            .map(s -> StickySessions.read(s.type(), s.cookieName(), s.cookieTtlSeconds()))
            .orElse(StickySessions.none());
    LoadBalancerFirewall firewall =
        wire.firewall()
            .map(f -> LoadBalancerFirewall.of(entries(wire, f.allow()), entries(wire, f.deny())))
            .orElse(LoadBalancerFirewall.open());
    return new LoadBalancer(
        wire.id(),
        wire.name(),
        wire.region().map(LoadBalancerWire.RegionWire::slug).orElse(""),
        wire.status(),
        wire.ip(),
        wire.ipv6(),
        wire.sizeUnit(),
        wire.size(),
        wire.vpcUuid(),
        rules,
        healthCheck,
        sticky,
        wire.redirectHttpToHttps(),
        wire.cipherPolicy(),
        wire.enableProxyProtocol(),
        wire.enableBackendKeepalive(),
        wire.httpIdleTimeoutSeconds(),
        wire.disableLetsEncryptDnsRecords(),
        firewall,
        wire.networkValue(),
        wire.networkStackValue(),
        wire.typeValue(),
        wire.dropletIds(),
        wire.tag(),
        wire.projectId(),
        instant(wire.createdAt()));
  }

  /**
   * The JSON body of {@code loadBalancers_create} and {@code loadBalancers_update}: the full
   * representation, with certificates referenced by id.
   *
   * @param certificateIds the id of every certificate name the spec's rules use
   */
  static Map<String, Object> toBody(LoadBalancerSpec spec, Map<String, String> certificateIds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("region", spec.region());
    if (spec.size().isEmpty()) {
      body.put("size_unit", spec.sizeUnit());
    } else {
      body.put("size", spec.size());
    }
    if (!spec.vpcUuid().isEmpty()) {
      body.put("vpc_uuid", spec.vpcUuid());
    }
    List<Object> rules = new ArrayList<>();
    for (ForwardingRule rule : spec.forwardingRules()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("entry_protocol", rule.entryProtocol().wireValue());
      json.put("entry_port", rule.entryPort());
      json.put("target_protocol", rule.targetProtocol().wireValue());
      json.put("target_port", rule.targetPort());
      rule.certificateName()
          .ifPresent(
              name -> {
                String id = certificateIds.get(name);
                if (id == null) {
                  throw new IllegalStateException("certificate '" + name + "' was not resolved");
                }
                json.put("certificate_id", id);
              });
      json.put("tls_passthrough", rule.tlsPassthrough());
      rules.add(json);
    }
    body.put("forwarding_rules", rules);
    HealthCheck check = spec.healthCheck();
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("protocol", check.protocol().wireValue());
    health.put("port", check.port());
    check.path().ifPresent(path -> health.put("path", path));
    health.put("check_interval_seconds", check.checkIntervalSeconds());
    health.put("response_timeout_seconds", check.responseTimeoutSeconds());
    health.put("unhealthy_threshold", check.unhealthyThreshold());
    health.put("healthy_threshold", check.healthyThreshold());
    body.put("health_check", health);
    Map<String, Object> sticky = new LinkedHashMap<>();
    StickySessions sessions = spec.stickySessions();
    sticky.put("type", sessions.type() == StickySessions.Type.COOKIES ? "cookies" : "none");
    sessions.cookieName().ifPresent(name -> sticky.put("cookie_name", name));
    if (sessions.type() == StickySessions.Type.COOKIES) {
      sticky.put("cookie_ttl_seconds", sessions.cookieTtlSeconds());
    }
    body.put("sticky_sessions", sticky);
    body.put("redirect_http_to_https", spec.redirectHttpToHttps());
    body.put("tls_cipher_policy", spec.tlsCipherPolicy().name());
    body.put("enable_proxy_protocol", spec.enableProxyProtocol());
    body.put("enable_backend_keepalive", spec.enableBackendKeepalive());
    body.put("http_idle_timeout_seconds", spec.httpIdleTimeoutSeconds());
    body.put("disable_lets_encrypt_dns_records", spec.disableLetsEncryptDnsRecords());
    Map<String, Object> firewall = new LinkedHashMap<>();
    firewall.put("allow", spec.firewall().allowEntries());
    firewall.put("deny", spec.firewall().denyEntries());
    body.put("firewall", firewall);
    body.put("network", spec.network().name());
    body.put("network_stack", spec.networkStack().name());
    if (spec.tag().isEmpty()) {
      body.put("droplet_ids", spec.dropletIds());
    } else {
      body.put("tag", spec.tag());
    }
    return body;
  }

  private static List<Cidr> entries(LoadBalancerWire wire, List<String> entries) {
    List<Cidr> out = new ArrayList<>();
    for (String entry : entries) {
      try {
        out.add(LoadBalancerFirewall.parseEntry(entry));
      } catch (IllegalArgumentException e) {
        throw new SeawallException(
            "Load balancer '"
                + wire.name()
                + "' ("
                + wire.id()
                + ") has a firewall entry Seawall cannot read ("
                + e.getMessage()
                + "); fix it in the DigitalOcean control panel or upgrade Seawall.");
      }
    }
    return out;
  }

  private static Optional<Instant> instant(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
