package dev.seawall.spaces.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.Violation;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.key.SpacesKeyGrant;
import dev.seawall.spaces.key.SpacesKeyPermission;
import dev.seawall.spaces.key.SpacesKeyResource;
import dev.seawall.spaces.key.SpacesKeySpec;
import dev.seawall.spaces.object.ObjectResource;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SseCustomerKey;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Spaces stack resources at plan time (nothing is sent). */
class SpacesStackResourcesTest {
  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "d".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final Spaces spaces =
      Spaces.builder()
          .credentials(SpacesCredentials.of("DO00TESTTESTTESTTEST", "s".repeat(40)))
          .build();

  @AfterEach
  void close() {
    spaces.close();
    offline.close();
  }

  @Test
  void bucketAndObject_whenPrivateAndSseC_areValidAndNeedNoTokenScope() {
    BucketResource bucket =
        BucketResource.of(spaces, "invoices", BucketSpec.builder().region("fra1"));
    ObjectResource object =
        ObjectResource.of(
            spaces,
            bucket,
            PutObjectSpec.builder().key("a/b.txt").sseCustomerKey(SseCustomerKey.generate()),
            "hello".getBytes(StandardCharsets.UTF_8));

    assertThat(bucket.validate()).isEmpty();
    assertThat(object.validate()).isEmpty();
    assertThat(object.key().name()).isEqualTo("invoices/a/b.txt");
    assertThat(object.dependsOn()).containsExactly(bucket.key());
    assertThat(bucket.operations()).isEmpty();
    assertThat(object.operations()).isEmpty();
  }

  @Test
  void bucketAndObject_whenPublicOrUnencrypted_reportTheirRulesInsteadOfThrowing() {
    BucketResource bucket =
        BucketResource.of(
            spaces, "invoices", BucketSpec.builder().region("fra1").acl(CannedAcl.PUBLIC_READ));
    ObjectResource object =
        ObjectResource.of(spaces, bucket, PutObjectSpec.builder().key("plain.txt"), new byte[1]);

    assertThat(bucket.validate())
        .extracting(Violation::ruleId)
        .contains(SpacesRules.SW_SP_001.id());
    assertThat(object.validate())
        .extracting(Violation::ruleId)
        .contains(SpacesRules.SW_SP_003.id());
  }

  @Test
  void spacesKey_whenScopedToOneBucket_isValidWithKeyScopes() {
    SpacesKeyResource reader =
        SpacesKeyResource.of(
            offline, "reader", SpacesKeySpec.builder().addGrant(SpacesKeyGrant.read("invoices")));

    assertThat(reader.validate()).isEmpty();
    assertThat(Scopes.required(reader.operations()))
        .containsExactly("spaces_key:create_credentials", "spaces_key:read");
    assertThat(reader.createdCredentials()).isEmpty();
  }

  @Test
  void spacesKey_whenFullAccessWithoutOptOut_reportsSwSp006() {
    SpacesKeyResource admin =
        SpacesKeyResource.of(
            offline,
            "admin",
            SpacesKeySpec.builder()
                .addGrant(new SpacesKeyGrant("", SpacesKeyPermission.FULL_ACCESS)));

    assertThat(admin.validate()).extracting(Violation::ruleId).contains(SpacesRules.SW_SP_006.id());
  }
}
