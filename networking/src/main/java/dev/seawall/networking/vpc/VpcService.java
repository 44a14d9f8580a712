package dev.seawall.networking.vpc;

import dev.seawall.core.Api;
import dev.seawall.core.ApiException;
import dev.seawall.core.ApiRequest;
import dev.seawall.core.ConflictException;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.ForbiddenException;
import dev.seawall.core.NotFoundException;
import dev.seawall.core.Operation;
import dev.seawall.core.Operations;
import dev.seawall.core.Page;
import dev.seawall.core.SeawallException;
import dev.seawall.core.WaitState;
import dev.seawall.core.WaitTimeoutException;
import dev.seawall.core.Waiter;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Violation;
import dev.seawall.core.value.NameRule;
import dev.seawall.networking.vpc.internal.VpcWire;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Creates, reads, updates and deletes VPC networks. Obtain it with {@code Networking.vpcs(client)}.
 * Thread-safe; holds no state besides the client.
 *
 * <p>Every method throws {@link ApiException} subclasses for API errors (e.g. {@link
 * NotFoundException}, {@link ForbiddenException} naming the scopes of the operation) and {@code
 * TransportException} for network failures. Token scopes: {@code vpc:read}, {@code vpc:create},
 * {@code vpc:update}, {@code vpc:delete} as noted per method.
 */
public final class VpcService {
  /** How long {@link #delete(String)} keeps retrying while members detach: 5 minutes. */
  public static final Duration DEFAULT_DELETE_TIMEOUT = Duration.ofMinutes(5);

  private final Api api;
  private final Waiter waiter;

  /**
   * Creates the service on a client; prefer {@code Networking.vpcs(client)}.
   *
   * @param client the DigitalOcean client
   */
  public VpcService(DigitalOcean client) {
    Objects.requireNonNull(client, "client");
    this.api = client.api();
    this.waiter = client.waiter();
  }

  /**
   * Every API operation this service may call, for computing the minimal token scopes with {@code
   * Scopes.required(...)}.
   */
  public static List<Operation> operations() {
    return List.of(
        Operations.VPCS_LIST,
        Operations.VPCS_CREATE,
        Operations.VPCS_GET,
        Operations.VPCS_UPDATE,
        Operations.VPCS_DELETE,
        Operations.VPCS_LIST_MEMBERS);
  }

