package dev.seawall.networking;

import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;

/**
 * The DigitalOcean API operations of the networking module (VPCs, Cloud Firewalls, load balancers,
 * certificates, tags, domains and their records, reserved IPs and projects), with the token scopes
 * the official OpenAPI specification lists for each. Every service call of this module goes through
 * one of them. {@link NetworkingCatalog} registers them in the {@link
 * dev.seawall.core.policy.Catalog}; a contract test checks each against the specification.
 */
public final class NetworkingOperations {
  private NetworkingOperations() {}

  /** {@code GET /v2/firewalls} (firewalls_list); scopes: firewall:read. */
  public static final Operation FIREWALLS_LIST =
      Operation.of("firewalls_list", HttpMethod.GET, "/v2/firewalls", "firewall:read");

  /** {@code POST /v2/firewalls} (firewalls_create); scopes: firewall:create. */
  public static final Operation FIREWALLS_CREATE =
      Operation.of("firewalls_create", HttpMethod.POST, "/v2/firewalls", "firewall:create");

  /** {@code GET /v2/firewalls/{firewall_id}} (firewalls_get); scopes: firewall:read. */
  public static final Operation FIREWALLS_GET =
      Operation.of("firewalls_get", HttpMethod.GET, "/v2/firewalls/{firewall_id}", "firewall:read");

  /** {@code PUT /v2/firewalls/{firewall_id}} (firewalls_update); scopes: firewall:update. */
  public static final Operation FIREWALLS_UPDATE =
      Operation.of(
          "firewalls_update", HttpMethod.PUT, "/v2/firewalls/{firewall_id}", "firewall:update");

  /** {@code DELETE /v2/firewalls/{firewall_id}} (firewalls_delete); scopes: firewall:delete. */
  public static final Operation FIREWALLS_DELETE =
      Operation.of(
          "firewalls_delete", HttpMethod.DELETE, "/v2/firewalls/{firewall_id}", "firewall:delete");

