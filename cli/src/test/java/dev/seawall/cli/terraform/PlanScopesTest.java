package dev.seawall.cli.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanScopesTest {
  private static TerraformPlan plan(String type, String mode, String... actions) {
    return new TerraformPlan(
        "1.2",
        List.of(
            new TerraformPlan.ResourceChange(
                type + ".x", mode, type, new TerraformPlan.Change(List.of(actions)))));
  }

  @Test
  void createFirewallAndDropletDeleteVolume_needsExactlyTheirScopes_andNoLegacyOnes() {
    TerraformPlan plan =
        new TerraformPlan(
            "1.2",
            List.of(
                change("digitalocean_firewall.web", "digitalocean_firewall", "create"),
                change("digitalocean_droplet.web", "digitalocean_droplet", "create"),
                change("digitalocean_volume.old", "digitalocean_volume", "delete")));

    PlanScopes scopes = PlanScopes.of(plan);

    // A droplet create also polls its action; refresh reads every managed resource.
    assertThat(scopes.token().needed())
        .containsExactly(
            "actions:read",
            "block_storage:delete",
            "block_storage:read",
            "droplet:create",
            "droplet:read",
            "firewall:create",
            "firewall:read");
    assertThat(scopes.complete()).isTrue();
  }

  @Test
  void replacement_needsDeleteAndCreate_noOpOnlyRead_dataSourceOnlyRead() {
    assertThat(
            PlanScopes.of(plan("digitalocean_vpc", "managed", "delete", "create")).token().needed())
        .containsExactly("vpc:create", "vpc:delete", "vpc:read");
    assertThat(PlanScopes.of(plan("digitalocean_vpc", "managed", "no-op")).token().needed())
        .containsExactly("vpc:read");
    assertThat(PlanScopes.of(plan("digitalocean_vpc", "data", "read")).token().needed())
        .containsExactly("vpc:read");
  }

  @Test
  void dropletUpdate_needsDropletUpdateForItsActions() {
    assertThat(PlanScopes.of(plan("digitalocean_droplet", "managed", "update")).token().needed())
        .contains("droplet:update", "droplet:read", "actions:read");
  }

  @Test
  void kubernetesCluster_needsTheKubernetesScopesOfEachChange_andAccessClusterForTheRefresh() {
    // The provider refreshes kube_config with kubernetes_get_credentials once it has expired.
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_cluster", "managed", "no-op"))
                .token()
                .needed())
        .containsExactly("kubernetes:access_cluster", "kubernetes:read");
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_cluster", "managed", "create"))
                .token()
                .needed())
        .containsExactly(
            "kubernetes:access_cluster",
            "kubernetes:create",
            "kubernetes:read",
            "kubernetes:update");
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_cluster", "managed", "delete"))
                .token()
                .needed())
        .contains("kubernetes:delete")
        .doesNotContain("kubernetes:create");
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_cluster", "managed", "create")).complete())
        .isTrue();
  }

  @Test
  void kubernetesNodePool_needsReadAndUpdate_neverCreateOrAccess() {
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_node_pool", "managed", "create"))
                .token()
                .needed())
        .containsExactly("kubernetes:read", "kubernetes:update");
    assertThat(
            PlanScopes.of(plan("digitalocean_kubernetes_node_pool", "managed", "delete"))
                .token()
                .needed())
        .containsExactly("kubernetes:read", "kubernetes:update");
    assertThat(ProviderOperations.knownTypes())
        .contains("digitalocean_kubernetes_cluster", "digitalocean_kubernetes_node_pool");
  }

  private static TerraformPlan.ResourceChange change(String address, String type, String action) {
    return new TerraformPlan.ResourceChange(
        address, "managed", type, new TerraformPlan.Change(List.of(action)));
  }
}
