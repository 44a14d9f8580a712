package dev.seawall.networking.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.net.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadBalancerFirewallTest {

  @Test
  void formatEntry_whenHostOrRange_usesIpOrCidrPrefix() {
    assertThat(LoadBalancerFirewall.formatEntry(Cidr.parse("203.0.113.7/32")))
        .isEqualTo("ip:203.0.113.7");
    assertThat(LoadBalancerFirewall.formatEntry(Cidr.parse("198.51.100.0/24")))
        .isEqualTo("cidr:198.51.100.0/24");
    assertThat(LoadBalancerFirewall.formatEntry(Cidr.parse("2001:db8::1/128")))
        .isEqualTo("ip:2001:db8::1");
  }

  @Test
  void parseEntry_whenSpecExamples_readsThem() {
    assertThat(LoadBalancerFirewall.parseEntry("ip:1.2.3.4")).isEqualTo(Cidr.parse("1.2.3.4/32"));
    assertThat(LoadBalancerFirewall.parseEntry(" CIDR: 2.3.0.0/16 "))
        .isEqualTo(Cidr.parse("2.3.0.0/16"));
    assertThat(LoadBalancerFirewall.parseEntry("cidr:10.0.0.5/24"))
        .isEqualTo(Cidr.parse("10.0.0.0/24"));
  }

  @Test
  void parseEntry_whenWrongShape_throwsSayingWhy() {
    assertThatThrownBy(() -> LoadBalancerFirewall.parseEntry("1.2.3.4"))
        .hasMessageContaining("needs a prefix");
    assertThatThrownBy(() -> LoadBalancerFirewall.parseEntry("ip:1.2.3.0/24"))
        .hasMessageContaining("use cidr:1.2.3.0/24");
    assertThatThrownBy(() -> LoadBalancerFirewall.parseEntry("tag:web"))
        .hasMessageContaining("must start with ip: or cidr:");
    assertThatThrownBy(() -> LoadBalancerFirewall.parseEntry("ip:example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_whenDuplicates_dropsThemAndComparesAsSets() {
    Cidr a = Cidr.parse("203.0.113.0/24");
    Cidr b = Cidr.parse("198.51.100.7/32");
    LoadBalancerFirewall firewall = LoadBalancerFirewall.of(List.of(a, b, a), List.of());

    assertThat(firewall.allow()).containsExactly(a, b);
    assertThat(firewall.allowEntries()).containsExactly("cidr:203.0.113.0/24", "ip:198.51.100.7");
    assertThat(firewall.sameEntriesAs(LoadBalancerFirewall.of(List.of(b, a), List.of()))).isTrue();
    assertThat(firewall.sameEntriesAs(LoadBalancerFirewall.open())).isFalse();
    assertThat(LoadBalancerFirewall.of(List.of(), List.of()).isOpen()).isTrue();
  }
}
