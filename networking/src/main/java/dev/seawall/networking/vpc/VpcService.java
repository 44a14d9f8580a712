package dev.seawall.networking.vpc;

import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.ConflictException;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.resource.AbstractResourceService;
import dev.seawall.core.resource.Applied;
import dev.seawall.core.resource.Deletion;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.Differ;
import dev.seawall.core.resource.RefusedChangeException;
import dev.seawall.core.resource.WireKind;
import dev.seawall.networking.NetworkingOperations;
import dev.seawall.networking.vpc.internal.VpcWire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * VPC networks, in the {@linkplain dev.seawall.core.resource.ResourceService one vocabulary} of
 * every kind. Obtain it with {@code Networking.vpcs(client)}. Thread-safe; holds no state besides
 * the client.
 *
 * <p>A VPC is identified by its name (unique in an account). Its region and {@code ip_range} are
 * fixed at creation: {@link #apply} refuses a spec that changes them ({@link
 * RefusedChangeException}, nothing sent); its description changes in place.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code vpc:read}, {@code vpc:create},
 * {@code vpc:update}, {@code vpc:delete} as noted per method.
 */
public final class VpcService extends AbstractResourceService<VpcSpec, Vpc, VpcWire> {
  /** The name of a region default VPC {@link #create} makes: {@value}{@code <region>}. */
  public static final String REGION_DEFAULT_PREFIX = "default-";

  private static final dev.seawall.core.policy.Justification REGION_DEFAULT =
      dev.seawall.core.policy.Justification.of(
          "SW-VPC-002: the region's catch-all default, so that no workload VPC becomes it");

  /** How long {@link #delete(String)} keeps retrying while members detach: 5 minutes. */
  public static final Duration DEFAULT_DELETE_TIMEOUT = Duration.ofMinutes(5);

  static final WireKind<VpcWire, Vpc> WIRE =
      WireKind.builder(VpcResource.KIND, VpcWire.class, VpcWire::toModel)
          .envelope("vpc", "vpcs")
          .list(NetworkingOperations.VPCS_LIST)
          .get(NetworkingOperations.VPCS_GET, "vpc_id")
          .delete(NetworkingOperations.VPCS_DELETE)
          .identity(VpcWire::id, VpcWire::name)
          .build();

  /**
   * The fields of a VPC: {@code region} and {@code ip_range} are fixed at creation ({@code
   * ip_range} is compared only when the spec sets one), {@code description} changes in place.
   */
  static final Differ<VpcSpec, Vpc> DIFFER =
      Differ.<VpcSpec, Vpc>builder()
          .createOnly("region", VpcSpec::region, Vpc::region)
          .createOnly(
              "ip_range",
              spec -> spec.ipRange().map(Object::toString).orElse(null),
              vpc -> vpc.ipRange().toString())
          .updatable("description", VpcSpec::description, vpc -> vpc.description().orElse(null))
          .build();

