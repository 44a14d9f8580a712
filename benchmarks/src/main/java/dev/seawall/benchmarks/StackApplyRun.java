package dev.seawall.benchmarks;

import dev.seawall.compute.droplet.Droplet;
import dev.seawall.compute.droplet.DropletResource;
import dev.seawall.compute.droplet.DropletService;
import dev.seawall.compute.droplet.DropletSpec;
import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.compute.sshkey.SshKeyResource;
import dev.seawall.compute.sshkey.SshKeyService;
import dev.seawall.compute.sshkey.SshKeySpec;
import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Stack;
import dev.seawall.core.stack.StackListener;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseClusterResource;
import dev.seawall.databases.cluster.DatabaseClusterService;
import dev.seawall.databases.cluster.DatabaseClusterSpec;
import dev.seawall.databases.firewall.TrustedSourceSpec;
import dev.seawall.databases.user.DatabaseUserService;
import dev.seawall.databases.user.DatabaseUserSpec;
import dev.seawall.networking.certificate.CertificateResource;
import dev.seawall.networking.certificate.CertificateService;
import dev.seawall.networking.certificate.CertificateSpec;
import dev.seawall.networking.domain.DomainResource;
import dev.seawall.networking.domain.DomainService;
import dev.seawall.networking.domain.DomainSpec;
import dev.seawall.networking.firewall.FirewallCoverageRule;
import dev.seawall.networking.firewall.FirewallResource;
import dev.seawall.networking.firewall.FirewallService;
import dev.seawall.networking.firewall.FirewallSpec;
import dev.seawall.networking.firewall.InboundRule;
import dev.seawall.networking.firewall.OutboundPreset;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.loadbalancer.ForwardingRule;
import dev.seawall.networking.loadbalancer.HealthCheck;
import dev.seawall.networking.loadbalancer.LoadBalancer;
import dev.seawall.networking.loadbalancer.LoadBalancerResource;
import dev.seawall.networking.loadbalancer.LoadBalancerService;
import dev.seawall.networking.loadbalancer.LoadBalancerSpec;
import dev.seawall.networking.loadbalancer.TargetProtocol;
import dev.seawall.networking.tag.TagResource;
import dev.seawall.networking.tag.TagService;
import dev.seawall.networking.tag.TagSpec;
import dev.seawall.networking.vpc.Vpc;
import dev.seawall.networking.vpc.VpcOverlapRule;
import dev.seawall.networking.vpc.VpcResource;
import dev.seawall.networking.vpc.VpcService;
import dev.seawall.networking.vpc.VpcSpec;
import dev.seawall.testkit.FakeCall;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDatabases;
import dev.seawall.testkit.fakes.FakeFirewalls;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import dev.seawall.volumes.luks.KeySource;
import dev.seawall.volumes.luks.LuksProvisioning;
import dev.seawall.volumes.volume.FilesystemType;
import dev.seawall.volumes.volume.Volume;
import dev.seawall.volumes.volume.VolumeResource;
import dev.seawall.volumes.volume.VolumeService;
import dev.seawall.volumes.volume.VolumeSpec;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack apply against a slow DigitalOcean: the main sample's DigitalOcean resources (those of
 * {@code samples/HardenedStackDefinition}: the DNS zone, the tag, the VPC, the Let's Encrypt
 * certificate, the SSH key, the load balancer, the Cloud Firewall, two droplets, the LUKS-ready
 * volume attached to the first, and the PostgreSQL cluster with its user: {@value #RESOURCES}
 * resources) against a {@link FakeDigitalOcean} that waits {@link #LATENCY} before every answer and
 * completes actions, certificates, load balancers and firewall changes {@link #PROVISIONING} after
 * they start; database clusters come online after {@code FakeDatabases}' default 30 s (see {@link
 * #databaseOnlineAfter()}). With {@code -Dseawall.timeline=true} it prints every call's time.
 *
 * <p>The sample's Spaces bucket, object and access key are left out: the bucket and object go to an
 * S3 server, not to the DigitalOcean API the latency models, and the key's grant names the bucket.
 * The database's connection settings (CA file) are left out on both sides. The specs are the
 * sample's, rebuilt here from the public builders because the sample's definition is
 * package-private and needs the sample's S3 environment.
 *
 * <p>Three measurements, each on a fresh fake with real time (the latency is a real wait of the
 * fake's server threads; a virtual clock would add up the waits of parallel requests instead of
 * overlapping them, which is what parallelism gains):
 *
 * <ol>
 *   <li>the naive script: each resource created one after another through the same services ({@code
 *       create}, which waits until the resource is ready), the references passed by hand;
 *   <li>Seawall's {@code stack.apply(4)} (a live plan, then the apply with 4 steps at once);
 *   <li>on the stack's fake: a second {@code apply(4)} (nothing to change) and a {@code
 *       planLive()}, counted by method: {@code GET} is a read, anything else a write.
 * </ol>
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.StackApplyRun [results-dir]} writes {@code
 * stack.tsv}; takes about a minute.
 */
