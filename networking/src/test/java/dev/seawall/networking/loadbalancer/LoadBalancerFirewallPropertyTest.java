package dev.seawall.networking.loadbalancer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.net.Cidr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LoadBalancerFirewallPropertyTest {

  @Property
  void parseEntry_ofFormatEntry_isIdentity(@ForAll("ranges") Cidr range) {
    assertThat(LoadBalancerFirewall.parseEntry(LoadBalancerFirewall.formatEntry(range)))
        .isEqualTo(range);
  }

  @Provide
  Arbitrary<Cidr> ranges() {
    Arbitrary<Cidr> v4 =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(4)
            .flatMap(
                bytes ->
                    Arbitraries.integers()
                        .between(0, 32)
                        .map(p -> Cidr.containing(address(bytes), p)));
    Arbitrary<Cidr> v6 =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(16)
            .map(
                bytes -> {
                  bytes[0] = 0x20; // global unicast, never IPv4-mapped
                  return bytes;
                })
            .flatMap(
                bytes ->
                    Arbitraries.integers()
                        .between(0, 128)
                        .map(p -> Cidr.containing(address(bytes), p)));
    return Arbitraries.oneOf(v4, v6);
  }

  private static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
