package dev.seawall.networking.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.net.Cidr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetsTest {

  @Test
  void ofAddresses_whenTagGiven_refusedWithHintToUseTags() {
    assertThatThrownBy(() -> Targets.ofAddresses("frontend"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'frontend' is not an IP address or CIDR")
        .hasMessageContaining("Targets.ofTags(\"frontend\")");
    assertThatThrownBy(() -> Targets.ofAddresses("db"))
        .hasMessageContaining("Targets.ofTags(\"db\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "10.0.0.5/24", "example.com", "10.0.0.0/33"})
  void ofAddresses_whenNotAnAddress_refused(String value) {
    assertThatThrownBy(() -> Targets.ofAddresses(value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofAddresses_whenBareAddress_isOneAddressRange() {
    assertThat(Targets.ofAddresses("203.0.113.7").addresses())
        .containsExactly(Cidr.parse("203.0.113.7/32"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "10.0.0.0/8", "x/y"})
  void ofTags_whenNotATagName_refused(String tag) {
    assertThatThrownBy(() -> Targets.ofTags(tag)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofTags_whenAddressGiven_hintsAtAddresses() {
    assertThatThrownBy(() -> Targets.ofTags("10.0.0.0/8"))
        .hasMessageContaining("use the addresses field");
  }

  @Test
  void otherKinds_whenBlankOrNonPositive_refused() {
    assertThatThrownBy(() -> Targets.ofLoadBalancerUids(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Targets.ofKubernetesIds(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Targets.ofDropletIds(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Targets.ofDropletIds(-5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_whenInvalidValue_leavesBuilderUnchanged() {
    Targets.Builder builder = Targets.builder().tags("web");
    assertThatThrownBy(() -> builder.tags("ok", "not ok"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().tags()).containsExactly("web");
  }

  @Test
  void equals_ignoresOrderAndDuplicates() {
    Targets a = Targets.builder().addresses("10.0.0.0/8", "::/0").tags("a", "b").build();
    Targets b = Targets.builder().tags("b", "a", "b").addresses("::/0", "10.0.0.0/8").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.tags()).containsExactly("b", "a");
  }

  @Test
  void anywhere_isInternetWideInBothFamilies() {
    assertThat(Targets.anywhere().addresses()).containsExactly(Cidr.ANY_IPV4, Cidr.ANY_IPV6);
    assertThat(Targets.anywhere().isInternetWide()).isTrue();
    assertThat(Targets.ofAddresses("10.0.0.0/8").isInternetWide()).isFalse();
    assertThat(Targets.none().isEmpty()).isTrue();
  }

  @Test
  void build_whenManyValuesWithDuplicates_keepsTheFirstOfEachInOrder() {
    long[] ids = {9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 11};
    Targets targets = Targets.ofDropletIds(ids);
    assertThat(targets.dropletIds()).containsExactly(9L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L);
    Targets reversed = Targets.ofDropletIds(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    assertThat(targets).isEqualTo(reversed).hasSameHashCodeAs(reversed);
    assertThat(targets).isNotEqualTo(Targets.ofDropletIds(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 12));
  }

  @Test
  void toBuilder_whenValuesAdded_leavesTheOriginalUnchanged() {
    Targets original = Targets.builder().addTag("web").addLoadBalancerUid("lb-1").build();
    Targets extended =
        original.toBuilder().addTag("db").addTag("web").addKubernetesId("k8s-1").build();
    assertThat(original.tags()).containsExactly("web");
    assertThat(original.kubernetesIds()).isEmpty();
    assertThat(extended.tags()).containsExactly("web", "db");
    assertThat(extended.loadBalancerUids()).containsExactly("lb-1");
    assertThat(extended.kubernetesIds()).containsExactly("k8s-1");
  }

  @Test
  void accessors_returnListsThatCannotBeChanged() {
    Targets targets = Targets.builder().addresses("10.0.0.0/8").tags("a", "b").build();
    assertThatThrownBy(() -> targets.tags().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> targets.addresses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-lb", "_lb", "lb 1", "lb/1", "lb.1", "é"})
  void ofLoadBalancerUids_whenNotAnId_refusedWithTheMessage(String uid) {
    assertThatThrownBy(() -> Targets.ofLoadBalancerUids(uid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "load balancer uid must be a non-empty id of letters, digits and dashes, was '"
                + uid
                + "'");
  }

  @Test
  void ofKubernetesIds_whenIdsWithDashesAndUnderscores_accepted() {
    assertThat(
            Targets.ofKubernetesIds("bd5f5959-5e1e-4205-a714-a914373942af", "a_b").kubernetesIds())
        .containsExactly("bd5f5959-5e1e-4205-a714-a914373942af", "a_b");
  }
}
