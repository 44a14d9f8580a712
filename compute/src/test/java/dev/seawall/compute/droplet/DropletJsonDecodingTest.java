package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.seawall.compute.droplet.internal.DropletCreateRequest;
import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.TestClients;
import dev.seawall.testkit.TestClock;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Read models and request bodies through the client's own Moshi. */
class DropletJsonDecodingTest {
  static DigitalOcean client;
  static Moshi moshi;

  @BeforeAll
  static void client() {
    client = TestClients.client("http://127.0.0.1:9", new TestClock());
    moshi = client.api().moshi();
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void droplet_whenApiJson_decodesEveryField() throws IOException {
    Map<String, Object> json = DropletJson.droplet(42, "web-1", "active", "vpc-1");
    List<Object> v4 =
        List.of(
            FakeJson.object("ip_address", "10.10.0.5", "netmask", "255.255.0.0", "type", "private"),
            FakeJson.object(
                "ip_address",
                "203.0.113.7",
                "netmask",
                "255.255.255.0",
                "gateway",
                "203.0.113.1",
                "type",
                "public"));
    json.put("networks", FakeJson.object("v4", v4, "v6", List.of()));

    Droplet droplet = moshi.adapter(Droplet.class).fromJson(FakeJson.write(json));

    assertThat(droplet.id()).isEqualTo(42);
    assertThat(droplet.status()).isEqualTo(DropletStatus.ACTIVE);
    assertThat(droplet.memory()).isEqualTo(1024);
    assertThat(droplet.createdAt()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(droplet.image().slug()).isEqualTo("ubuntu-24-04-x64");
    assertThat(droplet.region().slug()).isEqualTo("fra1");
    assertThat(droplet.sizeSlug()).isEqualTo("s-1vcpu-1gb");
    assertThat(droplet.vpcUuid()).contains("vpc-1");
    assertThat(droplet.privateIpv4()).contains("10.10.0.5");
    assertThat(droplet.publicIpv4()).contains("203.0.113.7");
    assertThat(droplet.publicIpv6()).isEmpty();
    assertThat(droplet.hasPublicAddress()).isTrue();
    assertThat(droplet.networks().v4().get(0).gateway()).isEmpty();
  }

  @Test
  void droplet_whenStatusIsNewToSeawall_decodesAsUnknown() throws IOException {
    Map<String, Object> json = DropletJson.droplet(42, "web-1", "migrating", "vpc-1");

    assertThat(moshi.adapter(Droplet.class).fromJson(FakeJson.write(json)).status())
        .isEqualTo(DropletStatus.UNKNOWN);
  }

  @Test
  void droplet_whenVpcUuidIsAbsent_isEmpty() throws IOException {
    Map<String, Object> json = DropletJson.droplet(42, "web-1", "off", "vpc-1");
    json.remove("vpc_uuid");

    Droplet droplet = moshi.adapter(Droplet.class).fromJson(FakeJson.write(json));

    assertThat(droplet.vpcUuid()).isEmpty();
    assertThat(DropletAuditor.create().audit(droplet)).hasSize(1);
  }

  @Test
  void sshKey_whenApiJson_decodes() throws IOException {
    String json =
        "{\"id\":512189,\"fingerprint\":\"3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa\","
            + "\"public_key\":\"ssh-ed25519 AAAA x\",\"name\":\"My SSH Public Key\"}";

    assertThat(moshi.adapter(SshKey.class).fromJson(json))
        .isEqualTo(
            new SshKey(
                512189,
                "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa",
                "ssh-ed25519 AAAA x",
                "My SSH Public Key"));
  }

  @Test
  void createRequest_whenDefaults_omitsUnsetFieldsAndNeverPrintsUserData() {
    DropletSpec spec = DropletSpecTest.valid().userData("#cloud-config\nhostname: m-42\n").build();
    DropletCreateRequest request = DropletCreateRequest.of(spec);
    JsonAdapter<DropletCreateRequest> adapter = moshi.adapter(DropletCreateRequest.class);

    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) FakeJson.parse(adapter.toJson(request));

    assertThat(tree)
        .doesNotContainKeys("public_networking", "backup_policy")
        .containsEntry("user_data", "#cloud-config\nhostname: m-42\n");
    assertThat(request.toString()).doesNotContain("m-42");
  }
}
