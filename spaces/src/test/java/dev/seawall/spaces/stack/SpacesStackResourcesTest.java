package dev.seawall.spaces.stack;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ApplyResult;
import dev.seawall.core.stack.Plan;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.Stack;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.SpacesOperations;
import dev.seawall.spaces.SpacesRules;
import dev.seawall.spaces.bucket.BucketRef;
import dev.seawall.spaces.bucket.BucketResource;
import dev.seawall.spaces.bucket.BucketSpec;
import dev.seawall.spaces.bucket.CannedAcl;
import dev.seawall.spaces.key.SpacesKeyGrant;
import dev.seawall.spaces.key.SpacesKeyPermission;
import dev.seawall.spaces.key.SpacesKeyResource;
import dev.seawall.spaces.key.SpacesKeySpec;
import dev.seawall.spaces.object.ObjectResource;
import dev.seawall.spaces.object.PutObjectSpec;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.spaces.testing.S3ProxyServer;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeSpacesKeys;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Spaces stack resources: offline plans (nothing sent), and live plans and applies of a bucket,
 * its object and a key granted on it, against s3proxy and the fake DigitalOcean API.
 */
class SpacesStackResourcesTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeSpacesKeys()));

  private static final S3ProxyServer SERVER = S3ProxyServer.get();

  private final DigitalOcean offline =
      DigitalOcean.builder()
          .token(ApiToken.of("dop_v1_" + "d".repeat(64)))
          .baseUrl("http://127.0.0.1:9")
          .build();
  private final Spaces spaces = SERVER.spaces();

  @AfterEach
  void close() {
    spaces.close();
    offline.close();
  }

  private static BucketSpec.Builder onServer(BucketRef ref) {
    return BucketSpec.builder().region(ref.region()).endpoint(ref.endpoint());
  }

  // ------------------------------------------------------------------ offline

  @Test
  void bucketAndObject_whenPrivateAndSseC_areValidAndNeedNoTokenScope() {
    BucketResource bucket =
        BucketResource.builder(spaces, "invoices", BucketSpec.builder().region("fra1")).build();
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
        BucketResource.builder(
                spaces, "invoices", BucketSpec.builder().region("fra1").acl(CannedAcl.PUBLIC_READ))
            .build();
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
  void spacesKey_whenGrantedOnABucketOfTheStack_dependsOnItAndNeedsKeyScopes() {
    BucketResource bucket =
        BucketResource.builder(spaces, "invoices", BucketSpec.builder().region("fra1")).build();
    SpacesKeyResource reader =
        SpacesKeyResource.builder(offline, "reader", SpacesKeySpec.builder())
            .grantRead(bucket)
            .build();

    assertThat(reader.validate()).isEmpty();
    assertThat(reader.dependsOn()).containsExactly(bucket.key());
    assertThat(reader.spec().orElseThrow().grants())
        .containsExactly(SpacesKeyGrant.read("invoices"));
    assertThat(Scopes.required(reader.operations()))
        .containsExactly("spaces_key:create_credentials", "spaces_key:read", "spaces_key:update");
    assertThat(reader.createdCredentials()).isEmpty();
    assertThat(Stack.builder().add(reader).add(bucket).build().resources())
        .extracting(r -> r.key().kind())
        .containsExactly("bucket", "spaces_key");
  }

  @Test
  void spacesKey_whenFullAccessWithoutOptOut_reportsSwSp006() {
    SpacesKeyResource admin =
        SpacesKeyResource.builder(
                offline,
                "admin",
                SpacesKeySpec.builder()
                    .addGrant(new SpacesKeyGrant("", SpacesKeyPermission.FULL_ACCESS)))
            .build();

    assertThat(admin.validate()).extracting(Violation::ruleId).contains(SpacesRules.SW_SP_006.id());
  }

  // ------------------------------------------------------------------ live

  private record Resources(BucketResource bucket, ObjectResource object, SpacesKeyResource key) {
    Stack stack() {
      return Stack.builder().add(bucket).add(object).add(key).build();
    }
  }

  private Resources resources(
      DigitalOcean client, BucketRef ref, SseCustomerKey sse, String content) {
    BucketResource bucket = BucketResource.builder(spaces, ref.name(), onServer(ref)).build();
    ObjectResource object =
        ObjectResource.of(
            spaces,
            bucket,
            PutObjectSpec.builder().key("hello.txt").sseCustomerKey(sse).contentType("text/plain"),
            content.getBytes(StandardCharsets.UTF_8));
    SpacesKeyResource key =
        SpacesKeyResource.builder(client, ref.name() + "-reader", SpacesKeySpec.builder())
            .grantRead(bucket)
            .build();
    return new Resources(bucket, object, key);
  }

  @Test
  void planLiveAndApply_createThenChangeNothingThenUpdateOnlyWhatDiffers(
      FakeDigitalOcean fake, TestClock clock) {
    BucketRef ref = SERVER.newBucket("stack");
    SseCustomerKey sse = SseCustomerKey.generate();
    try (DigitalOcean client = client(fake, clock)) {
      Resources first = resources(client, ref, sse, "version one");

      Plan created = first.stack().planLive();
      ApplyResult applied = first.stack().apply(created, 2, event -> {});

      assertThat(created.count(Diff.Action.CREATE)).isEqualTo(3);
      assertThat(created.render())
          .contains("+ bucket/" + ref.name() + " (create)")
          .contains("+ object/" + ref.name() + "/hello.txt (create)")
          .contains("sse_customer_key = (sensitive)")
          .contains("grants = [read:" + ref.name() + "]");
      assertThat(created.requiredScopes())
          .containsExactly("spaces_key:create_credentials", "spaces_key:read");
      assertThat(applied.succeeded()).isTrue();
      assertThat(applied.applied()).extracting(AppliedResource::outcome).containsOnly("created");
      String secret = first.key().createdCredentials().orElseThrow().secretAccessKey();

      Resources again = resources(client, ref, sse, "version one");
      Plan unchanged = again.stack().planLive();
      ApplyResult second = again.stack().apply(unchanged, 2, event -> {});

      assertThat(unchanged.hasChanges()).isFalse();
      assertThat(unchanged.render()).contains("No changes.");
      assertThat(unchanged.requiredScopes()).containsExactly("spaces_key:read");
      assertThat(second.changedNothing()).isTrue();
      assertThat(second.applied()).extracting(AppliedResource::outcome).containsOnly("unchanged");
      assertThat(again.key().createdCredentials()).isEmpty();
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_CREATE)).isEqualTo(1);

      Resources changed = resources(client, ref, sse, "version two");
      Plan update = changed.stack().planLive();
      ApplyResult third = changed.stack().apply(update, 2, event -> {});

      ResourcePlan object = update.resource(changed.object().key()).orElseThrow();
      assertThat(object.action()).isEqualTo(Diff.Action.UPDATE);
      assertThat(object.diff().fields()).containsExactly("content");
      assertThat(update.count(Diff.Action.NONE)).isEqualTo(2);
      assertThat(third.applied())
          .filteredOn(a -> a.key().equals(changed.object().key()))
          .singleElement()
          .satisfies(a -> assertThat(a.outcome()).isEqualTo("updated"));
      for (String text :
          java.util.List.of(
              created.render(),
              unchanged.render(),
              update.render(),
              applied.toString(),
              third.toString())) {
        assertThat(text).doesNotContain(sse.toBase64()).doesNotContain(secret);
      }
    }
    fake.verifyNoProblems();
  }

  @Test
  void planLive_whenTheKeysGrantsChange_showsAnInPlaceUpdateWithTheUpdateScope(
      FakeDigitalOcean fake, TestClock clock) {
    BucketRef ref = SERVER.newBucket("grants");
    SseCustomerKey sse = SseCustomerKey.generate();
    try (DigitalOcean client = client(fake, clock)) {
      Resources first = resources(client, ref, sse, "x");
      first.stack().apply(2);
      SpacesKeyResource writer =
          SpacesKeyResource.builder(client, ref.name() + "-reader", SpacesKeySpec.builder())
              .grantReadWrite(first.bucket())
              .build();

      Plan plan = Stack.builder().add(first.bucket()).add(writer).build().planLive();
      ApplyResult result =
          Stack.builder().add(first.bucket()).add(writer).build().apply(plan, 1, event -> {});

      assertThat(plan.resource(writer.key()).orElseThrow().diff().changes())
          .containsExactly(
              FieldChange.removed("grants", "read:" + ref.name()),
              FieldChange.added("grants", "readwrite:" + ref.name()));
      assertThat(plan.requiredScopes()).containsExactly("spaces_key:read", "spaces_key:update");
      assertThat(result.applied())
          .filteredOn(a -> a.key().equals(writer.key()))
          .extracting(AppliedResource::outcome)
          .containsExactly("updated");
      assertThat(fake.callCount(SpacesOperations.SPACES_KEY_UPDATE)).isEqualTo(1);
    }
  }
}
