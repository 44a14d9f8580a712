package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.seawall.compute.Compute;
import dev.seawall.compute.ComputeOperations;
import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.compute.sshkey.SshKeySpec;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** seawall-testkit's extension and fake in a user's JUnit 5.11 project. */
class TestkitOnJunit511Test {
  @RegisterExtension
  static final ContractValidation CONTRACT = ContractValidation.withFake(fake -> fake.allResources());

  private static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl"
          + " alice@example.com";

  @Test
  void create_againstTheFake_isCheckedAgainstTheContract(FakeDigitalOcean fake) {
    try (DigitalOcean client =
        DigitalOcean.builder()
            .token(ApiToken.of("dop_v1_" + "0123456789abcdef".repeat(4)))
            .baseUrl(fake.url())
            .build()) {
      SshKey key =
          Compute.sshKeys(client).create(SshKeySpec.builder().name("deploy").publicKey(KEY).build());
      assertEquals("deploy", key.name());
      assertEquals(1, fake.callCount(ComputeOperations.SSH_KEYS_CREATE));
    }
  }

  @Test
  void classpath_keepsTheUsersJunitAndSeawallsOkioAndKotlin() {
    String junit = Test.class.getPackage().getImplementationVersion();
    assertTrue(junit.startsWith("5.11."), "JUnit Jupiter API " + junit);
    String okio = okio.Okio.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(
        okio.endsWith("okio-jvm-" + System.getProperty("expected.okio") + ".jar"),
        "okio-jvm resolved from " + okio);
    assertEquals(System.getProperty("expected.kotlin"), kotlin.KotlinVersion.CURRENT.toString());
  }
}
