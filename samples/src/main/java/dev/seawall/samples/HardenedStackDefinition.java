package dev.seawall.samples;

import dev.seawall.apps.app.AppComponent;
import dev.seawall.apps.app.AppResource;
import dev.seawall.apps.app.AppSpec;
import dev.seawall.apps.app.EnvVar;
import dev.seawall.apps.app.ImageSource;
import dev.seawall.compute.droplet.DropletResource;
import dev.seawall.compute.droplet.DropletSpec;
import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.compute.sshkey.SshKeySpec;
import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.stack.Stack;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseClusterResource;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.tls.ClusterNetwork;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.kubernetes.cluster.KubernetesClusterResource;
import dev.seawall.kubernetes.cluster.KubernetesClusterSpec;
import dev.seawall.kubernetes.cluster.NodePoolSpec;
import dev.seawall.networking.certificate.CertificateResource;
import dev.seawall.networking.certificate.CertificateSpec;
import dev.seawall.networking.domain.DomainResource;
import dev.seawall.networking.domain.DomainSpec;
import dev.seawall.networking.firewall.FirewallCoverageRule;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.loadbalancer.ForwardingRule;
import dev.seawall.networking.loadbalancer.HealthCheck;
import dev.seawall.networking.loadbalancer.LoadBalancerResource;
import dev.seawall.networking.loadbalancer.LoadBalancerSpec;
import dev.seawall.networking.loadbalancer.TargetProtocol;
import dev.seawall.networking.project.ProjectEnvironment;
import dev.seawall.networking.project.ProjectResource;
import dev.seawall.networking.project.ProjectSpec;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.vpc.VpcOverlapRule;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.key.SpacesKeyResource;
import dev.seawall.spaces.key.SpacesKeySpec;
import dev.seawall.spaces.object.ObjectResource;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.volumes.luks.KeySource;
import dev.seawall.volumes.luks.LuksProvisioning;
import dev.seawall.volumes.volume.FilesystemType;
import dev.seawall.volumes.volume.VolumeResource;
import dev.seawall.volumes.volume.VolumeSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The resources of {@link HardenedStack}, every one at its secure default, and the stack that
 * orders them. Nothing here talks to the network: building the stack only validates specs.
 *
 * <p>The certificate's domain: in a rehearsal (embedded or {@code --api-url}) the stack creates the
 * zone of {@code --domain} ({@code example.com} for {@code www.example.com}) with its default CAA
 * record (only Let's Encrypt may issue), and the certificate is applied after it. With {@code
 * --live} the stack does not manage the zone (a {@code DomainSpec} holds every record of a domain,
 * so applying one to an existing zone would delete the records it does not list): the zone must
 * already be on DigitalOcean DNS, and the live plan refuses the certificate otherwise.
 *
 * <p>Order, and why: the tag first (Cloud Firewalls may only name existing tags), then the VPC, the
 * certificate and the SSH key; the load balancer (in the VPC, serving the tag's droplets); the
 * firewall (SSH from the admin range, HTTPS only from the load balancer, DNS and HTTPS outbound),
 * which needs the load balancer's id; only then the droplets, so they never run unprotected; the
 * volume attached to the first droplet; the database in the VPC, trusting only the tag (its trusted
 * source names the tag, so the stack applies the tag first without an explicit order); the bucket,
 * its object and the read-only key; last the project {@value #PROJECT}, to which every resource of
 * the stack with a URN (VPC, domain, load balancer, droplets, volume, database, bucket) is
 * assigned.
 */
final class HardenedStackDefinition {
  /** The content of the demo object. */
  static final byte[] OBJECT_CONTENT =
      "Hello from Seawall: this object is encrypted with a customer-provided key (SSE-C).\n"
          .getBytes(StandardCharsets.UTF_8);

  /** The key of the demo object. */
  static final String OBJECT_KEY = "hello/seawall.txt";

  /** The project every resource of the stack is assigned to. */
  static final String PROJECT = "seawall-demo";

  /** The least-privilege database user the application connects as. */
  static final String DATABASE_USER = "app";

  final Stack stack;
  final String webTag;
  final VpcResource vpc;
  final FirewallResource firewall;
  final LoadBalancerResource loadBalancer;
  final CertificateResource certificate;
  final @Nullable DomainResource domain;
  final List<DropletResource> droplets;
  final VolumeResource volume;
  final LuksProvisioning luks;
  final DatabaseClusterResource database;
  final BucketResource bucket;
  final ObjectResource object;
  final SpacesKeyResource spacesKey;
  final ProjectResource project;
  final @Nullable KubernetesClusterResource cluster;
  final @Nullable AppResource app;

  private HardenedStackDefinition(
      SampleEnvironment environment,
      SampleOptions options,
      SshPublicKey publicKey,
      SseCustomerKey objectKey,
      Path databaseDirectory) {
    DigitalOcean client = environment.client();
    Spaces spaces = environment.spaces();
    String prefix = options.prefix;
    String region = options.region;
    webTag = prefix + "-web";

    TagResource tag = TagResource.of(client, webTag);
    vpc =
        VpcResource.builder(
                client,
                prefix + "-vpc",
                VpcSpec.builder()
                    .region(region)
                    .ipRange("10.42.0.0/20")
                    .description("Seawall hardened stack"))
            .build();
    String certificateName = prefix + "-cert";
    CertificateResource.Builder certificateBuilder =
        CertificateResource.builder(
            client,
            certificateName,
            CertificateSpec.letsEncrypt(certificateName, List.of(options.domain)));
    if (options.mode == SampleOptions.Mode.LIVE) {
      domain = null;
    } else {
      domain = DomainResource.builder(client, zoneOf(options.domain), DomainSpec.builder()).build();
      certificateBuilder.domain(domain);
    }
    certificate = certificateBuilder.build();
    SshKeyResource sshKey =
        SshKeyResource.builder(client, prefix + "-admin", SshKeySpec.builder().publicKey(publicKey))
            .build();

    loadBalancer =
        LoadBalancerResource.builder(
                client,
                prefix + "-lb",
                LoadBalancerSpec.builder()
                    .region(region)
                    .tag(webTag)
                    // TLS terminated with the Let's Encrypt certificate and re-encrypted to the
                    // droplets, so the firewall admits only HTTPS, and only from the LB.
                    .addForwardingRule(
                        ForwardingRule.https(443, certificateName, TargetProtocol.HTTPS, 443))
                    .addForwardingRule(ForwardingRule.httpRedirect())
                    .redirectHttpToHttps(true)
                    .healthCheck(HealthCheck.https(443, "/healthz")))
            .vpc(vpc)
            .certificate(certificate)
            .build();

    firewall =
        FirewallResource.builder(
                client,
                prefix + "-web",
                FirewallSpec.builder()
                    .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses(options.adminCidr)))
                    .outbound(OutboundPreset.DNS_AND_HTTPS)
                    .tags(webTag))
            .allowFromLoadBalancer(443, loadBalancer)
            .build();

    String volumeName = prefix + "-data";
    luks =
        LuksProvisioning.builder()
            .volumeName(volumeName)
            .mountPoint("/srv/data")
            .filesystem(FilesystemType.EXT4)
            .keySource(KeySource.keyFile("/run/keys/" + volumeName + ".key"))
            .build();

    DropletResource web1 = droplet(client, prefix + "-web-1", options, sshKey, tag, luks);
    DropletResource web2 = droplet(client, prefix + "-web-2", options, sshKey, tag, null);
    droplets = List.of(web1, web2);

    volume =
        VolumeResource.builder(
                client,
                volumeName,
                VolumeSpec.builder()
                    .sizeGigabytes(10)
                    .region(region)
                    .description("LUKS-encrypted data of " + web1.key().name()))
            .attachTo(web1)
            .build();

    database =
        DatabaseClusterResource.builder(
                client,
                prefix + "-db",
                DatabaseClusterSpec.builder()
                    .engine(DatabaseEngine.PG)
                    .version("17")
                    .size("db-s-1vcpu-1gb")
                    .region(region)
                    .addTrustedSource(TrustedSourceSpec.tag(webTag)))
            .vpc(vpc)
            .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, DATABASE_USER).build())
            .connectionSettings(DATABASE_USER, ClusterNetwork.PRIVATE, databaseDirectory)
            .build();

    BucketSpec.Builder bucketSpec = BucketSpec.builder().region(region);
    environment.spacesEndpoint().ifPresent(bucketSpec::endpoint);
    bucket = BucketResource.builder(spaces, options.bucket, bucketSpec).build();
    object =
        ObjectResource.of(
            spaces,
            bucket,
            PutObjectSpec.builder()
                .key(OBJECT_KEY)
                .sseCustomerKey(objectKey)
                .contentType("text/plain; charset=utf-8"),
            OBJECT_CONTENT);
    spacesKey =
        SpacesKeyResource.builder(client, prefix + "-reader", SpacesKeySpec.builder())
            .grantRead(bucket)
            .build();

    project =
        ProjectResource.of(
            client,
            ProjectSpec.builder()
                .name(PROJECT)
                .purpose("Web Application")
                .environment(ProjectEnvironment.DEVELOPMENT)
                .description("The hardened sample stack of Seawall")
                .build());

    Stack.Builder stackBuilder = Stack.builder();
    if (domain != null) {
      stackBuilder.add(domain);
    }
    cluster = options.withKubernetes ? addCluster(stackBuilder, client, options) : null;
    app = options.withApp ? addApp(stackBuilder, client, options) : null;
    stack =
        stackBuilder
            .add(tag)
            .add(vpc)
            .add(certificate)
            .add(sshKey)
            .add(loadBalancer)
            .add(firewall)
            .add(web1)
            .add(web2)
            .add(volume)
            .add(database)
            .add(bucket)
            .add(object)
            .add(spacesKey)
            .project(project)
            .rule(new VpcOverlapRule())
            .rule(new FirewallCoverageRule())
            .build();
  }

  /**
   * The optional DOKS cluster ({@code --with-kubernetes}): in the stack's VPC, every secure default
   * (auto and surge upgrades, HA control plane, a Sunday maintenance window, no registry), its
   * control plane reachable only from the admin range, and one small node pool tagged {@code
   * <prefix>-nodes}, which a Cloud Firewall of its own covers (no inbound rule beyond what
   * DigitalOcean's own worker firewall admits, outbound DNS and HTTPS), created before the cluster
   * so the nodes never run uncovered.
   */
  private KubernetesClusterResource addCluster(
      Stack.Builder stack, DigitalOcean client, SampleOptions options) {
    String nodesTag = options.prefix + "-nodes";
    TagResource nodes = TagResource.of(client, nodesTag);
    FirewallResource nodesFirewall =
        FirewallResource.builder(
                client,
                options.prefix + "-nodes",
                FirewallSpec.builder().outbound(OutboundPreset.DNS_AND_HTTPS).tags(nodesTag))
            .build();
    KubernetesClusterResource k8s =
        KubernetesClusterResource.builder(
                client,
                options.prefix + "-k8s",
                KubernetesClusterSpec.builder()
                    .region(options.region)
                    .addNodePool(
                        NodePoolSpec.builder("workers")
                            .size("s-2vcpu-4gb")
                            .count(2)
                            .addTag(nodesTag)
                            .build())
                    .controlPlaneAllowedAddresses(options.adminCidr))
            .vpc(vpc)
            .after(nodesFirewall.key())
            .build();
    stack.add(nodes).add(nodesFirewall).add(k8s);
    return k8s;
  }

  /**
   * The optional App Platform app ({@code --with-app}): one service from a DOCR image, in the App
   * Platform region of the stack's region, reaching the database through bindable variables ({@code
   * ${db.DATABASE_URL}}, {@code ${db.CA_CERT}}) as the least-privilege user; applied after the
   * cluster, whose trusted sources gain the app in the same apply. Every secure default: no
   * plain-text secret, a deployment-failure alert, enhanced threat control.
   */
  private AppResource addApp(Stack.Builder stack, DigitalOcean client, SampleOptions options) {
    String appRegion = options.region.length() > 3 ? options.region.substring(0, 3) : "";
    AppSpec.Builder spec =
        AppSpec.builder()
            .addComponent(
                AppComponent.service("web", ImageSource.docr(options.prefix + "-web", "1.0.0"))
                    .withHttpPort(8080)
                    .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))
                    .withEnv(EnvVar.binding("DATABASE_CA_CERT", "db", "CA_CERT")));
    if (AppSpec.REGIONS.contains(appRegion)) {
      spec.region(appRegion);
    }
    AppResource resource =
        AppResource.builder(client, options.prefix + "-app", spec)
            .database(database, "db", "PG", "", DATABASE_USER)
            .build();
    stack.add(resource);
    return resource;
  }

  /** The zone of a DNS name: the name without its first label when it has three or more. */
  static String zoneOf(String dnsName) {
    String name = dnsName.startsWith("*.") ? dnsName.substring(2) : dnsName;
    return name.chars().filter(c -> c == '.').count() >= 2
        ? name.substring(name.indexOf('.') + 1)
        : name;
  }

  static HardenedStackDefinition define(
      SampleEnvironment environment,
      SampleOptions options,
      SshPublicKey publicKey,
      SseCustomerKey objectKey,
      Path databaseDirectory) {
    return new HardenedStackDefinition(
        environment, options, publicKey, objectKey, databaseDirectory);
  }

  private DropletResource droplet(
      DigitalOcean client,
      String name,
      SampleOptions options,
      SshKeyResource sshKey,
      TagResource tag,
      @Nullable LuksProvisioning luksUserData) {
    DropletSpec.Builder spec =
        DropletSpec.builder()
            .region(options.region)
            .size("s-1vcpu-1gb")
            .image("ubuntu-24-04-x64")
            .tags(webTag);
    if (luksUserData != null) {
      spec.userData(luksUserData.cloudConfig());
    }
    return DropletResource.builder(client, name, spec)
        .vpc(vpc)
        .sshKey(sshKey)
        .after(tag.key(), firewall.key())
        .build();
  }
}
