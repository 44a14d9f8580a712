package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.databases.CredentialsUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseClusterTest {
  private static final String VPC = "d455e75d-4858-4eec-8c95-da2f0a5f93a7";
  private static final String SECRET = "wv78n3zpz42xezdk";

  @Test
  void withCredentialsFrom_whenLaterReadIsBlank_keepsEarlierCredentials() {
    DatabaseCluster created =
        ClusterFixtures.cluster(
            VPC,
            SECRET,
            DatabaseClusterStatus.CREATING,
            List.of(ClusterFixtures.user("doadmin", SECRET)));
    DatabaseCluster blankRead =
        ClusterFixtures.cluster(
            VPC, "", DatabaseClusterStatus.ONLINE, List.of(ClusterFixtures.user("doadmin", "")));

    DatabaseCluster merged = blankRead.withCredentialsFrom(created);

    assertThat(merged.status()).isEqualTo(DatabaseClusterStatus.ONLINE);
    assertThat(merged.connection().orElseThrow().password()).isEqualTo(SECRET);
    assertThat(merged.connection().orElseThrow().user()).isEqualTo("doadmin");
    assertThat(merged.privateConnection().orElseThrow().password()).isEqualTo(SECRET);
    assertThat(merged.privateConnection().orElseThrow().host())
        .isEqualTo("private-orders-db.example");
    assertThat(merged.user("doadmin").orElseThrow().password()).isEqualTo(SECRET);
  }

  @Test
  void withCredentialsFrom_whenLaterReadHasNewCredentials_takesTheNewOnes() {
    DatabaseCluster created =
        ClusterFixtures.cluster(VPC, SECRET, DatabaseClusterStatus.CREATING, List.of());
    DatabaseCluster rotated =
        ClusterFixtures.cluster(VPC, "rotated-secret", DatabaseClusterStatus.ONLINE, List.of());

    assertThat(rotated.withCredentialsFrom(created).connection().orElseThrow().password())
        .isEqualTo("rotated-secret");
  }

  @Test
  void withCredentialsFrom_whenOtherCluster_throws() {
    DatabaseCluster cluster =
        ClusterFixtures.cluster(VPC, SECRET, DatabaseClusterStatus.ONLINE, List.of());
    DatabaseCluster other =
        new DatabaseCluster(
            "00000000-0000-4000-8000-000000000000",
            cluster.name(),
            cluster.engine(),
            cluster.version(),
            cluster.semanticVersion(),
            cluster.numNodes(),
            cluster.size(),
            cluster.region(),
            cluster.status(),
            cluster.createdAt(),
            cluster.privateNetworkUuid(),
            cluster.tags(),
            cluster.dbNames(),
            cluster.connection(),
            cluster.privateConnection(),
            cluster.standbyConnection(),
            cluster.standbyPrivateConnection(),
            cluster.users(),
            cluster.maintenanceWindow(),
            cluster.projectId(),
            cluster.storageSizeMib(),
            cluster.trustedSources());

    assertThatThrownBy(() -> cluster.withCredentialsFrom(other))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_neverContainsPasswordsOrUri() {
    DatabaseCluster cluster =
        ClusterFixtures.cluster(
            VPC,
            SECRET,
            DatabaseClusterStatus.ONLINE,
            List.of(ClusterFixtures.user("app", SECRET)));

    assertThat(cluster.toString())
        .doesNotContain(SECRET)
        .contains("<redacted>")
        .contains("orders-db");
  }

  @Test
  void requirePassword_whenBlank_throwsNamingViewCredentialsScope() {
    DatabaseConnection connection =
        ClusterFixtures.cluster(VPC, "", DatabaseClusterStatus.ONLINE, List.of())
            .connection()
            .orElseThrow();

    assertThatThrownBy(() -> connection.requirePassword("database cluster orders-db"))
        .isInstanceOfSatisfying(
            CredentialsUnavailableException.class,
            e -> {
              assertThat(e.requiredScope()).isEqualTo("database:view_credentials");
              assertThat(e.getMessage())
                  .contains("database:view_credentials")
                  .contains("orders-db");
            });
  }
}