  /**
   * Creates the service on a client; prefer {@code Networking.vpcs(client)}.
   *
   * @param client the DigitalOcean client
   */
  public VpcService(DigitalOcean client) {
    super(client, WIRE);
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        NetworkingOperations.VPCS_LIST,
        NetworkingOperations.VPCS_CREATE,
        NetworkingOperations.VPCS_GET,
        NetworkingOperations.VPCS_UPDATE,
        NetworkingOperations.VPCS_DELETE,
        NetworkingOperations.VPCS_LIST_MEMBERS);
  }

  @Override
  protected Differ<VpcSpec, Vpc> differ() {
    return DIFFER;
  }

  @Override
  protected String name(VpcSpec spec) {
    return spec.name();
  }

  /**
   * Creates a VPC. If the create response is lost, the VPC is looked up by name before anything is
   * resent. A VPC of the same name already existing is refused by DigitalOcean ({@code 422}); use
   * {@link #apply} to adopt it.
   *
   * <p>DigitalOcean makes the first VPC created in a region the region's default, which every
   * resource created there without a VPC joins (SW-VPC-002). Unless the spec {@linkplain
   * VpcSpec#mayBecomeRegionDefault() may become the default}, the region's VPCs are listed first
   * and, when none is the default, the region's default is created first: {@value
   * #REGION_DEFAULT_PREFIX}{@code <region>}, with a range DigitalOcean picks. A re-run finds it and
   * creates only the workload VPC.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list">vpcs_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_create">vpcs_create</a>;
   * scopes {@code vpc:read}, {@code vpc:create}.
   *
   * @param spec the validated spec
   * @return the created VPC (never the region's default unless the spec allows it)
   * @throws SeawallException if the region has no default and a VPC named {@value
   *     #REGION_DEFAULT_PREFIX}{@code <region>} exists elsewhere (the name is taken); nothing is
   *     created
   */
  @Override
  public Vpc create(VpcSpec spec) {
    if (!spec.mayBecomeRegionDefault()) {
      ensureRegionDefault(spec.region());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("region", spec.region());
    spec.ipRange().ifPresent(range -> body.put("ip_range", range.toString()));
    if (!spec.description().isEmpty()) {
      body.put("description", spec.description());
    }
    return createWithLookup(
        ApiRequest.of(NetworkingOperations.VPCS_CREATE).body(body).build(), spec);
  }

  private void ensureRegionDefault(String region) {
    boolean hasDefault;
    try (var vpcs = listAll()) {
      hasDefault = vpcs.anyMatch(vpc -> vpc.region().equals(region) && vpc.isDefault());
    }
    if (hasDefault) {
      return;
    }
    String name = REGION_DEFAULT_PREFIX + region;
    if (find(name).isPresent()) {
      throw new SeawallException(
          "region "
              + region
              + " has no default VPC, and the name "
              + name
              + " is taken by a VPC that is not its default: make a VPC of "
              + region
              + " its default first (vpcs_patch with default: true), or let this VPC become the"
              + " default with VpcSpec.Builder.allowRegionDefault(Justification)");
    }
    create(
        VpcSpec.builder()
            .name(name)
            .region(region)
            .description("Default VPC of " + region + ", created by Seawall (SW-VPC-002)")
            .allowRegionDefault(REGION_DEFAULT)
            .build());
  }

  /**
   * Creates the VPC, or brings the existing VPC of that name in line with the spec (its
   * description); sends nothing when nothing differs.
   *
   * <p>Operations {@code vpcs_list}, then {@code vpcs_create} or {@code vpcs_update}; scopes {@code
   * vpc:read}, and {@code vpc:create} or {@code vpc:update} when something changes.
   *
   * @throws RefusedChangeException if a VPC of that name exists in another region or with another
   *     range; nothing is sent
   */
  @Override
  public Applied<Vpc> apply(VpcSpec spec) {
    return super.apply(spec);
  }

  /**
   * Fetches a VPC.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_get">vpcs_get</a>;
   * scope {@code vpc:read}.
   *
   * @throws NotFoundException if there is no such VPC
   */
  @Override
  public Vpc get(String id) {
    return super.get(id);
  }

  /**
   * Changes the description of the VPC with this id to the spec's (the other fields cannot change).
   *
   * <p>Operations {@code vpcs_get} and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_update">vpcs_update</a>;
   * scopes {@code vpc:read}, {@code vpc:update}.
   *
   * @throws NotFoundException if there is no such VPC
   * @throws RefusedChangeException if the spec changes the region or range; nothing is sent
   */
  @Override
  public Vpc update(String id, VpcSpec spec) {
    return super.update(id, spec);
  }

  @Override
  protected Vpc change(Vpc observed, VpcSpec spec, Diff diff) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", observed.name());
    body.put("description", spec.description());
    return call(
        ApiRequest.of(NetworkingOperations.VPCS_UPDATE)
            .pathParam("vpc_id", observed.id())
            .body(body)
            .build());
  }

  /**
   * The resources inside a VPC.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list_members">vpcs_list_members</a>;
   * scope {@code vpc:read} (and read scopes of the member kinds to see them).
   */
  public List<VpcMember> listMembers(String id) {
    return api.<VpcMember>listAll(
            ApiRequest.of(NetworkingOperations.VPCS_LIST_MEMBERS).pathParam("vpc_id", id).build(),
            "members",
            VpcMember.class,
            VpcMember::urn)
        .toList();
  }

  /** {@link #delete(String, Duration)} with {@link #DEFAULT_DELETE_TIMEOUT}. */
  @Override
  public Deletion delete(String id) {
    return delete(id, DEFAULT_DELETE_TIMEOUT);
  }

  /**
   * Deletes a VPC, idempotently. The VPC is read first: a VPC that does not exist counts as
   * deleted, and the region's default VPC can never be deleted, so that is refused locally. While
   * members are still detaching (DigitalOcean answers {@code 409}, or {@code 403} while the VPC
   * still lists members) the delete is retried with backoff until {@code timeout}; a VPC that is
   * already gone on a retry counts as deleted.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_get">vpcs_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_delete">vpcs_delete</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list_members">vpcs_list_members</a>;
   * scopes {@code vpc:read}, {@code vpc:delete}.
   *
   * @return {@link Deletion#DELETED}, or {@link Deletion#ALREADY_DELETED} if there was no such VPC
   * @throws SeawallException if the VPC is its region's default; nothing is deleted
   * @throws WaitTimeoutException if members are still attached at the deadline; the message lists
   *     them
   * @throws ForbiddenException if the token lacks {@code vpc:delete}
   */
  public Deletion delete(String id, Duration timeout) {
    Vpc vpc;
    try {
      vpc = get(id);
    } catch (NotFoundException gone) {
      return Deletion.ALREADY_DELETED;
    }
    if (vpc.isDefault()) {
      throw new SeawallException(
          "VPC '"
              + vpc.name()
              + "' ("
              + id
              + ") is the default VPC of region "
              + vpc.region()
              + " and DigitalOcean never deletes a default VPC; nothing was sent. Make another VPC"
              + " of the region the default first (PUT default=true on it), then delete this one.");
    }
    waiter.until(
        "VPC '" + vpc.name() + "' (" + id + ") to be deleted once its members have detached",
        () -> tryDelete(id),
        attempt -> attempt.deleted() ? WaitState.DONE : WaitState.PENDING,
        DeleteAttempt::toString,
        timeout);
    return Deletion.DELETED;
  }

  @Override
  protected String describe(Vpc vpc, VpcSpec spec) {
    return "VPC '" + vpc.name() + "' (" + vpc.id() + ")";
  }

  // ---------------------------------------------------------------------------------------------

  /** The outcome of one delete attempt: deleted, or still blocked for the stated reason. */
  private record DeleteAttempt(boolean deleted, String blocker) {
    @Override
    public String toString() {
      return deleted ? "deleted" : blocker;
    }
  }

  private DeleteAttempt tryDelete(String id) {
    try {
      api.send(ApiRequest.of(NetworkingOperations.VPCS_DELETE).pathParam("vpc_id", id).build());
      return new DeleteAttempt(true, "");
    } catch (NotFoundException gone) {
      return new DeleteAttempt(true, "");
    } catch (ConflictException conflict) {
      return new DeleteAttempt(false, "409 conflict: " + conflict.getMessage());
    } catch (ForbiddenException forbidden) {
      List<VpcMember> members;
      try {
        members = listMembers(id);
      } catch (ApiException e) {
        throw forbidden;
      }
      if (members.isEmpty()) {
        throw forbidden;
      }
      return new DeleteAttempt(
          false,
          "still has "
              + members.size()
              + (members.size() == 1 ? " member: " : " members: ")
              + members.stream()
                  .limit(10)
                  .map(VpcMember::toString)
                  .collect(Collectors.joining(", "))
              + "; remove them or move them to another VPC");
    }
  }
}