  /**
   * Creates a VPC, idempotently: a VPC with the spec's name (names are unique in an account) is
   * returned as it is when its region and range match the spec; otherwise it is an error. If the
   * create response is lost, the VPC is looked up by name before anything is resent.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list">vpcs_list</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_create">vpcs_create</a>;
   * scopes {@code vpc:read}, {@code vpc:create}.
   *
   * @param spec the validated spec
   * @return the created or existing VPC
   * @throws SeawallException if a VPC of that name exists with another region or range
   */
  public Vpc create(VpcSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Optional<Vpc> existing = findByName(spec.name());
    if (existing.isPresent()) {
      return requireCompatible(existing.get(), spec);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", spec.name());
    body.put("region", spec.region());
    spec.ipRange().ifPresent(range -> body.put("ip_range", range.toString()));
    if (!spec.description().isEmpty()) {
      body.put("description", spec.description());
    }
    VpcWire created =
        api.create(
            ApiRequest.of(Operations.VPCS_CREATE).body(body).build(),
            "vpc",
            VpcWire.class,
            () -> findWireByName(spec.name()));
    return created.toModel();
  }

  /**
   * Idempotent: {@link #create} the VPC, or bring the description of the existing one in line with
   * the spec. Applying the same spec again sends no write.
   *
   * <p>Scopes {@code vpc:read}, {@code vpc:create}, {@code vpc:update}.
   *
   * @throws SeawallException if a VPC of that name exists with another region or range
   */
  public Vpc apply(VpcSpec spec) {
    Vpc vpc = create(spec);
    if (vpc.description().equals(spec.description())) {
      return vpc;
    }
    return update(vpc.id(), vpc.name(), spec.description());
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
  public Vpc get(String id) {
    return api.<VpcWire>call(
            ApiRequest.of(Operations.VPCS_GET).pathParam("vpc_id", id).build(),
            "vpc",
            VpcWire.class)
        .toModel();
  }

  /**
   * Fetches one page of the account's VPCs.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list">vpcs_list</a>;
   * scope {@code vpc:read}.
   *
   * @param page 1-based page number
   * @param perPage VPCs per page, 1..200
   */
  public Page<Vpc> list(int page, int perPage) {
    Page<VpcWire> wires =
        api.page(ApiRequest.of(Operations.VPCS_LIST).build(), "vpcs", VpcWire.class, page, perPage);
    return new Page<>(
        wires.items().stream().map(VpcWire::toModel).toList(), wires.total(), wires.next());
  }

  /**
   * Every VPC of the account (default VPCs included), as a lazy stream fetching pages of 200.
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list">vpcs_list</a>;
   * scope {@code vpc:read}.
   */
  public Stream<Vpc> listAll() {
    return listWire().map(VpcWire::toModel);
  }

  /** The VPC with this name, if any (names are unique in an account). Scope {@code vpc:read}. */
  public Optional<Vpc> findByName(String name) {
    Objects.requireNonNull(name, "name");
    return findWireByName(name).map(VpcWire::toModel);
  }

  /**
   * Renames a VPC or changes its description (the other attributes cannot change).
   *
   * <p>Operation <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_update">vpcs_update</a>;
   * scope {@code vpc:update}.
   *
   * @param id the VPC's UUID
   * @param name the new name: letters, digits, dashes and dots
   * @param description the new description, at most 255 characters; empty clears it
   * @throws InvalidSpecException if the name or description is invalid; nothing is sent
   * @throws NotFoundException if there is no such VPC
   */
  public Vpc update(String id, String name, String description) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Checks checks = Checks.on("vpc/" + id);
    NameRule.VPC.check(checks, "name", name);
    if (description.length() > VpcSpec.MAX_DESCRIPTION_LENGTH) {
      checks.invalid(
          "description",
          "is " + description.length() + " characters long, at most 255 are allowed");
    }
    List<Violation> violations = checks.violations();
    if (!violations.isEmpty()) {
      throw new InvalidSpecException(violations);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("description", description);
    return api.<VpcWire>call(
            ApiRequest.of(Operations.VPCS_UPDATE).pathParam("vpc_id", id).body(body).build(),
            "vpc",
            VpcWire.class)
        .toModel();
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
            ApiRequest.of(Operations.VPCS_LIST_MEMBERS).pathParam("vpc_id", id).build(),
            "members",
            VpcMember.class,
            VpcMember::urn)
        .toList();
  }

  /** {@link #delete(String, Duration)} with {@link #DEFAULT_DELETE_TIMEOUT}. */
  public void delete(String id) {
    delete(id, DEFAULT_DELETE_TIMEOUT);
  }

  /**
   * Deletes a VPC. The VPC is read first: the region's default VPC can never be deleted, so that is
   * refused locally. While members are still detaching (DigitalOcean answers {@code 409}, or {@code
   * 403} while the VPC still lists members) the delete is retried with backoff until {@code
   * timeout}; a VPC that is already gone on a retry counts as deleted.
   *
   * <p>Operations <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_get">vpcs_get</a>,
   * <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_delete">vpcs_delete</a>
   * and <a
   * href="https://docs.digitalocean.com/reference/api/digitalocean/#operation/vpcs_list_members">vpcs_list_members</a>;
   * scopes {@code vpc:read}, {@code vpc:delete}.
   *
   * @throws SeawallException if the VPC is its region's default; nothing is deleted
   * @throws NotFoundException if there is no such VPC
   * @throws WaitTimeoutException if members are still attached at the deadline; the message lists
   *     them
   * @throws ForbiddenException if the token lacks {@code vpc:delete}
   */
  public void delete(String id, Duration timeout) {
    Vpc vpc = get(id);
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
      api.send(ApiRequest.of(Operations.VPCS_DELETE).pathParam("vpc_id", id).build());
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

  private Vpc requireCompatible(Vpc existing, VpcSpec spec) {
    boolean sameRegion = existing.region().equals(spec.region());
    boolean sameRange = spec.ipRange().map(r -> r.equals(existing.ipRange())).orElse(true);
    if (sameRegion && sameRange) {
      return existing;
    }
    throw new SeawallException(
        "A VPC named '"
            + spec.name()
            + "' already exists ("
            + existing.id()
            + ") in region "
            + existing.region()
            + " with range "
            + existing.ipRange()
            + ", but the spec asks for region "
            + spec.region()
            + spec.ipRange().map(r -> " with range " + r).orElse("")
            + ". VPC names are unique per account: choose another name or delete the existing"
            + " VPC.");
  }

  private Optional<VpcWire> findWireByName(String name) {
    return listWire().filter(w -> w.name().equals(name)).findFirst();
  }

  private Stream<VpcWire> listWire() {
    return api.<VpcWire>listAll(
        ApiRequest.of(Operations.VPCS_LIST).build(), "vpcs", VpcWire.class, VpcWire::id);
  }
}
