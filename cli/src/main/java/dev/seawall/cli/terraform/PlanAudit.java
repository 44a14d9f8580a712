package dev.seawall.cli.terraform;

import dev.seawall.compute.droplet.Droplet;
import dev.seawall.compute.droplet.DropletAuditor;
import dev.seawall.core.SeawallException;
import dev.seawall.core.policy.CoreRules;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.cluster.DatabaseClusterAuditor;
import dev.seawall.databases.firewall.DatabaseFirewallAuditor;
import dev.seawall.networking.firewall.FirewallAuditor;
import dev.seawall.networking.loadbalancer.LoadBalancerAuditor;
import dev.seawall.networking.vpc.Vpc;
import dev.seawall.networking.vpc.VpcAuditor;
import dev.seawall.spaces.bucket.BucketAuditor;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.key.SpacesKey;
import dev.seawall.spaces.key.SpacesKeyAuditor;
import dev.seawall.volumes.volume.VolumeAuditor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the modules' auditors over the {@code digitalocean_*} resources of a plan: each resource is
 * mapped to its read model (one mapper per area) and audited by the same auditor {@code seawall
 * audit} uses, with the cross-resource facts of the plan ({@link PlanFacts}). No rule is
 * implemented here.
 */
final class PlanAudit {
  /** A resource audited, with the name findings give it and what was found. */
  record Checked(PlanResource resource, String label, List<Violation> violations) {}

  /** A resource of a checked type that could not be read, with the reason. */
  record Unchecked(PlanResource resource, String reason) {}

  /**
   * The outcome.
   *
   * @param checked the audited resources
   * @param withoutRules resources of {@code digitalocean_*} types Seawall has no rules for yet
   * @param unchecked resources whose values could not be mapped
   */
  record Result(
      List<Checked> checked, List<PlanResource> withoutRules, List<Unchecked> unchecked) {}

  private record Audited(String label, List<Violation> violations) {}

  private interface Check {
    Audited run(PlanResource resource, PlanFacts facts);
  }

  private static final FirewallAuditor FIREWALLS = new FirewallAuditor();
  private static final BucketAuditor BUCKETS = new BucketAuditor();
  private static final SpacesKeyAuditor KEYS = new SpacesKeyAuditor();
  private static final VolumeAuditor VOLUMES = new VolumeAuditor();
  private static final VpcAuditor VPCS = new VpcAuditor();

  /** Terraform type → mapping and auditor. */
  private static final Map<String, Check> CHECKS = new LinkedHashMap<>();

