package dev.seawall.networking;

import dev.seawall.core.DigitalOcean;
import dev.seawall.networking.certificate.CertificateService;
import dev.seawall.networking.domain.DomainService;
import dev.seawall.networking.firewall.FirewallService;
import dev.seawall.networking.loadbalancer.LoadBalancerService;
import dev.seawall.networking.project.ProjectService;
import dev.seawall.networking.reservedip.ReservedIpService;
import dev.seawall.networking.tag.TagService;
import dev.seawall.networking.vpc.VpcService;

/**
 * Entry point to the networking resources of a {@link DigitalOcean} client.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   Vpc vpc = Networking.vpcs(client).apply(vpcSpec).resource();
 *   Networking.tags(client).apply(TagSpec.of("web"));
 *   Firewall fw = Networking.firewalls(client).apply(firewallSpec).resource();
 *   Networking.certificates(client).apply(CertificateSpec.letsEncrypt("web-cert", names).build());
 *   LoadBalancer lb = Networking.loadBalancers(client).apply(loadBalancerSpec).resource();
 * }
 * }</pre>
 *
 * Services are cheap, stateless views of the client: create them whenever needed.
 */
public final class Networking {
  private Networking() {}

  /** VPC networks of the client's account. */
  public static VpcService vpcs(DigitalOcean client) {
    return new VpcService(client);
  }

  /** Cloud Firewalls of the client's account. */
  public static FirewallService firewalls(DigitalOcean client) {
    return new FirewallService(client);
  }

  /** Tags of the client's account (Cloud Firewalls may only name existing tags). */
  public static TagService tags(DigitalOcean client) {
    return new TagService(client);
  }

  /** Load balancers of the client's account. */
  public static LoadBalancerService loadBalancers(DigitalOcean client) {
    return new LoadBalancerService(client);
  }

  /** TLS certificates of the client's account, for load balancers. */
  public static CertificateService certificates(DigitalOcean client) {
    return new CertificateService(client);
  }

  /** DNS domains of the client's account and their records. */
  public static DomainService domains(DigitalOcean client) {
    return new DomainService(client);
  }

  /** Reserved IPs of the client's account, with their assign and unassign actions. */
  public static ReservedIpService reservedIps(DigitalOcean client) {
    return new ReservedIpService(client);
  }

  /** Projects of the client's account, with their resources. */
  public static ProjectService projects(DigitalOcean client) {
    return new ProjectService(client);
  }
}
