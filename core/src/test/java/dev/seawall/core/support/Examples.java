package dev.seawall.core.support;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.ConstantsCatalog;
import dev.seawall.core.policy.Rule;
import dev.seawall.core.policy.Severity;
import java.util.List;

/**
 * Operations and rules for core's own tests, shaped like some of the modules' (core cannot depend
 * on the modules). Registered as the catalog module {@code examples} through {@code
 * src/test/resources/META-INF/services}, so that core's tests see them in {@link
 * dev.seawall.core.policy.Catalog#installed()} as an application sees its modules'.
 */
public final class Examples extends ConstantsCatalog {
  public static final Operation DROPLETS_CREATE =
      Operation.of("droplets_create", HttpMethod.POST, "/v2/droplets", "droplet:create");
  public static final Operation DROPLETS_LIST =
      Operation.of("droplets_list", HttpMethod.GET, "/v2/droplets", "droplet:read");
  public static final Operation FIREWALLS_LIST =
      Operation.of("firewalls_list", HttpMethod.GET, "/v2/firewalls", "firewall:read");
  public static final Operation FIREWALLS_CREATE =
      Operation.of("firewalls_create", HttpMethod.POST, "/v2/firewalls", "firewall:create");
  public static final Operation FIREWALLS_GET =
      Operation.of("firewalls_get", HttpMethod.GET, "/v2/firewalls/{firewall_id}", "firewall:read");
  public static final Operation FIREWALLS_UPDATE =
      Operation.of(
          "firewalls_update", HttpMethod.PUT, "/v2/firewalls/{firewall_id}", "firewall:update");
  public static final Operation FIREWALLS_DELETE =
      Operation.of(
          "firewalls_delete", HttpMethod.DELETE, "/v2/firewalls/{firewall_id}", "firewall:delete");
  public static final Operation FIREWALLS_ASSIGN_DROPLETS =
      Operation.of(
          "firewalls_assign_droplets",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");
  public static final Operation VPCS_LIST =
      Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs", "vpc:read");
  public static final Operation VPCS_CREATE =
      Operation.of("vpcs_create", HttpMethod.POST, "/v2/vpcs", "vpc:create");

  public static final Rule SW_FW_001 =
      new Rule(
          "SW-FW-001",
          "InboundFromAnywhere",
          Severity.ERROR,
          "Inbound traffic from 0.0.0.0/0 or ::/0",
          "Internet-wide ingress exposes the service to every scanner on the internet.",
          "Restrict the sources; if the port must be public use allowPublicIngress(Justification).",
          List.of("CKV_DIO_4", "DIG-0001"));
  public static final Rule SW_FW_002 = rule("SW-FW-002", "Admin port open to the internet");
  public static final Rule SW_FW_003 = rule("SW-FW-003", "Outbound to anywhere on all ports");
  public static final Rule SW_FW_004 = rule("SW-FW-004", "All ports open inbound");
  public static final Rule SW_FW_005 =
      new Rule(
          "SW-FW-005",
          Severity.WARNING,
          "Firewall attached to no droplet or tag",
          "It protects nothing.",
          "Add a tag.",
          List.of());
  public static final Rule SW_DR_001 = rule("SW-DR-001", "Droplet without SSH keys");
  public static final Rule SW_DR_002 = rule("SW-DR-002", "Droplet outside an explicit VPC");
  public static final Rule SW_DR_003 = dev.seawall.core.policy.CoreRules.SW_DR_003;
  public static final Rule SW_DR_004 = rule("SW-DR-004", "user_data contains a secret");
  public static final Rule SW_LB_004 = rule("SW-LB-004", "Load balancer outside a VPC");
  public static final Rule SW_SP_001 = rule("SW-SP-001", "Bucket or object ACL public-read");
  public static final Rule SW_VPC_001 = rule("SW-VPC-001", "VPC ip_range not private");

  /** Called by {@link java.util.ServiceLoader}. */
  public Examples() {
    super("examples", Examples.class, Examples.class);
  }

  private static Rule rule(String id, String title) {
    return new Rule(id, Severity.ERROR, title, "Why: " + title + ".", "Avoid it.", List.of());
  }
}