public final class StackApplyRun {
  static final Duration LATENCY = Duration.ofMillis(50);
  static final Duration PROVISIONING = Duration.ofSeconds(2);
  static final int RESOURCES = 11;
  static final int PARALLELISM = 4;

  private static final String PREFIX = "seawall-demo";
  private static final String REGION = "fra1";
  private static final String DNS_NAME = "www.example.com";
  private static final String ZONE = "example.com";
  private static final String ADMIN_CIDR = "203.0.113.10/32";
  private static final String WEB_TAG = PREFIX + "-web";
  private static final String CERTIFICATE = PREFIX + "-cert";
  private static final String VOLUME = PREFIX + "-data";
  private static final String DATABASE_USER = "app";

  private StackApplyRun() {}

  /** Runs it; see the class comment. */
  public static void main(String[] args) {
    SshPublicKey publicKey =
        SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHYVrPn+7ydnNj6gfh1HUXjOi6gS2Zy9mUxr6CpIjdQ5"
                + " seawall-benchmark");
    Results results = new Results();
    results.put("resources", RESOURCES);
    results.put("latencyMillis", LATENCY.toMillis());
    results.put("provisioningSeconds", PROVISIONING.toSeconds());
    results.put("parallelism", PARALLELISM);

    try (FakeDigitalOcean fake = fake();
        DigitalOcean client = client(fake)) {
      long started = System.nanoTime();
      naive(client, publicKey);
      results.put("naiveWallSeconds", seconds(System.nanoTime() - started));
      results.put("naiveCalls", fake.calls().size());
      results.put("naiveReads", reads(fake.calls()));
      results.put("naiveWrites", fake.calls().size() - reads(fake.calls()));
      results.put("naiveByOperation", byOperation(fake.calls()));
      timeline("naive", fake.calls());
    }

