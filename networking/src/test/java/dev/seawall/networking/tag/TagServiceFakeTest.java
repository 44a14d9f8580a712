package dev.seawall.networking.tag;

import static dev.seawall.testkit.TestClients.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.networking.Networking;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.testkit.ContractValidation;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TagService}, {@link TagSpec} and {@link TagResource} against the stateful fake. */
class TagServiceFakeTest {
  @RegisterExtension
  static final ContractValidation CONTRACT =
      ContractValidation.withFake(fake -> fake.addResource(new FakeTags()));

  private FakeDigitalOcean fake;
  private DigitalOcean client;
  private TagService tags;

  @BeforeEach
  void setUp(FakeDigitalOcean fake, TestClock clock) {
    this.fake = fake;
    this.client = client(fake, clock);
    this.tags = Networking.tags(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void apply_whenRepeated_createsOnceThenChangesNothing() {
    Applied<Tag> first = tags.apply(TagSpec.of("web"));
    Applied<Tag> second = tags.apply(TagSpec.of("web"));

    assertThat(first.created()).isTrue();
    assertThat(second.diff().isNone()).isTrue();
    assertThat(second.resource()).isEqualTo(first.resource());
    assertThat(fake.callCount(NetworkingOperations.TAGS_CREATE)).isEqualTo(1);
  }

  @Test
  void create_whenTheAnswerIsLost_findsTheTagInsteadOfPostingAgain() {
    fake.disconnectNext(NetworkingOperations.TAGS_CREATE.operationId());

    Tag created = tags.create(TagSpec.of("web"));

    assertThat(created.name()).isEqualTo("web");
    assertThat(fake.callCount(NetworkingOperations.TAGS_CREATE)).isEqualTo(1);
    assertThat(tags.listAll()).containsExactly(new Tag("web"));
  }

  @Test
  void delete_whenRepeated_deletesThenIsAlreadyDeleted() {
    tags.apply(TagSpec.of("web"));

    assertThat(tags.delete("web")).isEqualTo(Deletion.DELETED);
    assertThat(tags.delete("web")).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(tags.find("web")).isEmpty();
  }

  @Test
  void delete_whenTheAnswerIsLost_retriesAndCountsTheTagAsDeleted() {
    tags.apply(TagSpec.of("web"));
    fake.disconnectNext(NetworkingOperations.TAGS_DELETE.operationId());

    assertThat(tags.delete("web")).isEqualTo(Deletion.ALREADY_DELETED);
    assertThat(fake.callCount(NetworkingOperations.TAGS_DELETE)).isEqualTo(2);
    assertThat(tags.find("web")).isEmpty();
  }

  @Test
  void listAll_whenManyTags_followsPages() {
    for (int i = 0; i < 3; i++) {
      tags.apply(TagSpec.of("tier-" + i));
    }

    assertThat(tags.list(1, 2).items()).hasSize(2);
    assertThat(tags.listAll().map(Tag::name)).containsExactly("tier-0", "tier-1", "tier-2");
  }

  @Test
  void spec_whenNotATagName_isRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> TagSpec.of("has space"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'has space' is not a tag name");
    assertThat(TagResource.of(client, "has space").validate())
        .extracting(Violation::resource, Violation::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tag/has space.name", "SW-INPUT-001"));
    assertThat(TagSpec.of("env:prod").toBuilder().build()).isEqualTo(TagSpec.of("env:prod"));
    assertThat(fake.calls()).isEmpty();
  }
}
