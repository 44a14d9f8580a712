package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalog of regions and Droplet sizes: {@code regions_list} ({@code GET /v2/regions}) and
 * {@code sizes_list} ({@code GET /v2/sizes}), paged like every list. A fixed snapshot of ten
 * regions ({@link #REGIONS}: {@code nyc1}, {@code nyc3}, {@code sfo3}, {@code tor1}, {@code lon1},
 * {@code ams3}, {@code fra1}, {@code blr1}, {@code sgp1}, {@code syd1}) and six sizes ({@link
 * #SIZES}), each size available in every region, with DigitalOcean's prices of 2026. The other
 * fakes do not check slugs against it (any region slug is accepted, as before).
 */
public final class FakeRegions implements FakeResource {
  /** The region slugs served, in the order listed. */
  public static final List<String> REGIONS =
      List.of("nyc1", "nyc3", "sfo3", "tor1", "lon1", "ams3", "fra1", "blr1", "sgp1", "syd1");

  /** The size slugs served, in the order listed. */
  public static final List<String> SIZES =
      List.of(
          "s-1vcpu-1gb", "s-1vcpu-2gb", "s-2vcpu-2gb", "s-2vcpu-4gb", "s-4vcpu-8gb", "g-2vcpu-8gb");

  private static final Map<String, String> REGION_NAMES =
      Map.of(
          "nyc1", "New York 1",
          "nyc3", "New York 3",
          "sfo3", "San Francisco 3",
          "tor1", "Toronto 1",
          "lon1", "London 1",
          "ams3", "Amsterdam 3",
          "fra1", "Frankfurt 1",
          "blr1", "Bangalore 1",
          "sgp1", "Singapore 1",
          "syd1", "Sydney 1");

  /** Creates the resource; the catalog is fixed. */
  public FakeRegions() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    routes
        .on(
            ClientOperations.REGIONS_LIST,
            request -> FakeResponse.page(request, "regions", regions()))
        .on(ClientOperations.SIZES_LIST, request -> FakeResponse.page(request, "sizes", sizes()));
  }

  private static List<Map<String, @Nullable Object>> regions() {
    List<Map<String, @Nullable Object>> regions = new ArrayList<>();
    for (String slug : REGIONS) {
      regions.add(
          FakeJson.object(
              "name",
              REGION_NAMES.get(slug),
              "slug",
              slug,
              "features",
              List.of("backups", "ipv6", "metadata", "install_agent", "storage", "image_transfer"),
              "available",
              true,
              "sizes",
              SIZES));
    }
    return regions;
  }

  /** A copy of the size with this slug, when the catalog has it. */
  static Optional<Map<String, @Nullable Object>> size(String slug) {
    return sizes().stream()
        .filter(size -> slug.equals(size.get("slug")))
        .findFirst()
        .map(size -> (Map<String, @Nullable Object>) new LinkedHashMap<>(size));
  }

  private static List<Map<String, @Nullable Object>> sizes() {
    return List.of(
        size("s-1vcpu-1gb", 1024, 1, 25, 1.0, 6, "Basic"),
        size("s-1vcpu-2gb", 2048, 1, 50, 2.0, 12, "Basic"),
        size("s-2vcpu-2gb", 2048, 2, 60, 3.0, 18, "Basic"),
        size("s-2vcpu-4gb", 4096, 2, 80, 4.0, 24, "Basic"),
        size("s-4vcpu-8gb", 8192, 4, 160, 5.0, 48, "Basic"),
        size("g-2vcpu-8gb", 8192, 2, 25, 4.0, 63, "General Purpose"));
  }

  private static Map<String, @Nullable Object> size(
      String slug,
      int memoryMegabytes,
      int vcpus,
      int diskGigabytes,
      double transferTerabytes,
      int priceMonthly,
      String description) {
    return FakeJson.object(
        "slug", slug,
        "memory", memoryMegabytes,
        "vcpus", vcpus,
        "disk", diskGigabytes,
        "transfer", transferTerabytes,
        "price_monthly", (double) priceMonthly,
        "price_hourly", Math.round(priceMonthly / 672.0 * 100_000) / 100_000.0,
        "regions", REGIONS,
        "available", true,
        "description", description);
  }

  @Override
  public String toString() {
    return "FakeRegions";
  }
}