  /**
   * {@code POST /v2/firewalls/{firewall_id}/droplets} (firewalls_assign_droplets); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_ASSIGN_DROPLETS =
      Operation.of(
          "firewalls_assign_droplets",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");

  /**
   * {@code DELETE /v2/firewalls/{firewall_id}/droplets} (firewalls_delete_droplets); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_DELETE_DROPLETS =
      Operation.of(
          "firewalls_delete_droplets",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/droplets",
          "firewall:update");

  /**
   * {@code POST /v2/firewalls/{firewall_id}/tags} (firewalls_add_tags); scopes: firewall:update.
   */
  public static final Operation FIREWALLS_ADD_TAGS =
      Operation.of(
          "firewalls_add_tags",
          HttpMethod.POST,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");

  /**
   * {@code DELETE /v2/firewalls/{firewall_id}/tags} (firewalls_delete_tags); scopes:
   * firewall:update.
   */
  public static final Operation FIREWALLS_DELETE_TAGS =
      Operation.of(
          "firewalls_delete_tags",
          HttpMethod.DELETE,
          "/v2/firewalls/{firewall_id}/tags",
          "firewall:update");

  /** {@code GET /v2/vpcs} (vpcs_list); scopes: vpc:read. */
  public static final Operation VPCS_LIST =
      Operation.of("vpcs_list", HttpMethod.GET, "/v2/vpcs", "vpc:read");

  /** {@code POST /v2/vpcs} (vpcs_create); scopes: vpc:create. */
  public static final Operation VPCS_CREATE =
      Operation.of("vpcs_create", HttpMethod.POST, "/v2/vpcs", "vpc:create");

  /** {@code GET /v2/vpcs/{vpc_id}} (vpcs_get); scopes: vpc:read. */
  public static final Operation VPCS_GET =
      Operation.of("vpcs_get", HttpMethod.GET, "/v2/vpcs/{vpc_id}", "vpc:read");

  /** {@code PUT /v2/vpcs/{vpc_id}} (vpcs_update); scopes: vpc:update. */
  public static final Operation VPCS_UPDATE =
      Operation.of("vpcs_update", HttpMethod.PUT, "/v2/vpcs/{vpc_id}", "vpc:update");

  /** {@code PATCH /v2/vpcs/{vpc_id}} (vpcs_patch); scopes: vpc:update. */
  public static final Operation VPCS_PATCH =
      Operation.of("vpcs_patch", HttpMethod.PATCH, "/v2/vpcs/{vpc_id}", "vpc:update");

  /** {@code DELETE /v2/vpcs/{vpc_id}} (vpcs_delete); scopes: vpc:delete. */
  public static final Operation VPCS_DELETE =
      Operation.of("vpcs_delete", HttpMethod.DELETE, "/v2/vpcs/{vpc_id}", "vpc:delete");

  /** {@code GET /v2/vpcs/{vpc_id}/members} (vpcs_list_members); scopes: vpc:read. */
  public static final Operation VPCS_LIST_MEMBERS =
      Operation.of("vpcs_list_members", HttpMethod.GET, "/v2/vpcs/{vpc_id}/members", "vpc:read");

  /** {@code GET /v2/load_balancers} (loadBalancers_list); scopes: load_balancer:read. */
  public static final Operation LOAD_BALANCERS_LIST =
      Operation.of(
          "loadBalancers_list", HttpMethod.GET, "/v2/load_balancers", "load_balancer:read");

  /** {@code POST /v2/load_balancers} (loadBalancers_create); scopes: load_balancer:create. */
  public static final Operation LOAD_BALANCERS_CREATE =
      Operation.of(
          "loadBalancers_create", HttpMethod.POST, "/v2/load_balancers", "load_balancer:create");

  /** {@code GET /v2/load_balancers/{lb_id}} (loadBalancers_get); scopes: load_balancer:read. */
  public static final Operation LOAD_BALANCERS_GET =
      Operation.of(
          "loadBalancers_get", HttpMethod.GET, "/v2/load_balancers/{lb_id}", "load_balancer:read");

  /**
   * {@code PUT /v2/load_balancers/{lb_id}} (loadBalancers_update); scopes: load_balancer:update.
   */
  public static final Operation LOAD_BALANCERS_UPDATE =
      Operation.of(
          "loadBalancers_update",
          HttpMethod.PUT,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:update");

  /**
   * {@code DELETE /v2/load_balancers/{lb_id}} (loadBalancers_delete); scopes: load_balancer:delete.
   */
  public static final Operation LOAD_BALANCERS_DELETE =
      Operation.of(
          "loadBalancers_delete",
          HttpMethod.DELETE,
          "/v2/load_balancers/{lb_id}",
          "load_balancer:delete");

  /** {@code GET /v2/certificates} (certificates_list); scopes: certificate:read. */
  public static final Operation CERTIFICATES_LIST =
      Operation.of("certificates_list", HttpMethod.GET, "/v2/certificates", "certificate:read");

  /** {@code POST /v2/certificates} (certificates_create); scopes: certificate:create. */
  public static final Operation CERTIFICATES_CREATE =
      Operation.of(
          "certificates_create", HttpMethod.POST, "/v2/certificates", "certificate:create");

  /** {@code GET /v2/certificates/{certificate_id}} (certificates_get); scopes: certificate:read. */
  public static final Operation CERTIFICATES_GET =
      Operation.of(
          "certificates_get",
          HttpMethod.GET,
          "/v2/certificates/{certificate_id}",
          "certificate:read");

  /**
   * {@code DELETE /v2/certificates/{certificate_id}} (certificates_delete); scopes:
   * certificate:delete.
   */
  public static final Operation CERTIFICATES_DELETE =
      Operation.of(
          "certificates_delete",
          HttpMethod.DELETE,
          "/v2/certificates/{certificate_id}",
          "certificate:delete");

  /** {@code POST /v2/tags} (tags_create); scopes: tag:create. */
  public static final Operation TAGS_CREATE =
      Operation.of("tags_create", HttpMethod.POST, "/v2/tags", "tag:create");

  /** {@code GET /v2/tags/{tag_id}} (tags_get); scopes: tag:read. */
  public static final Operation TAGS_GET =
      Operation.of("tags_get", HttpMethod.GET, "/v2/tags/{tag_id}", "tag:read");

  /** {@code GET /v2/tags} (tags_list); scopes: tag:read. */
  public static final Operation TAGS_LIST =
      Operation.of("tags_list", HttpMethod.GET, "/v2/tags", "tag:read");

  /** {@code DELETE /v2/tags/{tag_id}} (tags_delete); scopes: tag:delete. */
  public static final Operation TAGS_DELETE =
      Operation.of("tags_delete", HttpMethod.DELETE, "/v2/tags/{tag_id}", "tag:delete");

  /** {@code GET /v2/domains} (domains_list); scopes: domain:read. */
  public static final Operation DOMAINS_LIST =
      Operation.of("domains_list", HttpMethod.GET, "/v2/domains", "domain:read");

  /** {@code POST /v2/domains} (domains_create); scopes: domain:create. */
  public static final Operation DOMAINS_CREATE =
      Operation.of("domains_create", HttpMethod.POST, "/v2/domains", "domain:create");

  /** {@code DELETE /v2/domains/{domain_name}} (domains_delete); scopes: domain:delete. */
  public static final Operation DOMAINS_DELETE =
      Operation.of(
          "domains_delete", HttpMethod.DELETE, "/v2/domains/{domain_name}", "domain:delete");

  /** {@code GET /v2/domains/{domain_name}} (domains_get); scopes: domain:read. */
  public static final Operation DOMAINS_GET =
      Operation.of("domains_get", HttpMethod.GET, "/v2/domains/{domain_name}", "domain:read");

  /** {@code GET /v2/domains/{domain_name}/records} (domains_list_records); scopes: domain:read. */
  public static final Operation DOMAINS_LIST_RECORDS =
      Operation.of(
          "domains_list_records",
          HttpMethod.GET,
          "/v2/domains/{domain_name}/records",
          "domain:read");

  /**
   * {@code POST /v2/domains/{domain_name}/records} (domains_create_record); scopes: domain:update
   * (the specification also accepts domain:create).
   */
  public static final Operation DOMAINS_CREATE_RECORD =
      Operation.of(
          "domains_create_record",
          HttpMethod.POST,
          "/v2/domains/{domain_name}/records",
          "domain:update");

  /**
   * {@code DELETE /v2/domains/{domain_name}/records/{domain_record_id}} (domains_delete_record);
   * scopes: domain:update (the specification also accepts domain:delete).
   */
  public static final Operation DOMAINS_DELETE_RECORD =
      Operation.of(
          "domains_delete_record",
          HttpMethod.DELETE,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:update");

  /**
   * {@code GET /v2/domains/{domain_name}/records/{domain_record_id}} (domains_get_record); scopes:
   * domain:read.
   */
  public static final Operation DOMAINS_GET_RECORD =
      Operation.of(
          "domains_get_record",
          HttpMethod.GET,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:read");

  /**
   * {@code PUT /v2/domains/{domain_name}/records/{domain_record_id}} (domains_update_record);
   * scopes: domain:update.
   */
  public static final Operation DOMAINS_UPDATE_RECORD =
      Operation.of(
          "domains_update_record",
          HttpMethod.PUT,
          "/v2/domains/{domain_name}/records/{domain_record_id}",
          "domain:update");

  /** {@code GET /v2/projects} (projects_list); scopes: project:read. */
  public static final Operation PROJECTS_LIST =
      Operation.of("projects_list", HttpMethod.GET, "/v2/projects", "project:read");

  /** {@code POST /v2/projects} (projects_create); scopes: project:create. */
  public static final Operation PROJECTS_CREATE =
      Operation.of("projects_create", HttpMethod.POST, "/v2/projects", "project:create");

  /** {@code DELETE /v2/projects/{project_id}} (projects_delete); scopes: project:delete. */
  public static final Operation PROJECTS_DELETE =
      Operation.of(
          "projects_delete", HttpMethod.DELETE, "/v2/projects/{project_id}", "project:delete");

  /** {@code GET /v2/projects/{project_id}} (projects_get); scopes: project:read. */
  public static final Operation PROJECTS_GET =
      Operation.of("projects_get", HttpMethod.GET, "/v2/projects/{project_id}", "project:read");

  /** {@code PUT /v2/projects/{project_id}} (projects_update); scopes: project:update. */
  public static final Operation PROJECTS_UPDATE =
      Operation.of(
          "projects_update", HttpMethod.PUT, "/v2/projects/{project_id}", "project:update");

  /**
   * {@code GET /v2/projects/{project_id}/resources} (projects_list_resources); scopes:
   * project:read.
   */
  public static final Operation PROJECTS_LIST_RESOURCES =
      Operation.of(
          "projects_list_resources",
          HttpMethod.GET,
          "/v2/projects/{project_id}/resources",
          "project:read");

  /**
   * {@code POST /v2/projects/{project_id}/resources} (projects_assign_resources); scopes:
   * project:assign_resource.
   */
  public static final Operation PROJECTS_ASSIGN_RESOURCES =
      Operation.of(
          "projects_assign_resources",
          HttpMethod.POST,
          "/v2/projects/{project_id}/resources",
          "project:assign_resource");

  /** {@code GET /v2/reserved_ips} (reservedIPs_list); scopes: reserved_ip:read. */
  public static final Operation RESERVED_IPS_LIST =
      Operation.of("reservedIPs_list", HttpMethod.GET, "/v2/reserved_ips", "reserved_ip:read");

  /** {@code POST /v2/reserved_ips} (reservedIPs_create); scopes: reserved_ip:create. */
  public static final Operation RESERVED_IPS_CREATE =
      Operation.of("reservedIPs_create", HttpMethod.POST, "/v2/reserved_ips", "reserved_ip:create");

  /**
   * {@code DELETE /v2/reserved_ips/{reserved_ip}} (reservedIPs_delete); scopes: reserved_ip:delete.
   */
  public static final Operation RESERVED_IPS_DELETE =
      Operation.of(
          "reservedIPs_delete",
          HttpMethod.DELETE,
          "/v2/reserved_ips/{reserved_ip}",
          "reserved_ip:delete");

  /** {@code GET /v2/reserved_ips/{reserved_ip}} (reservedIPs_get); scopes: reserved_ip:read. */
  public static final Operation RESERVED_IPS_GET =
      Operation.of(
          "reservedIPs_get", HttpMethod.GET, "/v2/reserved_ips/{reserved_ip}", "reserved_ip:read");

  /**
   * {@code POST /v2/reserved_ips/{reserved_ip}/actions} (reservedIPsActions_post); scopes:
   * reserved_ip:update.
   */
  public static final Operation RESERVED_IPS_ACTIONS_POST =
      Operation.of(
          "reservedIPsActions_post",
          HttpMethod.POST,
          "/v2/reserved_ips/{reserved_ip}/actions",
          "reserved_ip:update");

  /**
   * {@code GET /v2/reserved_ips/{reserved_ip}/actions/{action_id}} (reservedIPsActions_get);
   * scopes: reserved_ip:read.
   */
  public static final Operation RESERVED_IPS_ACTIONS_GET =
      Operation.of(
          "reservedIPsActions_get",
          HttpMethod.GET,
          "/v2/reserved_ips/{reserved_ip}/actions/{action_id}",
          "reserved_ip:read");
}
