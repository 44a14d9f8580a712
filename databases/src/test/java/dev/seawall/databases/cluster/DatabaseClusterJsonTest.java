package dev.seawall.databases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.seawall.core.DigitalOcean;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.firewall.TrustedSource;
import dev.seawall.databases.firewall.TrustedSourceType;
import dev.seawall.databases.user.DatabaseUser;
import dev.seawall.databases.user.DatabaseUserRole;
import dev.seawall.databases.user.KafkaPermission;
import dev.seawall.testkit.TestClients;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decoding of API responses with the client's Moshi. */
class DatabaseClusterJsonTest {
  private static DigitalOcean client;
  private static Moshi moshi;

  @BeforeAll
  static void createClient() {
    client = DigitalOcean.builder().token(TestClients.TOKEN).baseUrl("http://127.0.0.1:9").build();
    moshi = client.api().moshi();
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  @Test
  void decode_whenFullClusterResponse_mapsEveryField() throws IOException {
    String json =
        """
        {"id": "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30", "name": "backend", "engine": "pg",
         "version": "17", "semantic_version": "17.2", "num_nodes": 2, "size": "db-s-2vcpu-4gb",
         "region": "fra1", "status": "online", "created_at": "2026-01-11T18:37:36Z",
         "private_network_uuid": "d455e75d-4858-4eec-8c95-da2f0a5f93a7", "tags": ["prod"],
         "db_names": ["defaultdb"],
         "connection": {"uri": "postgres://doadmin:pw@h:25060/defaultdb?sslmode=require",
           "database": "defaultdb", "host": "h", "port": 25060, "user": "doadmin",
           "password": "pw", "ssl": true},
         "private_connection": {"host": "private-h", "port": 25060, "ssl": true},
         "users": [{"name": "doadmin", "role": "primary", "password": "pw"}],
         "maintenance_window": {"day": "saturday", "hour": "08:45:12", "pending": true,
           "description": ["Upgrade"]},
         "project_id": "0eb4f9c2-4d35-4b12-a6d1-1f7d8fbf1ab2", "storage_size_mib": 61440,
         "some_future_field": {"x": 1}}
        """;

    DatabaseCluster cluster = moshi.adapter(DatabaseCluster.class).fromJson(json);

    assertThat(cluster.engine()).isEqualTo(DatabaseEngine.PG);
    assertThat(cluster.status()).isEqualTo(DatabaseClusterStatus.ONLINE);
    assertThat(cluster.numNodes()).isEqualTo(2);
    assertThat(cluster.createdAt()).contains(Instant.parse("2026-01-11T18:37:36Z"));
    assertThat(cluster.connection().orElseThrow().password()).isEqualTo("pw");
    assertThat(cluster.privateConnection().orElseThrow().hasCredentials()).isFalse();
    assertThat(cluster.standbyConnection()).isEmpty();
    assertThat(cluster.users())
        .extracting(DatabaseUser::role)
        .containsExactly(DatabaseUserRole.PRIMARY);
    assertThat(cluster.maintenanceWindow().orElseThrow().pending()).isTrue();
    assertThat(cluster.storageSizeMib()).isEqualTo(61440);
    assertThat(cluster.tags()).contains(List.of("prod"));
  }

  @Test
  void decode_whenUnknownEnumValuesAndMissingFields_fallsBackToUnknownAndDefaults()
      throws IOException {
    String json =
        """
        {"id": "9cc10173-e9ea-4176-9dbc-a4cee4c4ff30", "name": "x", "engine": "quantumdb",
         "status": "hibernating", "users": null, "tags": null}
        """;

    DatabaseCluster cluster = moshi.adapter(DatabaseCluster.class).fromJson(json);

    assertThat(cluster.engine()).isEqualTo(DatabaseEngine.UNKNOWN);
    assertThat(cluster.status()).isEqualTo(DatabaseClusterStatus.UNKNOWN);
    assertThat(cluster.users()).isEmpty();
    assertThat(cluster.tags()).isEmpty();
    assertThat(cluster.connection()).isEmpty();
    assertThat(cluster.privateNetworkUuid()).isEmpty();
  }

  @Test
  void decode_trustedSourceAndKafkaUser() throws IOException {
    TrustedSource rule =
        moshi
            .adapter(TrustedSource.class)
            .fromJson(
                "{\"uuid\": \"79f26d28-ea8a-41f2-8ad8-8cfcdd020095\", \"cluster_uuid\":"
                    + " \"9cc10173-e9ea-4176-9dbc-a4cee4c4ff30\", \"type\": \"k8s\", \"value\":"
                    + " \"ff2a6c52-5a44-4b63-b99c-0e98e7a63d61\", \"created_at\":"
                    + " \"2026-01-11T18:37:36Z\"}");
    DatabaseUser user =
        moshi
            .adapter(DatabaseUser.class)
            .fromJson(
                "{\"name\": \"app\", \"role\": \"normal\", \"settings\": {\"acl\": [{\"id\":"
                    + " \"a1\", \"topic\": \"t.*\", \"permission\": \"produceconsume\"}]}}");

    assertThat(rule.type()).isEqualTo(TrustedSourceType.K8S);
    assertThat(rule.description()).isEmpty();
    assertThat(user.settings().orElseThrow().acl().get(0).permission())
        .isEqualTo(KafkaPermission.PRODUCECONSUME);
    assertThat(user.hasPassword()).isFalse();
  }
}
