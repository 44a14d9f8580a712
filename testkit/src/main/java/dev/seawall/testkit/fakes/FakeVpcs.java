package dev.seawall.testkit.fakes;

import dev.seawall.core.net.Cidr;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * VPC networks: {@code vpcs_create}, {@code vpcs_get}, {@code vpcs_list}, {@code vpcs_update}
 * (PUT), {@code vpcs_patch}, {@code vpcs_delete} and {@code vpcs_list_members}, behaving as the API
 * documents:
 *
 * <ul>
 *   <li>names are unique per account ({@code 422} otherwise);
 *   <li>{@code ip_range} must be RFC 1918, {@code /16} to {@code /28}, and overlap no other VPC
 *       ({@code 422}); without one a free {@code /20} in {@code 10.100.0.0}-{@code 10.255.255.255}
 *       is chosen;
 *   <li>the first VPC of a region becomes its default; {@code "default": true} in an update moves
 *       the default; a PUT resets a missing {@code description} to {@code ""};
 *   <li>the default VPC and a VPC with members cannot be deleted ({@code 403}).
 * </ul>
 *
 * <p>Members are read live from the other fakes' tables: droplets ({@value FakeDroplets#TABLE},
 * {@code vpc_uuid}, urn {@code do:droplet:<id>}), database clusters ({@value FakeDatabases#TABLE},
 * {@code private_network_uuid}, urn {@code do:dbaas:<id>}) and load balancers ({@value
 * FakeLoadBalancers#TABLE}, {@code vpc_uuid}, urn {@code do:loadbalancer:<id>}), plus rows added
 * with {@link #addMember}. Droplets and database clusters created without a VPC join their region's
 * default VPC ({@link #defaultVpc(FakeState, String)}), which is created on first use if the region
 * has none.
 *
 * <p>Token scopes are not checked. Rows live in the table {@value #TABLE}, keyed by id.
 */
public final class FakeVpcs implements FakeResource {
  /** Table holding the VPC rows (as the API shows them), keyed by id. */
  public static final String TABLE = "vpcs";

  /** Table holding extra members: rows {@code {vpc_id, name, urn, created_at}} keyed by urn. */
  public static final String MEMBERS = "vpc_members";

  /** Creates the resource; it holds no state of its own. */
  public FakeVpcs() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable vpcs = state.table(TABLE);
    routes
        .on(FakeOperations.VPCS_CREATE, request -> create(request, state, vpcs))
        .on(
            FakeOperations.VPCS_GET,
            request ->
                FakeResponse.ok(FakeJson.object("vpc", vpcs.require(request.pathParam("vpc_id")))))
        .on(FakeOperations.VPCS_LIST, request -> FakeResponse.page(request, "vpcs", vpcs.values()))
        .on(FakeOperations.VPCS_UPDATE, request -> update(request, vpcs, true))
        .on(FakeOperations.VPCS_PATCH, request -> update(request, vpcs, false))
        .on(FakeOperations.VPCS_DELETE, request -> delete(request, state, vpcs))
        .on(
            FakeOperations.VPCS_LIST_MEMBERS,
            request -> {
              vpcs.require(request.pathParam("vpc_id"));
              return FakeResponse.page(
                  request, "members", members(state, request.pathParam("vpc_id")));
            });
  }

  /**
   * Seeds a VPC row directly, without the API's checks (e.g. a region's default VPC).
   *
   * @param ipRange a CIDR such as {@code 10.110.0.0/20}
   * @return the live row
   */
  public static Map<String, @Nullable Object> seed(
      FakeState state, String name, String region, String ipRange, boolean isDefault) {
    return seed(state, state.nextUuid(), name, region, ipRange, isDefault);
  }

  /**
   * Seeds a VPC row with a given {@code id} (e.g. the VPC a test's spec names), without the API's
   * checks; replaces a VPC with that id.
   *
   * @param id a UUID
   * @param ipRange a CIDR such as {@code 10.110.0.0/20}
   * @return the live row
   */
  public static Map<String, @Nullable Object> seed(
      FakeState state, String id, String name, String region, String ipRange, boolean isDefault) {
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

  /**
   * The id of the default VPC of {@code region}; when the region has none yet, one named {@code
   * default-<region>} with a free {@code /20} is created, as DigitalOcean does on the first
   * resource in a region.
   */
  public static String defaultVpc(FakeState state, String region) {
    return findDefaultVpc(state, region)
        .orElseGet(
            () ->
                String.valueOf(
                    seed(
                            state,
                            "default-" + region,
                            region,
                            freeRange(state.table(TABLE)).toString(),
                            true)
                        .get("id")));
  }

  /** The id of the default VPC of {@code region}, empty when the region has none yet. */
  public static Optional<String> findDefaultVpc(FakeState state, String region) {
    return state
        .table(TABLE)
        .find(v -> region.equals(v.get("region")) && Boolean.TRUE.equals(v.get("default")))
        .stream()
        .findFirst()
        .map(v -> String.valueOf(v.get("id")));
  }

  /** Adds a member (e.g. a Kubernetes cluster) to a VPC; remove it with {@link #removeMember}. */
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

  /**
   * Every member of a VPC as {@code vpcs_list_members} answers them: {@code {name, urn,
   * created_at}}.
   */
  public static List<Map<String, @Nullable Object>> members(FakeState state, String vpcId) {
    List<Map<String, @Nullable Object>> members = new ArrayList<>();
    for (Map<String, @Nullable Object> row :
        state.table(MEMBERS).find(r -> vpcId.equals(r.get("vpc_id")))) {
      members.add(member(row.get("name"), row.get("urn"), row.get("created_at")));
    }
    for (Map<String, @Nullable Object> droplet :
        state.table(FakeDroplets.TABLE).find(d -> vpcId.equals(d.get("vpc_uuid")))) {
      members.add(
          member(
              droplet.get("name"), "do:droplet:" + droplet.get("id"), droplet.get("created_at")));
    }
    for (Map<String, @Nullable Object> cluster :
        state.table(FakeDatabases.TABLE).find(c -> vpcId.equals(c.get("private_network_uuid")))) {
      members.add(
          member(cluster.get("name"), "do:dbaas:" + cluster.get("id"), cluster.get("created_at")));
    }
    for (Map<String, @Nullable Object> lb :
        state.table(FakeLoadBalancers.TABLE).find(l -> vpcId.equals(l.get("vpc_uuid")))) {
      members.add(member(lb.get("name"), "do:loadbalancer:" + lb.get("id"), lb.get("created_at")));
    }
    return members;
  }

  private static Map<String, @Nullable Object> member(
      @Nullable Object name, @Nullable Object urn, @Nullable Object createdAt) {
    return FakeJson.object("name", name, "urn", urn, "created_at", createdAt);
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
        if (range.overlaps(Cidr.parseLenient(String.valueOf(other.get("ip_range"))))) {
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

  private static Cidr freeRange(FakeTable vpcs) {
    for (int second = 100; second < 256; second++) {
      Cidr candidate = Cidr.parse("10." + second + ".0.0/20");
      boolean free =
          vpcs.values().stream()
              .noneMatch(
                  v -> candidate.overlaps(Cidr.parseLenient(String.valueOf(v.get("ip_range")))));
      if (free) {
        return candidate;
      }
    }
    throw FakeApiError.unprocessable("No free /20 range is left in 10.100.0.0-10.255.255.255.");
  }
}
