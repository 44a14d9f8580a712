package dev.seawall.core.resource;

import dev.seawall.core.Operation;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one resource kind appears on the wire: its JSON envelopes, its list/get/delete operations,
 * how to read the id and name of a wire record, and the one mapping from the internal wire record
 * to the public read model. {@link AbstractResourceService} builds the common vocabulary from it.
 *
 * <pre>{@code
 * static final WireKind<VpcWire, Vpc> WIRE =
 *     WireKind.builder("vpc", VpcWire.class, VpcWire::toModel)
 *         .envelope("vpc", "vpcs")
 *         .list(NetworkingOperations.VPCS_LIST)
 *         .get(NetworkingOperations.VPCS_GET, "vpc_id")
 *         .delete(NetworkingOperations.VPCS_DELETE)
 *         .identity(VpcWire::id, VpcWire::name)
 *         .build();
 * }</pre>
 *
 * @param <W> the internal wire record
 * @param <M> the public read model
 */
public final class WireKind<W, M> {
  private final String kind;
  private final Class<W> wireType;
  private final Function<W, M> toModel;
  private final String envelope;
  private final String listKey;
  private final Operation list;
  private final boolean paged;
  private final Operation get;
  private final String idParameter;
  private final @Nullable Operation delete;
  private final Function<W, String> id;
  private final Function<W, String> name;

  private WireKind(Builder<W, M> builder) {
    this.kind = builder.kind;
    this.wireType = builder.wireType;
    this.toModel = builder.toModel;
    this.envelope = require(builder.envelope, "envelope");
    this.listKey = require(builder.listKey, "listKey");
    this.list = require(builder.list, "list");
    this.paged = builder.paged;
    this.get = require(builder.get, "get");
    this.idParameter = require(builder.idParameter, "idParameter");
    this.delete = builder.delete;
    this.id = require(builder.id, "id");
    this.name = require(builder.name, "name");
  }

  private static <T> T require(@Nullable T value, String what) {
    if (value == null) {
      throw new IllegalStateException("WireKind needs " + what);
    }
    return value;
  }

  /**
   * Starts the description of a kind.
   *
   * @param kind the kind, lower snake case, e.g. {@code vpc}
   * @param wireType the internal wire record decoded from responses
   * @param toModel the mapping from wire record to read model
   */
  public static <W, M> Builder<W, M> builder(
      String kind, Class<W> wireType, Function<W, M> toModel) {
    return new Builder<>(kind, wireType, toModel);
  }

  /** The kind, e.g. {@code vpc}. */
  public String kind() {
    return kind;
  }

  /** The wire record type. */
  public Class<W> wireType() {
    return wireType;
  }

  /** Maps a wire record to the read model. */
  public M toModel(W wire) {
    return toModel.apply(wire);
  }

  /** The key holding one resource in a response, e.g. {@code vpc}. */
  public String envelope() {
    return envelope;
  }

  /** The key holding the array in a list response, e.g. {@code vpcs}. */
  public String listKey() {
    return listKey;
  }

  /** The list operation. */
  public Operation list() {
    return list;
  }

  /**
   * Whether the list operation pages ({@code page}, {@code per_page}, {@code links}, {@code meta});
   * {@code false} for the few that answer every resource at once (database clusters, database
   * users, Kubernetes node pools).
   */
  public boolean paged() {
    return paged;
  }

  /** The get-by-id operation. */
  public Operation get() {
    return get;
  }

  /** The path parameter naming the id in get and delete, e.g. {@code vpc_id}. */
  public String idParameter() {
    return idParameter;
  }

  /** The delete operation, if the kind can be deleted by id. */
  public Optional<Operation> delete() {
    return Optional.ofNullable(delete);
  }

  /** The id of a wire record. */
  public String id(W wire) {
    return id.apply(wire);
  }

  /** The name of a wire record. */
  public String name(W wire) {
    return name.apply(wire);
  }

  @Override
  public String toString() {
    return "WireKind[" + kind + "]";
  }

  /** Builder for {@link WireKind}. */
  public static final class Builder<W, M> {
    private final String kind;
    private final Class<W> wireType;
    private final Function<W, M> toModel;
    private @Nullable String envelope;
    private @Nullable String listKey;
    private @Nullable Operation list;
    private boolean paged = true;
    private @Nullable Operation get;
    private @Nullable String idParameter;
    private @Nullable Operation delete;
    private @Nullable Function<W, String> id;
    private @Nullable Function<W, String> name;

    private Builder(String kind, Class<W> wireType, Function<W, M> toModel) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.wireType = Objects.requireNonNull(wireType, "wireType");
      this.toModel = Objects.requireNonNull(toModel, "toModel");
    }

    /** The single-resource envelope and the list key, e.g. {@code ("vpc", "vpcs")}. */
    public Builder<W, M> envelope(String single, String plural) {
      this.envelope = Objects.requireNonNull(single, "single");
      this.listKey = Objects.requireNonNull(plural, "plural");
      return this;
    }

    /** The list operation. */
    public Builder<W, M> list(Operation operation) {
      this.list = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /**
     * Declares that the list operation has no paging parameters and answers every resource in one
     * response (the official specification documents neither {@code page} nor {@code per_page} for
     * it, so sending them would be refused by contract validation). Default: paged.
     */
    public Builder<W, M> unpaged() {
      this.paged = false;
      return this;
    }

    /** The get operation and the path parameter holding the id. */
    public Builder<W, M> get(Operation operation, String idParameter) {
      this.get = Objects.requireNonNull(operation, "operation");
      this.idParameter = Objects.requireNonNull(idParameter, "idParameter");
      return this;
    }

    /** The delete operation (same id parameter as get). */
    public Builder<W, M> delete(Operation operation) {
      this.delete = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /** How to read the id and the name of a wire record. */
    public Builder<W, M> identity(Function<W, String> id, Function<W, String> name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Builds the description.
     *
     * @throws IllegalStateException if envelope, list, get or identity is missing
     */
    public WireKind<W, M> build() {
      return new WireKind<>(this);
    }
  }
}
