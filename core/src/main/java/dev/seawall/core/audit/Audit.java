package dev.seawall.core.audit;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.HttpMethod;
import dev.seawall.core.Operation;
import dev.seawall.core.Scopes;
import dev.seawall.core.policy.PolicyReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;

/**
 * The audit of a whole account: every resource kind of the Seawall modules on the class path,
 * listed page by page and checked with the same rules the spec builders enforce, in one {@link
 * PolicyReport}.
 *
 * <pre>{@code
 * try (DigitalOcean client = DigitalOcean.fromEnvironment()) {
 *   Audit audit = Audit.builder(client).build();
 *   System.out.println("token scopes needed: " + audit.readScopes());
 *   AuditResult result = audit.run();
 *   Files.writeString(Path.of("seawall.sarif"), result.report().toSarif());
 * }
 * }</pre>
 *
 * <p>Each finding names its resource once, as {@code <kind>/<name>} (part paths such as {@code
 * firewall/web.inboundRules[0]} for a rule of it), located at {@code digitalocean://<kind>/<id>},
 * and its remediation says what to change on the existing resource and which Seawall call converges
 * it. Only {@code GET} operations are sent, so a token with the {@link #readScopes()} suffices.
 * Sources run one after the other, in the order the facts they share need (see {@link
 * AuditSource#needs()}), each in its module's order.
 */
public final class Audit {
  private final DigitalOcean client;
  private final List<AuditSource> sources;
  private final Map<AuditOption<?>, Object> options;
  private final AuditListener listener;

  private Audit(Builder builder) {
    this.client = builder.client;
    this.sources = order(builder.sources);
    this.options = Map.copyOf(builder.options);
    this.listener = builder.listener;
  }

  /**
   * Starts an audit of the account the client's token belongs to, with the sources registered on
   * the class path.
   *
   * @param client the client; its token needs the {@link #readScopes()}
   * @return the builder
   */
  public static Builder builder(DigitalOcean client) {
    return new Builder(client);
  }

  /** The audit sources registered on the class path ({@link ServiceLoader}), sorted by area. */
  public static List<AuditSource> installedSources() {
    return ServiceLoader.load(AuditSource.class).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(AuditSource::area))
        .toList();
  }

  /** The sources, in the order they run. */
  public List<AuditSource> sources() {
    return sources;
  }

  /** Every operation the audit may send: the sources' read operations, by operationId. */
  public List<Operation> readOperations() {
    Map<String, Operation> byId = new java.util.TreeMap<>();
    sources.forEach(s -> s.readOperations().forEach(op -> byId.put(op.operationId(), op)));
    return List.copyOf(byId.values());
  }

  /** The token scopes the audit needs: read scopes only (e.g. {@code droplet:read}). */
  public SortedSet<String> readScopes() {
    return Scopes.required(readOperations());
  }

  /**
   * Lists and audits every kind.
   *
   * @return the report, the counts per kind and the kinds skipped
   * @throws dev.seawall.core.ApiException if a listing fails (e.g. a 403 naming a missing read
   *     scope); nothing is reported for a partial audit
   */
  public AuditResult run() {
    PolicyReport.Builder report = PolicyReport.builder().existingResources();
    Set<AuditFact> provided = new HashSet<>();
    sources.forEach(source -> provided.addAll(source.provides()));
    AuditContext context = new AuditContext(client, options, report, listener, provided);
    for (AuditSource source : sources) {
      source.audit(context);
    }
    return new AuditResult(report.build(), context.counts(), context.skipped(), readScopes());
  }

  private static List<AuditSource> order(List<AuditSource> sources) {
    List<AuditSource> pending = new ArrayList<>(sources);
    pending.sort(Comparator.comparing(AuditSource::area));
    for (AuditSource source : pending) {
      for (Operation operation : source.readOperations()) {
        if (operation.method() != HttpMethod.GET) {
          throw new IllegalArgumentException(
              "audit source "
                  + source.area()
                  + " declares "
                  + operation.operationId()
                  + ", which is not a read operation");
        }
      }
    }
    Map<AuditFact, Integer> providers = new HashMap<>();
    pending.forEach(s -> s.provides().forEach(f -> providers.merge(f, 1, Integer::sum)));
    List<AuditSource> ordered = new ArrayList<>();
    Map<AuditFact, Integer> remaining = new HashMap<>(providers);
    while (!pending.isEmpty()) {
      AuditSource next =
          pending.stream()
              .filter(s -> s.needs().stream().allMatch(f -> othersPending(s, f, remaining) == 0))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "audit sources need each other's facts in a cycle: "
                              + pending.stream().map(AuditSource::area).toList()));
      pending.remove(next);
      next.provides().forEach(f -> remaining.merge(f, -1, Integer::sum));
      ordered.add(next);
    }
    return List.copyOf(ordered);
  }

  private static int othersPending(
      AuditSource source, AuditFact fact, Map<AuditFact, Integer> remaining) {
    return remaining.getOrDefault(fact, 0) - (source.provides().contains(fact) ? 1 : 0);
  }

  /** Configures an {@link Audit}. */
  public static final class Builder {
    private final DigitalOcean client;
    private List<AuditSource> sources;
    private final Map<AuditOption<?>, Object> options = new LinkedHashMap<>();
    private AuditListener listener = AuditListener.NONE;

    private Builder(DigitalOcean client) {
      this.client = Objects.requireNonNull(client, "client");
      this.sources = installedSources();
    }

    /**
     * Audits these sources instead of the ones registered on the class path.
     *
     * @param sources the sources; areas must be unique
     * @return this builder
     * @throws IllegalArgumentException if two sources have the same area
     */
    public Builder sources(List<? extends AuditSource> sources) {
      Set<String> areas = new HashSet<>();
      for (AuditSource source : sources) {
        if (!areas.add(source.area())) {
          throw new IllegalArgumentException("two audit sources for area " + source.area());
        }
      }
      this.sources = List.copyOf(sources);
      return this;
    }

    /**
     * Sets an option a source reads, e.g. the Spaces keys bucket listing needs.
     *
     * @param option the option, declared by the module that reads it
     * @param value its value
     * @param <T> its type
     * @return this builder
     */
    public <T> Builder option(AuditOption<T> option, T value) {
      options.put(option, option.type().cast(Objects.requireNonNull(value, "value")));
      return this;
    }

    /**
     * Receives progress while the account is listed. Default: none.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(AuditListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the audit.
     *
     * @return the audit
     * @throws IllegalArgumentException if a source declares an operation that is not a read, or the
     *     sources need each other's facts in a cycle
     */
    public Audit build() {
      return new Audit(this);
    }
  }
}
