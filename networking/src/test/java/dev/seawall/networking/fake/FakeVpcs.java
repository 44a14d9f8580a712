package dev.seawall.networking.fake;

import dev.seawall.core.Operations;
import dev.seawall.networking.net.Cidr;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * VPC networks for a {@code FakeDigitalOcean}, behaving as the API documents: names are unique per
 * account; ranges must be RFC 1918, {@code /16../28} and overlap no other VPC (else {@code 422});
 * without {@code ip_range} a free {@code /20} is chosen; the first VPC of a region becomes its
 * default; the default VPC and a VPC with members cannot be deleted ({@code 403}).
 *
 * <p>Members come from the table {@value #MEMBERS} (seed it with {@link #addMember}) and from
 * droplets in the table {@code droplets} whose {@code vpc_uuid} is the VPC's id.
 */
public final class FakeVpcs implements FakeResource {
  /** Table holding the VPC rows, keyed by id. */
  public static final String TABLE = "vpcs";

  /** Table holding extra members: rows {@code {vpc_id, name, urn, created_at}} keyed by urn. */
  public static final String MEMBERS = "vpc_members";

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable vpcs = state.table(TABLE);
    routes
        .on(Operations.VPCS_CREATE, request -> create(request, state, vpcs))
        .on(
            Operations.VPCS_GET,
            request ->
                FakeResponse.ok(FakeJson.object("vpc", vpcs.require(request.pathParam("vpc_id")))))
        .on(Operations.VPCS_LIST, request -> FakeResponse.page(request, "vpcs", vpcs.values()))
        .on(Operations.VPCS_UPDATE, request -> update(request, vpcs, true))
        .on(Operations.VPCS_PATCH, request -> update(request, vpcs, false))
        .on(Operations.VPCS_DELETE, request -> delete(request, state, vpcs))
        .on(
            Operations.VPCS_LIST_MEMBERS,
            request -> {
              vpcs.require(request.pathParam("vpc_id"));
              return FakeResponse.page(
                  request, "members", members(state, request.pathParam("vpc_id")));
            });
  }

  /**
   * Seeds a VPC row directly (no validation), e.g. a region's default VPC.
   *
   * @return the row
   */
  public static Map<String, @Nullable Object> seed(
      FakeState state, String name, String region, String ipRange, boolean isDefault) {
    String id = state.nextUuid();
    Map<String, @Nullable Object> vpc =
        FakeJson.object(
            "id", id,
            "urn", "do:vpc:" + id,
            "name", name,
            "description", "",
            "region", region,
            "ip_range", ipRange,
            "default", isDefault,
            "created_at", state.timestamp());
    return state.table(TABLE).put(id, vpc);
  }

  /** Adds a member (e.g. a load balancer) to a VPC; remove it with {@link #removeMember}. */
  public static void addMember(FakeState state, String vpcId, String name, String urn) {
    state
        .table(MEMBERS)
        .put(
            urn,
            FakeJson.object(
                "vpc_id", vpcId, "name", name, "urn", urn, "created_at", state.timestamp()));
  }

  /** Removes a member added with {@link #addMember}. */
  public static void removeMember(FakeState state, String urn) {
    state.table(MEMBERS).remove(urn);
  }

  private static FakeResponse create(FakeRequest request, FakeState state, FakeTable vpcs) {
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    String region = String.valueOf(body.get("region"));
    if (!vpcs.find(v -> name.equals(v.get("name"))).isEmpty()) {
      throw FakeApiError.unprocessable("A VPC with the name " + name + " already exists.");
    }
    Object requested = body.get("ip_range");
    Cidr range;
    if (requested == null) {
      range = freeRange(vpcs);
    } else {
      try {
        range = Cidr.parse(String.valueOf(requested));
      } catch (IllegalArgumentException e) {
        throw FakeApiError.unprocessable("ip_range is not a valid CIDR.");
      }
      if (!range.isRfc1918() || range.prefixLength() < 16 || range.prefixLength() > 28) {
        throw FakeApiError.unprocessable("ip_range must be an RFC 1918 range between /16 and /28.");
      }
      for (Map<String, @Nullable Object> other : vpcs.values()) {
        if (range.overlaps(Cidr.parse(String.valueOf(other.get("ip_range"))))) {
          throw FakeApiError.unprocessable(
              "ip_range overlaps the range of VPC " + other.get("name") + ".");
        }
      }
    }
    boolean firstInRegion = vpcs.find(v -> region.equals(v.get("region"))).isEmpty();
    Map<String, @Nullable Object> vpc = seed(state, name, region, range.toString(), firstInRegion);
    Object description = body.get("description");
    vpc.put("description", description == null ? "" : description);
    return FakeResponse.created(FakeJson.object("vpc", vpc));
  }

  private static FakeResponse update(FakeRequest request, FakeTable vpcs, boolean full) {
    Map<String, @Nullable Object> vpc = vpcs.require(request.pathParam("vpc_id"));
    Map<String, @Nullable Object> body = request.json();
    if (body.containsKey("name")) {
      vpc.put("name", body.get("name"));
    }
    if (body.containsKey("description")) {
      vpc.put("description", body.get("description"));
    } else if (full) {
      vpc.put("description", "");
    }
    if (Boolean.TRUE.equals(body.get("default"))) {
      for (Map<String, @Nullable Object> other : vpcs.values()) {
        if (Objects.equals(other.get("region"), vpc.get("region"))) {
          other.put("default", false);
        }
      }
      vpc.put("default", true);
    }
    return FakeResponse.ok(FakeJson.object("vpc", vpc));
  }

  private static FakeResponse delete(FakeRequest request, FakeState state, FakeTable vpcs) {
    String id = request.pathParam("vpc_id");
    Map<String, @Nullable Object> vpc = vpcs.require(id);
    if (Boolean.TRUE.equals(vpc.get("default"))) {
      throw new FakeApiError(403, "forbidden", "Cannot delete the default VPC of a region.");
    }
    if (!members(state, id).isEmpty()) {
      throw new FakeApiError(403, "forbidden", "Cannot delete a VPC that has members.");
    }
    vpcs.remove(id);
    return FakeResponse.noContent();
  }

  private static List<Map<String, @Nullable Object>> members(FakeState state, String vpcId) {
    List<Map<String, @Nullable Object>> members = new ArrayList<>();
    for (Map<String, @Nullable Object> row :
        state.table(MEMBERS).find(r -> vpcId.equals(r.get("vpc_id")))) {
      members.add(
          FakeJson.object(
              "name", row.get("name"), "urn", row.get("urn"), "created_at", row.get("created_at")));
    }
    for (Map<String, @Nullable Object> droplet :
        state.table("droplets").find(d -> vpcId.equals(d.get("vpc_uuid")))) {
      members.add(
          FakeJson.object(
              "name", droplet.get("name"),
              "urn", "do:droplet:" + droplet.get("id"),
              "created_at", droplet.get("created_at")));
    }
    return members;
  }

  private static Cidr freeRange(FakeTable vpcs) {
    for (int second = 100; second < 256; second++) {
      Cidr candidate = Cidr.parse("10." + second + ".0.0/20");
      boolean free =
          vpcs.values().stream()
              .noneMatch(v -> candidate.overlaps(Cidr.parse(String.valueOf(v.get("ip_range")))));
      if (free) {
        return candidate;
      }
    }
    throw FakeApiError.unprocessable("No free /20 range is left in 10.100.0.0-10.255.255.255.");
  }
}
