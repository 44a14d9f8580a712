package dev.seawall.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {
  private static List<String> segments(String path) {
    return List.of(path.substring(1).split("/", -1));
  }

  @Test
  void match_whenLiteralAndParameterBothMatch_prefersLiteral() {
    RouteTable<String> table = new RouteTable<>();
    table.add("GET", "/v2/account/{x}", "param", "param");
    table.add("GET", "/v2/account/keys", "literal", "literal");

    assertThat(table.match("GET", segments("/v2/account/keys")))
        .get()
        .extracting(m -> m.route().handler())
        .isEqualTo("literal");
    assertThat(table.match("GET", segments("/v2/account/other")).orElseThrow().parameters())
        .containsEntry("x", "other");
  }

  @Test
  void match_whenMethodOrShapeDiffers_findsNothing() {
    RouteTable<String> table = new RouteTable<>();
    table.add("GET", "/v2/firewalls/{firewall_id}", "firewalls_get", "h");

    assertThat(table.match("DELETE", segments("/v2/firewalls/1"))).isEmpty();
    assertThat(table.match("GET", segments("/v2/firewalls/1/droplets"))).isEmpty();
    assertThat(table.match("GET", segments("/v2/firewalls/"))).isEmpty();
    assertThat(table.pathKnown(segments("/v2/firewalls/1"))).isTrue();
  }

  @Test
  void add_whenSameShapeTwice_refuses() {
    RouteTable<String> table = new RouteTable<>();
    table.add("GET", "/v2/vpcs/{vpc_id}", "a", "a");

    assertThatThrownBy(() -> table.add("get", "/v2/vpcs/{id}", "b", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