    try (FakeDigitalOcean fake = fake();
        DigitalOcean client = client(fake)) {
      Stack stack = stack(client, publicKey);
      long started = System.nanoTime();
      ApplyResult first = stack.apply(PARALLELISM, StackListener.NONE);
      results.put("stackWallSeconds", seconds(System.nanoTime() - started));
      check(first, "first apply");
      List<FakeCall> firstCalls = fake.calls();
      results.put("stackCalls", firstCalls.size());
      results.put("stackReads", reads(firstCalls));
      results.put("stackWrites", firstCalls.size() - reads(firstCalls));
      results.put("stackByOperation", byOperation(firstCalls));
      timeline("stack", firstCalls);

      started = System.nanoTime();
      ApplyResult second = stack.apply(PARALLELISM, StackListener.NONE);
      results.put("secondApplyWallSeconds", seconds(System.nanoTime() - started));
      check(second, "second apply");
      List<FakeCall> secondCalls = fake.calls().subList(firstCalls.size(), fake.calls().size());
      results.put("secondApplyChangedNothing", second.changedNothing());
      results.put("secondApplyReads", reads(secondCalls));
      results.put("secondApplyWrites", secondCalls.size() - reads(secondCalls));
      results.put("secondApplyByOperation", byOperation(secondCalls));

      int before = fake.calls().size();
      stack.planLive();
      List<FakeCall> planCalls = fake.calls().subList(before, fake.calls().size());
      results.put("livePlanReads", reads(planCalls));
      results.put("livePlanWrites", planCalls.size() - reads(planCalls));
      results.put("livePlanByOperation", byOperation(planCalls));
    }
    results.write(Results.dir(args), "stack");
  }

  private static FakeDigitalOcean fake() {
    return FakeDigitalOcean.builder()
        .withoutContract()
        .allResources()
        .addResource(new FakeCertificates(PROVISIONING))
        .addResource(new FakeLoadBalancers(PROVISIONING))
        .addResource(new FakeFirewalls(PROVISIONING))
        .addResource(new FakeDatabases().onlineAfter(databaseOnlineAfter()))
        .actionDelay(PROVISIONING)
        .latency(LATENCY)
        .build()
        .start();
  }

  /**
   * How long the fake's database clusters take to come online: {@code FakeDatabases}' default, 30 s
   * (DigitalOcean takes minutes), or {@code -Dseawall.databaseOnlineAfter=PT2S} to give the
   * database the same 2 s as every other resource.
   */
  private static Duration databaseOnlineAfter() {
    String value = System.getProperty("seawall.databaseOnlineAfter");
    return value == null ? Duration.ofSeconds(30) : Duration.parse(value);
  }

  private static DigitalOcean client(FakeDigitalOcean fake) {
    String token = "dop_v1_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    return DigitalOcean.builder().token(ApiToken.of(token)).baseUrl(fake.url()).build();
  }

  private static void check(ApplyResult result, String what) {
    if (!result.succeeded()) {
      throw new IllegalStateException(what + " failed: " + result.failed());
    }
  }

  /**
   * With {@code -Dseawall.timeline=true}, prints each call's time from the first (for finding
   * waits).
   */
  private static void timeline(String side, List<FakeCall> calls) {
    if (!Boolean.getBoolean("seawall.timeline") || calls.isEmpty()) {
      return;
    }
    java.time.Instant first = calls.get(0).receivedAt();
    for (FakeCall call : calls) {
      System.err.printf(
          "%s %7.3f %s %s%n",
          side,
          Duration.between(first, call.receivedAt()).toMillis() / 1000.0,
          call.operationId(),
          call.path());
    }
  }

  static long reads(List<FakeCall> calls) {
    return calls.stream().filter(c -> c.method().equals("GET")).count();
  }

  /** {@code operationId×count, ...} in the order first seen, for reading where the calls go. */
  static String byOperation(List<FakeCall> calls) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (FakeCall call : calls) {
      String operation =
          call.operationId().isEmpty() ? call.method() + " " + call.path() : call.operationId();
      counts.merge(operation, 1L, Long::sum);
    }
    StringBuilder text = new StringBuilder();
    counts.forEach(
        (operation, count) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(operation)
                .append('×')
                .append(count));
    return text.toString();
  }

  static double seconds(long nanos) {
    return Math.round(nanos / 1e7) / 100.0;
  }

  // ------------------------------------------------------------------ the specs (the sample's)

  private static VpcSpec.Builder vpcSpec() {
    return VpcSpec.builder()
        .region(REGION)
        .ipRange("10.42.0.0/20")
        .description("Seawall hardened stack");
  }

  private static LoadBalancerSpec.Builder loadBalancerSpec() {
    return LoadBalancerSpec.builder()
        .region(REGION)
        .tag(WEB_TAG)
        .addForwardingRule(ForwardingRule.https(443, CERTIFICATE, TargetProtocol.HTTPS, 443))
        .addForwardingRule(ForwardingRule.httpRedirect())
        .redirectHttpToHttps(true)
        .healthCheck(HealthCheck.https(443, "/healthz"));
  }

  private static FirewallSpec.Builder firewallSpec() {
    return FirewallSpec.builder()
        .addInboundRule(InboundRule.tcp(22, Targets.ofAddresses(ADMIN_CIDR)))
        .outbound(OutboundPreset.DNS_AND_HTTPS)
        .tags(WEB_TAG);
  }

  private static LuksProvisioning luks() {
    return LuksProvisioning.builder()
        .volumeName(VOLUME)
        .mountPoint("/srv/data")
        .filesystem(FilesystemType.EXT4)
        .keySource(KeySource.keyFile("/run/keys/" + VOLUME + ".key"))
        .build();
  }

  private static DropletSpec.Builder dropletSpec(boolean withLuks) {
    DropletSpec.Builder spec =
        DropletSpec.builder()
            .region(REGION)
            .size("s-1vcpu-1gb")
            .image("ubuntu-24-04-x64")
            .tags(WEB_TAG);
    if (withLuks) {
      spec.userData(luks().cloudConfig());
    }
    return spec;
  }

  private static VolumeSpec.Builder volumeSpec() {
    return VolumeSpec.builder()
        .sizeGigabytes(10)
        .region(REGION)
        .description("LUKS-encrypted data of " + PREFIX + "-web-1");
  }

  private static DatabaseClusterSpec.Builder databaseSpec() {
    return DatabaseClusterSpec.builder()
        .engine(DatabaseEngine.PG)
        .version("17")
        .size("db-s-1vcpu-1gb")
        .region(REGION)
        .addTrustedSource(TrustedSourceSpec.tag(WEB_TAG));
  }

  // ------------------------------------------------------------------ Seawall's stack

  static Stack stack(DigitalOcean client, SshPublicKey publicKey) {
    TagResource tag = TagResource.of(client, WEB_TAG);
    VpcResource vpc = VpcResource.builder(client, PREFIX + "-vpc", vpcSpec()).build();
    DomainResource domain = DomainResource.builder(client, ZONE, DomainSpec.builder()).build();
    CertificateResource certificate =
        CertificateResource.builder(
                client, CERTIFICATE, CertificateSpec.letsEncrypt(CERTIFICATE, List.of(DNS_NAME)))
            .domain(domain)
            .build();
    SshKeyResource sshKey =
        SshKeyResource.builder(client, PREFIX + "-admin", SshKeySpec.builder().publicKey(publicKey))
            .build();
    LoadBalancerResource loadBalancer =
        LoadBalancerResource.builder(client, PREFIX + "-lb", loadBalancerSpec())
            .vpc(vpc)
            .certificate(certificate)
            .build();
    FirewallResource firewall =
        FirewallResource.builder(client, PREFIX + "-web", firewallSpec())
            .allowFromLoadBalancer(443, loadBalancer)
            .build();
    DropletResource web1 =
        DropletResource.builder(client, PREFIX + "-web-1", dropletSpec(true))
            .vpc(vpc)
            .sshKey(sshKey)
            .after(tag.key(), firewall.key())
            .build();
    DropletResource web2 =
        DropletResource.builder(client, PREFIX + "-web-2", dropletSpec(false))
            .vpc(vpc)
            .sshKey(sshKey)
            .after(tag.key(), firewall.key())
            .build();
    VolumeResource volume =
        VolumeResource.builder(client, VOLUME, volumeSpec()).attachTo(web1).build();
    DatabaseClusterResource database =
        DatabaseClusterResource.builder(client, PREFIX + "-db", databaseSpec())
            .vpc(vpc)
            .addUser(DatabaseUserSpec.builder(DatabaseEngine.PG, DATABASE_USER).build())
            .build();
    return Stack.builder()
        .add(domain)
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
        .rule(new VpcOverlapRule())
        .rule(new FirewallCoverageRule())
        .build();
  }

  // ------------------------------------------------------------------ the naive script

  /**
   * What a script written without the stack does: the same resources in a safe order, one after
   * another, each {@code create} waiting until its resource is ready, and the ids passed by hand.
   */
  static void naive(DigitalOcean client, SshPublicKey publicKey) {
    new DomainService(client).create(DomainSpec.builder().name(ZONE).build());
    new TagService(client).create(TagSpec.of(WEB_TAG));
    Vpc vpc = new VpcService(client).create(vpcSpec().name(PREFIX + "-vpc").build());
    new CertificateService(client)
        .create(CertificateSpec.letsEncrypt(CERTIFICATE, List.of(DNS_NAME)).build());
    SshKey sshKey =
        new SshKeyService(client)
            .create(SshKeySpec.builder().name(PREFIX + "-admin").publicKey(publicKey).build());
    LoadBalancer loadBalancer =
        new LoadBalancerService(client)
            .create(loadBalancerSpec().name(PREFIX + "-lb").vpcUuid(vpc.id()).build());
    new FirewallService(client)
        .create(
            firewallSpec()
                .name(PREFIX + "-web")
                .addInboundRule(InboundRule.tcp(443, Targets.ofLoadBalancerUids(loadBalancer.id())))
                .build());
    DropletService droplets = new DropletService(client);
    Droplet web1 =
        droplets.create(
            dropletSpec(true)
                .name(PREFIX + "-web-1")
                .vpcUuid(vpc.id())
                .addSshKey(sshKey.id())
                .build());
    droplets.create(
        dropletSpec(false)
            .name(PREFIX + "-web-2")
            .vpcUuid(vpc.id())
            .addSshKey(sshKey.id())
            .build());
    VolumeService volumes = new VolumeService(client);
    Volume volume = volumes.create(volumeSpec().name(VOLUME).build());
    volumes.attach(volume.id(), web1.id());
    DatabaseCluster database =
        new DatabaseClusterService(client)
            .create(databaseSpec().name(PREFIX + "-db").privateNetworkUuid(vpc.id()).build());
    new DatabaseUserService(client, database.id())
        .create(DatabaseUserSpec.builder(DatabaseEngine.PG, DATABASE_USER).build());
  }
}
