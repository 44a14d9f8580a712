package dev.seawall.core.policy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Seawall rule catalog. Ids are stable; see {@code DESIGN.md} §1.
 *
 * <p>Besides the policy rules, the catalog holds {@link #SW_INPUT_001}, the rule under which spec
 * builders report malformed input (a blank name, a CIDR that does not parse, a port out of range)
 * so that such errors are reported together with the policy violations, all at once.
 */
public final class Rules {
  private Rules() {}

  /** SW-FW-001: Inbound traffic from 0.0.0.0/0 or ::/0. */
  public static final Rule SW_FW_001 =
      new Rule(
          "SW-FW-001",
          "InboundFromAnywhere",
          Severity.ERROR,
          "Inbound traffic from 0.0.0.0/0 or ::/0",
          "Internet-wide ingress exposes the service to every scanner on the internet.",
          "Restrict sources to CIDRs, tags, droplets or load balancers; if the port must be public use FirewallSpec.Builder.allowPublicIngress(ports, Justification).",
          List.of("CKV_DIO_4", "DIG-0001"));

  /** SW-FW-002: Admin or database port open to the internet. */
  public static final Rule SW_FW_002 =
      new Rule(
          "SW-FW-002",
          "AdminPortOpenToInternet",
          Severity.ERROR,
          "Admin or database port open to the internet",
          "SSH, RDP and database ports (22, 3389, 3306, 5432, 6379, 27017, 9200, 2375-2376, 10250) reachable from anywhere are brute-forced and exploited within minutes.",
          "Admit these ports only from an admin CIDR, a VPN or a tag; if unavoidable use allowPublicAdminIngress(ports, Justification).",
          List.of());

  /** SW-FW-003: Outbound to 0.0.0.0/0 or ::/0 on all ports. */
  public static final Rule SW_FW_003 =
      new Rule(
          "SW-FW-003",
          "UnrestrictedOutbound",
          Severity.ERROR,
          "Outbound to 0.0.0.0/0 or ::/0 on all ports",
          "Unrestricted egress lets a compromised host exfiltrate data and reach command-and-control servers.",
          "Use an outbound preset (dnsAndHttps, dnsHttpsNtp) or explicit rules; if needed use allowAllOutbound(Justification).",
          List.of("DIG-0003"));

  /** SW-FW-004: All ports open inbound from an address source. */
  public static final Rule SW_FW_004 =
      new Rule(
          "SW-FW-004",
          "AllPortsInbound",
          Severity.ERROR,
          "All ports open inbound from an address source",
          "Opening every port to an address range exposes every service on the host, including ones started later.",
          "Name the ports the service needs; if needed use allowAllPorts(source, Justification).",
          List.of());

  /** SW-FW-005: Firewall attached to no droplet or tag. */
  public static final Rule SW_FW_005 =
      new Rule(
          "SW-FW-005",
          "FirewallProtectsNothing",
          Severity.WARNING,
          "Firewall attached to no droplet or tag",
          "A firewall that applies to nothing protects nothing, and the droplets it was meant for are exposed.",
          "Add droplet ids or, better, a tag the droplets carry.",
          List.of());

  /** SW-DR-001: Droplet without SSH keys. */
  public static final Rule SW_DR_001 =
      new Rule(
          "SW-DR-001",
          "DropletWithoutSshKeys",
          Severity.ERROR,
          "Droplet without SSH keys",
          "Without SSH keys DigitalOcean e-mails a root password; password logins are brute-forced. There is no opt-out.",
          "Add at least one SSH key (fingerprint or id) to the droplet spec.",
          List.of("CKV_DIO_2", "DIG-0004"));

  /** SW-DR-002: Droplet outside an explicit VPC. */
  public static final Rule SW_DR_002 =
      new Rule(
          "SW-DR-002",
          "DropletOutsideVpc",
          Severity.ERROR,
          "Droplet outside an explicit VPC",
          "A droplet placed in the region's default VPC shares a private network with unrelated resources.",
          "Set vpcUuid to a VPC created for this workload; if needed use inDefaultVpc(Justification).",
          List.of());

  /** SW-DR-003: Droplet not covered by any firewall. */
  public static final Rule SW_DR_003 =
      new Rule(
          "SW-DR-003",
          "DropletWithoutFirewall",
          Severity.ERROR,
          "Droplet not covered by any firewall",
          "A droplet without a Cloud Firewall accepts traffic on every port it listens on.",
          "Attach a firewall to the droplet or to a tag the droplet carries.",
          List.of());

  /** SW-DR-004: user_data contains a secret. */
  public static final Rule SW_DR_004 =
      new Rule(
          "SW-DR-004",
          "SecretInUserData",
          Severity.ERROR,
          "user_data contains a secret",
          "Droplet user data is readable from the metadata service by every process on the droplet and is stored by DigitalOcean in clear text.",
          "Deliver secrets at runtime (a secrets manager, scp, or a key file) instead of user data.",
          List.of());

  /** SW-LB-001: HTTP entry rule without redirect to HTTPS. */
  public static final Rule SW_LB_001 =
      new Rule(
          "SW-LB-001",
          "PlainHttpWithoutRedirect",
          Severity.ERROR,
          "HTTP entry rule without redirect to HTTPS",
          "Plain HTTP exposes credentials and cookies to anyone on the path.",
          "Terminate TLS on an https/http2/http3 rule and enable redirectHttpToHttps; if needed use allowPlainHttp(Justification).",
          List.of("DIG-0002"));

  /** SW-LB-002: Redirect to HTTPS without a 443 TLS rule. */
  public static final Rule SW_LB_002 =
      new Rule(
          "SW-LB-002",
          "HttpsRedirectWithoutTlsRule",
          Severity.ERROR,
          "Redirect to HTTPS without a 443 TLS rule",
          "A redirect to HTTPS with nothing listening on 443 breaks the service or invites a fallback to HTTP.",
          "Add a forwarding rule on entry port 443 with TLS termination or passthrough.",
          List.of());

  /** SW-LB-003: tls_cipher_policy other than STRONG. */
  public static final Rule SW_LB_003 =
      new Rule(
          "SW-LB-003",
          "WeakTlsCipherPolicy",
          Severity.ERROR,
          "tls_cipher_policy other than STRONG",
          "The DEFAULT cipher policy accepts older TLS versions and weak cipher suites.",
          "Keep tlsCipherPolicy STRONG; if old clients must be served use allowDefaultCipherPolicy(Justification).",
          List.of());

  /** SW-LB-004: Load balancer outside a VPC. */
  public static final Rule SW_LB_004 =
      new Rule(
          "SW-LB-004",
          "LoadBalancerOutsideVpc",
          Severity.ERROR,
          "Load balancer outside a VPC",
          "A load balancer outside the workload's VPC forwards traffic over a shared network.",
          "Set vpcUuid; if needed use inDefaultVpc(Justification).",
          List.of());

  /** SW-VPC-001: VPC ip_range not RFC 1918, outside /16../28, or overlapping. */
  public static final Rule SW_VPC_001 =
      new Rule(
          "SW-VPC-001",
          "InvalidVpcIpRange",
          Severity.ERROR,
          "VPC ip_range not RFC 1918, outside /16../28, or overlapping",
          "Public or overlapping ranges break routing, peering and firewall reasoning.",
          "Choose a private RFC 1918 range between /16 and /28 that overlaps no other VPC of the plan.",
          List.of());

  /** SW-SP-001: Bucket or object ACL public-read. */
  public static final Rule SW_SP_001 =
      new Rule(
          "SW-SP-001",
          "PublicReadAcl",
          Severity.ERROR,
          "Bucket or object ACL public-read",
          "Public buckets are the most common cause of data leaks; anyone can list or download the content. public-read-write is never accepted.",
          "Keep ACLs private and share objects with short-lived presigned URLs; if needed use allowPublicRead(Justification).",
          List.of("CKV_DIO_3", "DIG-0006"));

  /** SW-SP-002: Bucket versioning off. */
  public static final Rule SW_SP_002 =
      new Rule(
          "SW-SP-002",
          "BucketVersioningDisabled",
          Severity.ERROR,
          "Bucket versioning off",
          "Without versioning an overwrite or a delete (by mistake or by ransomware) loses data for good.",
          "Keep versioning enabled; if needed use disableVersioning(Justification).",
          List.of("CKV_DIO_1", "DIG-0007"));

  /** SW-SP-003: Object written without SSE-C. */
  public static final Rule SW_SP_003 =
      new Rule(
          "SW-SP-003",
          "ObjectWithoutSseC",
          Severity.ERROR,
          "Object written without SSE-C",
          "Objects stored without customer-provided keys can be read by anyone who obtains the access key or the storage.",
          "Write objects with an SseCustomerKey; if needed use withoutSseC(Justification).",
          List.of());

  /** SW-SP-004: Presigned URL valid longer than 1 hour. */
  public static final Rule SW_SP_004 =
      new Rule(
          "SW-SP-004",
          "LongLivedPresignedUrl",
          Severity.ERROR,
          "Presigned URL valid longer than 1 hour",
          "A long-lived presigned URL is a bearer credential that leaks through logs, chats and browser history.",
          "Keep the default 15 minutes; up to 7 days needs allowLongLifetime(Justification); beyond 7 days is refused.",
          List.of());

  /** SW-SP-005: CORS rule with wildcard origin. */
  public static final Rule SW_SP_005 =
      new Rule(
          "SW-SP-005",
          "WildcardCorsOrigin",
          Severity.ERROR,
          "CORS rule with wildcard origin",
          "A wildcard origin lets any web site read responses with the user's credentials.",
          "List the exact origins that need access.",
          List.of());

  /** SW-SP-006: Spaces access key with fullaccess or an empty bucket grant. */
  public static final Rule SW_SP_006 =
      new Rule(
          "SW-SP-006",
          "UnscopedSpacesKey",
          Severity.ERROR,
          "Spaces access key with fullaccess or an empty bucket grant",
          "A key that can reach every bucket turns one leak into a leak of everything.",
          "Grant read or readwrite on named buckets; if needed use allowFullAccess(Justification).",
          List.of());

  /** SW-SP-007: Non-HTTPS Spaces endpoint. */
  public static final Rule SW_SP_007 =
      new Rule(
          "SW-SP-007",
          "PlainHttpSpacesEndpoint",
          Severity.ERROR,
          "Non-HTTPS Spaces endpoint",
          "Plain HTTP exposes signed requests, SSE-C keys and data in transit.",
          "Use https://<region>.digitaloceanspaces.com; plain http is accepted only for loopback test servers.",
          List.of());

  /** SW-VOL-001: Volume pre-formatted by the API while LUKS is wanted. */
  public static final Rule SW_VOL_001 =
      new Rule(
          "SW-VOL-001",
          "VolumeFormattedBeforeLuks",
          Severity.ERROR,
          "Volume pre-formatted by the API while LUKS is wanted",
          "filesystem_type formats the raw device, which a later luksFormat would have to destroy.",
          "Leave filesystemType unset and let LuksProvisioning create the filesystem inside LUKS.",
          List.of());

  /** SW-VOL-002: LUKS key material in user_data or metadata. */
  public static final Rule SW_VOL_002 =
      new Rule(
          "SW-VOL-002",
          "LuksKeyInUserData",
          Severity.ERROR,
          "LUKS key material in user_data or metadata",
          "User data is readable through the metadata service and stored in clear text; a key there protects nothing.",
          "Use a key file placed by the operator, standard input over SSH, or an HTTPS key URL; if needed use embedKeyInUserData(Justification).",
          List.of());

  /** SW-VOL-003: Mount without nodev,nosuid. */
  public static final Rule SW_VOL_003 =
      new Rule(
          "SW-VOL-003",
          "MountWithoutNodevNosuid",
          Severity.ERROR,
          "Mount without nodev,nosuid",
          "Device files and set-uid binaries on a data volume allow privilege escalation.",
          "Keep the default mount options nodev,nosuid; if needed use allowDevAndSuid(Justification).",
          List.of());

  /** SW-DB-001: Database without trusted sources. */
  public static final Rule SW_DB_001 =
      new Rule(
          "SW-DB-001",
          "DatabaseWithoutTrustedSources",
          Severity.ERROR,
          "Database without trusted sources",
          "A cluster without trusted sources accepts connections from the whole internet.",
          "Add at least one trusted source (droplet, tag, Kubernetes cluster, app or CIDR) in the create request.",
          List.of("db-firewall-configured"));

  /** SW-DB-002: Trusted source is an internet-wide address range. */
  public static final Rule SW_DB_002 =
      new Rule(
          "SW-DB-002",
          "InternetWideTrustedSource",
          Severity.ERROR,
          "Trusted source is an internet-wide address range",
          "A trusted source such as 0.0.0.0/0 disables the database firewall.",
          "Trust specific droplets, tags or narrow CIDRs; if needed use allowWideRange(cidr, Justification).",
          List.of());

  /** SW-DB-003: Database outside an explicit VPC. */
  public static final Rule SW_DB_003 =
      new Rule(
          "SW-DB-003",
          "DatabaseOutsideVpc",
          Severity.ERROR,
          "Database outside an explicit VPC",
          "A cluster outside the workload's VPC is reached over a shared network.",
          "Set privateNetworkUuid; if needed use inDefaultVpc(Justification).",
          List.of());

  /** SW-DB-004: Connection settings that do not verify the server. */
  public static final Rule SW_DB_004 =
      new Rule(
          "SW-DB-004",
          "UnverifiedDatabaseConnection",
          Severity.ERROR,
          "Connection settings that do not verify the server",
          "Without verify-full and the cluster CA, a man in the middle can read every query and credential.",
          "Use ConnectionSettings with the cluster CA (verify-full); if needed use withoutVerification(Justification).",
          List.of());

  /** SW-DB-005: Database user with more than least privilege. */
  public static final Rule SW_DB_005 =
      new Rule(
          "SW-DB-005",
          Severity.ERROR,
          "Database user with more than least privilege",
          "Administrative ACLs, replication rights and legacy password hashing give a leaked"
              + " application credential far more reach than the application needs.",
          "Grant read-only or topic/index-scoped permissions and keep caching_sha2_password; if"
              + " needed use allowAdminPermissions, allowReplication or allowMysqlNativePassword"
              + " with a Justification.",
          List.of());

  /** SW-TOK-001: Token broader than the minimal scopes. */
  public static final Rule SW_TOK_001 =
      new Rule(
          "SW-TOK-001",
          "TokenBroaderThanNeeded",
          Severity.NOTE,
          "Token broader than the minimal scopes",
          "A full-access token turns a leak into account takeover; the API cannot introspect tokens, so Seawall prints the minimal set.",
          "Create a custom-scoped token with exactly the scopes the plan lists.",
          List.of());

  /**
   * SW-INPUT-001: Invalid input. Not a security policy: a value that is malformed or out of range
   * (blank name, unparsable CIDR, port outside 1..65535). Spec builders report it through {@link
   * Checks#invalid(String, String)} so that every problem of a spec is listed at once. There is no
   * opt-out.
   */
  public static final Rule SW_INPUT_001 =
      new Rule(
          "SW-INPUT-001",
          "InvalidInput",
          Severity.ERROR,
          "Invalid input",
          "A malformed or out-of-range value cannot be provisioned; the API would reject it or, worse, interpret it differently than intended.",
          "Correct the value named in the message.",
          List.of());

  private static final List<Rule> ALL =
      List.of(
          SW_FW_001,
          SW_FW_002,
          SW_FW_003,
          SW_FW_004,
          SW_FW_005,
          SW_DR_001,
          SW_DR_002,
          SW_DR_003,
          SW_DR_004,
          SW_LB_001,
          SW_LB_002,
          SW_LB_003,
          SW_LB_004,
          SW_VPC_001,
          SW_SP_001,
          SW_SP_002,
          SW_SP_003,
          SW_SP_004,
          SW_SP_005,
          SW_SP_006,
          SW_SP_007,
          SW_VOL_001,
          SW_VOL_002,
          SW_VOL_003,
          SW_DB_001,
          SW_DB_002,
          SW_DB_003,
          SW_DB_004,
          SW_DB_005,
          SW_TOK_001,
          SW_INPUT_001);

  private static final Map<String, Rule> BY_ID =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  /** Every rule, in catalog order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** Looks a rule up by id, e.g. {@code SW-FW-001}. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
