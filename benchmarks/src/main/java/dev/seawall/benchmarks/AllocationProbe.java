package dev.seawall.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.seawall.compute.droplet.Droplet;
import dev.seawall.core.internal.json.Envelopes;
import dev.seawall.core.internal.json.JsonSupport;
import dev.seawall.core.net.Cidr;
import dev.seawall.networking.firewall.Targets;
import dev.seawall.networking.firewall.internal.FirewallMapper;
import dev.seawall.networking.firewall.internal.FirewallWire;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the read path allocates, stage by stage, without HTTP: bytes allocated by this thread per
 * call (after warm-up, averaged over many calls) for decoding the fixture's JSON (Seawall's Moshi
 * and envelope reader vs the floor's Moshi), for {@code FirewallMapper.toModel}, and for the pieces
 * the mapper builds. Uses core's and networking's {@code internal} classes, to measure only.
 *
 * <p>{@code java -cp ... dev.seawall.benchmarks.AllocationProbe} prints one line per stage.
 */
public final class AllocationProbe {
  private static final int WARMUP = 20_000;
  private static final int MEASURED = 20_000;

  private AllocationProbe() {}

  /** Prints the bytes per call of each stage. */
  public static void main(String[] args) throws Exception {
    stages()
        .forEach((stage, bytes) -> System.out.printf(Locale.ROOT, "%-58s %8.0f B%n", stage, bytes));
  }

  /** Each stage's bytes allocated per call, in order. */
  public static Map<String, Double> stages() throws Exception {
    Moshi seawall = JsonSupport.moshi();
    byte[] firewallJson = Fixtures.FIREWALL.getBytes(StandardCharsets.UTF_8);
    byte[] dropletJson = Fixtures.DROPLET.getBytes(StandardCharsets.UTF_8);
    Moshi floor = new Moshi.Builder().add(new Floor.InstantAdapter()).build();
    JsonAdapter<Floor.FirewallEnvelope> floorFirewall = floor.adapter(Floor.FirewallEnvelope.class);
    JsonAdapter<Floor.DropletEnvelope> floorDroplet = floor.adapter(Floor.DropletEnvelope.class);
    FirewallWire wire = Envelopes.read(seawall, firewallJson, "firewall", FirewallWire.class);
    List<String> addresses = new ArrayList<>();
    for (FirewallWire.RuleWire rule : wire.inboundRules()) {
      rule.sources().ifPresent(t -> addresses.addAll(t.addresses()));
    }
    for (FirewallWire.RuleWire rule : wire.outboundRules()) {
      rule.destinations().ifPresent(t -> addresses.addAll(t.addresses()));
    }

    Map<String, Double> out = new LinkedHashMap<>();
    out.put(
        "droplet: floor decode (Moshi records)",
        bytesPerCall(() -> fromJson(floorDroplet, dropletJson)));
    out.put(
        "droplet: Seawall decode (Envelopes.read, Droplet)",
        bytesPerCall(() -> read(seawall, dropletJson, "droplet", Droplet.class)));
    out.put(
        "firewall: floor decode (Moshi records)",
        bytesPerCall(() -> fromJson(floorFirewall, firewallJson)));
    out.put(
        "firewall: Seawall decode (Envelopes.read, FirewallWire)",
        bytesPerCall(() -> read(seawall, firewallJson, "firewall", FirewallWire.class)));
    out.put(
        "firewall: FirewallMapper.toModel(wire)", bytesPerCall(() -> FirewallMapper.toModel(wire)));
    out.put(
        "firewall: Cidr.parseLenient of its " + addresses.size() + " addresses",
        bytesPerCall(
            () -> {
              List<Cidr> parsed = new ArrayList<>(addresses.size());
              for (String address : addresses) {
                parsed.add(Cidr.parseLenient(address));
              }
              return parsed;
            }));
    out.put(
        "firewall: Targets.builder()...build() x7 (empty)",
        bytesPerCall(
            () -> {
              List<Targets> built = new ArrayList<>(7);
              for (int i = 0; i < 7; i++) {
                built.add(Targets.builder().build());
              }
              return built;
            }));
    out.put(
        "firewall: Targets.builder().addresses(2).tags(2).build()",
        bytesPerCall(
            () ->
                Targets.builder()
                    .addresses("203.0.113.10/32", "198.51.100.0/24")
                    .tags("web", "frontend")
                    .build()));
    return out;
  }

  private static Object read(Moshi moshi, byte[] json, String key, Class<?> type) {
    try {
      return Envelopes.read(moshi, json, key, type);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object fromJson(JsonAdapter<?> adapter, byte[] json) {
    try {
      Object value = adapter.fromJson(new okio.Buffer().write(json));
      if (value == null) {
        throw new IllegalStateException("null");
      }
      return value;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static volatile Object sink;

  /** Average bytes this thread allocates per call of {@code stage}. */
  static double bytesPerCall(Supplier<Object> stage) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < WARMUP; i++) {
      sink = stage.get();
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < MEASURED; i++) {
      sink = stage.get();
    }
    long after = threads.getCurrentThreadAllocatedBytes();
    return (double) (after - before) / MEASURED;
  }
}