  static {
    CHECKS.put(
        "digitalocean_firewall",
        (r, f) ->
            new Audited(
                "firewall/" + r.values().text("name"),
                FIREWALLS.audit(FirewallMapper.toModel(r, f))));
    CHECKS.put(
        "digitalocean_droplet",
        (r, f) -> {
          Droplet droplet = DropletMapper.toModel(r, f);
          DropletAuditor auditor = f.dropletAuditor(r);
          List<Violation> found =
              new ArrayList<>(auditor.auditSshKeys(droplet, DropletMapper.sshKeys(r)));
          found.addAll(auditor.audit(droplet));
          return new Audited("droplet/" + r.values().text("name"), found);
        });
    CHECKS.put(
        "digitalocean_loadbalancer",
        (r, f) ->
            new Audited(
                "load_balancer/" + r.values().text("name"),
                LoadBalancerAuditor.withDefaultVpcs(f.defaultVpcIds())
                    .audit(LoadBalancerMapper.toModel(r, f))));
    CHECKS.put(
        "digitalocean_spaces_bucket",
        (r, f) -> {
          var bucket = SpacesMapper.bucket(r);
          return new Audited(bucket.ref().resource(), BUCKETS.audit(bucket));
        });
    CHECKS.put(
        "digitalocean_spaces_bucket_cors_configuration",
        (r, f) -> {
          BucketRef bucket = SpacesMapper.configuredBucket(r, f);
          return new Audited(
              bucket.resource(),
              BUCKETS.auditCorsRules(bucket, SpacesMapper.corsRules(r.values())));
        });
    CHECKS.put(
        "digitalocean_spaces_bucket_policy",
        (r, f) -> {
          BucketRef bucket = SpacesMapper.configuredBucket(r, f);
          return new Audited(
              bucket.resource(), BUCKETS.auditPolicy(bucket, SpacesMapper.policy(r)));
        });
    CHECKS.put(
        "digitalocean_spaces_key",
        (r, f) -> {
          SpacesKey key = SpacesMapper.key(r);
          return new Audited(key.resource(), KEYS.audit(key));
        });
    CHECKS.put(
        "digitalocean_database_cluster",
        (r, f) -> {
          List<Violation> found =
              new ArrayList<>(
                  DatabaseClusterAuditor.withDefaultVpcs(f.defaultVpcIds())
                      .audit(DatabaseMapper.cluster(r, f)));
          String name = r.values().text("name");
          if (!f.hasDatabaseFirewall(r)) {
            found.addAll(
                DatabaseFirewallAuditor.forCluster(name).audit(DatabaseMapper.noFirewall(r)));
          }
          return new Audited("database/" + name, found);
        });
    CHECKS.put(
        "digitalocean_database_firewall",
        (r, f) -> {
          String cluster = DatabaseMapper.clusterName(r, f);
          return new Audited(
              "database/" + cluster,
              DatabaseFirewallAuditor.forCluster(cluster).audit(DatabaseMapper.firewall(r, f)));
        });
    CHECKS.put(
        "digitalocean_kubernetes_cluster",
        (r, f) ->
            new Audited(
                "kubernetes_cluster/" + r.values().text("name"),
                f.kubernetesAuditor().audit(KubernetesMapper.cluster(r, f))));
    CHECKS.put(
        "digitalocean_kubernetes_node_pool",
        (r, f) -> {
          String cluster = KubernetesMapper.clusterName(r, f);
          List<Violation> coverage =
              f.kubernetesAuditor().audit(KubernetesMapper.poolOnly(cluster, r.values())).stream()
                  .filter(v -> v.rule().equals(CoreRules.SW_DR_003))
                  .toList();
          return new Audited("kubernetes_cluster/" + cluster, coverage);
        });
    CHECKS.put(
        "digitalocean_volume",
        (r, f) ->
            new Audited(
                "volume/" + r.values().text("name"), VOLUMES.audit(VolumeMapper.toModel(r, f))));
    CHECKS.put(
        "digitalocean_vpc",
        (r, f) ->
            new Audited(
                "vpc/" + r.values().text("name"),
                VpcMapper.toModel(r).map(VPCS::audit).orElse(List.of())));
  }

  private PlanAudit() {}

  /** The {@code digitalocean_*} types whose resources are audited. */
  static List<String> checkedTypes() {
    return List.copyOf(CHECKS.keySet());
  }

  /**
   * Audits a plan's resources.
   *
   * @param resources the plan's managed resources ({@link PlanResources#read(String)})
   * @return what was found, per resource
   */
  static Result run(List<PlanResource> resources) {
    PlanFacts facts = PlanFacts.of(resources);
    List<Checked> checked = new ArrayList<>();
    List<PlanResource> withoutRules = new ArrayList<>();
    List<Unchecked> unchecked = new ArrayList<>();
    List<Vpc> vpcs = new ArrayList<>();
    Map<String, Integer> vpcIndex = new LinkedHashMap<>();
    for (PlanResource resource : resources) {
      Check check = CHECKS.get(resource.type());
      if (check == null) {
        if (resource.type().startsWith("digitalocean_")) {
          withoutRules.add(resource);
        }
        continue;
      }
      try {
        Audited audited = check.run(resource, facts);
        checked.add(new Checked(resource, audited.label(), audited.violations()));
        if (resource.type().equals("digitalocean_vpc")) {
          VpcMapper.toModel(resource).ifPresent(vpcs::add);
          vpcIndex.put(audited.label(), checked.size() - 1);
        }
      } catch (IllegalArgumentException | SeawallException e) {
        unchecked.add(new Unchecked(resource, e.getMessage()));
      }
    }
    for (Violation overlap : VPCS.auditOverlaps(vpcs)) {
      Optional.ofNullable(vpcIndex.get(head(overlap.resource())))
          .ifPresent(
              i -> {
                Checked vpc = checked.get(i);
                List<Violation> all = new ArrayList<>(vpc.violations());
                all.add(overlap);
                checked.set(i, new Checked(vpc.resource(), vpc.label(), all));
              });
    }
    return new Result(List.copyOf(checked), List.copyOf(withoutRules), List.copyOf(unchecked));
  }

  /** {@code vpc/a.ipRange} → {@code vpc/a}. */
  static String head(String resource) {
    int cut = resource.length();
    for (char stop : new char[] {'.', '['}) {
      int at = resource.indexOf(stop);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return resource.substring(0, cut);
  }
}
