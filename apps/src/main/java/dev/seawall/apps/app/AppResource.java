package dev.seawall.apps.app;

import dev.seawall.apps.AppsOperations;
import dev.seawall.apps.app.internal.DatabaseTrust;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.Operation;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.resource.Diff;
import dev.seawall.core.resource.FieldChange;
import dev.seawall.core.resource.ResourceService;
import dev.seawall.core.stack.AppliedResource;
import dev.seawall.core.stack.ResourceKey;
import dev.seawall.core.stack.ResourcePlan;
import dev.seawall.core.stack.SpecResource;
import dev.seawall.core.stack.StackContext;
import dev.seawall.core.stack.StackResource;
import dev.seawall.core.stack.Validated;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An App Platform app as part of a {@link dev.seawall.core.stack.Stack}, kind {@value #KIND}.
 * Planning diffs the spec with the app of the same name ({@link AppService#apply(AppSpec)}
 * describes the fields); applying converges it.
 *
 * <p>A database cluster of the stack is bound with {@link Builder#database(StackResource, String,
 * String)}: the app is applied after the cluster, its spec binds the cluster by name (components
 * use {@code ${<binding>.DATABASE_URL}}), and, as part of the same apply, the cluster's trusted
 * sources gain the app ({@code type: app}, its id), keeping every other rule. The plan shows that
 * as {@code trusted_sources: + database/<name>: app}. The reference is a {@link StackResource} of
 * kind {@code database}, because apps does not depend on databases.
 *
 * <pre>{@code
 * AppResource app = AppResource.builder(client, "orders", AppSpec.builder().region("fra")
 *         .addComponent(AppComponent.service("api", ImageSource.docr("orders-api", "1.4.2"))
 *             .withEnv(EnvVar.binding("DATABASE_URL", "db", "DATABASE_URL"))))
 *     .database(ordersDb, "db", "PG")
 *     .build();
 * }</pre>
 *
 * <p>Outputs: {@code default_ingress} (the app's URL, once deployed). Token scopes: {@code
 * app:read}, {@code app:create} or {@code app:update} when it changes; with bound databases {@code
 * database:read} and {@code database:update} when the app is not yet trusted.
 */
public final class AppResource extends SpecResource<AppSpec, App> {
  /** The resource kind: {@value}. */
  public static final String KIND = "app";

  /** The field listing the clusters whose trusted sources gain the app. */
  static final String TRUSTED_SOURCES = "trusted_sources";

  private final AppService service;
  private final DatabaseTrust trust;
  private final List<ResourceKey> clusters;

  private AppResource(Builder builder) {
    super(
        ResourceKey.of(KIND, builder.name),
        Validated.of(builder.spec.name(builder.name).validate()),
        builder.dependencies());
    this.service = new AppService(builder.client);
    this.trust = new DatabaseTrust(builder.client.api());
    this.clusters = List.copyOf(builder.clusters);
  }

  /** An app resource for a built spec; its name is the resource name. */
  public static AppResource of(DigitalOcean client, AppSpec spec) {
    return builder(client, spec.name(), spec.toBuilder()).build();
  }

  /**
   * Starts an app resource from a spec builder, so that an invalid spec is reported by {@code
   * Stack.plan()} together with every other problem of the stack.
   *
   * @param client the client the app is applied with
   * @param name the app name, also the resource name; set on {@code spec}
   * @param spec the app; read once by {@link Builder#build()}
   */
  public static Builder builder(DigitalOcean client, String name, AppSpec.Builder spec) {
    return new Builder(client, name, spec);
  }

  @Override
  protected ResourceService<AppSpec, App> service() {
    return service;
  }

  @Override
  protected String id(App app) {
    return app.id();
  }

  @Override
  protected Map<String, String> outputs(App app) {
    return app.defaultIngress().isEmpty()
        ? Map.of()
        : Map.of("default_ingress", app.defaultIngress());
  }

  @Override
  protected List<AcknowledgedRisk> acknowledgedRisks(AppSpec spec) {
    return spec.acknowledgedRisks();
  }

  @Override
  protected List<Operation> readOperations() {
    List<Operation> reads = new ArrayList<>(List.of(AppsOperations.APPS_LIST));
    if (!clusters.isEmpty()) {
      reads.add(AppsOperations.DATABASES_LIST_FIREWALL_RULES);
    }
    return List.copyOf(reads);
  }

  @Override
  protected List<Operation> createOperations() {
    List<Operation> creates =
        new ArrayList<>(List.of(AppsOperations.APPS_CREATE, AppsOperations.APPS_GET_DEPLOYMENT));
    if (!clusters.isEmpty()) {
      creates.add(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES);
    }
    return List.copyOf(creates);
  }

  @Override
  protected List<Operation> updateOperations() {
    List<Operation> updates =
        new ArrayList<>(List.of(AppsOperations.APPS_UPDATE, AppsOperations.APPS_GET_DEPLOYMENT));
    if (!clusters.isEmpty()) {
      updates.add(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES);
    }
    return List.copyOf(updates);
  }

  /**
   * The app's diff plus {@code trusted_sources: + database/<name>: app} for each cluster lacking
   * it.
   */
  @Override
  public ResourcePlan plan(StackContext context) {
    ResourcePlan own = super.plan(context);
    List<FieldChange> trusts = new ArrayList<>();
    for (ResourceKey cluster : clusters) {
      String clusterId = context.id(cluster);
      Optional<String> appId = own.id();
      boolean known = appId.isPresent() && !clusterId.equals(cluster.placeholderUuid());
      if (!known || !trust.trusts(clusterId, appId.get())) {
        trusts.add(
            FieldChange.added(
                TRUSTED_SOURCES, cluster + ": app " + appId.orElse(FieldChange.KNOWN_AFTER_APPLY)));
      }
    }
    if (trusts.isEmpty()) {
      return own;
    }
    Diff diff = own.diff().plus(trusts);
    List<Operation> operations = new ArrayList<>(own.operations());
    operations.add(AppsOperations.DATABASES_UPDATE_FIREWALL_RULES);
    operations.addAll(operationsFor(diff.action()));
    return new ResourcePlan(
        key(), diff, own.id(), own.outputs(), List.copyOf(new LinkedHashSet<>(operations)));
  }

  /** Converges the app, then adds it to the trusted sources of each bound cluster lacking it. */
  @Override
  public AppliedResource apply(StackContext context) {
    AppliedResource own = super.apply(context);
    List<FieldChange> trusts = new ArrayList<>();
    for (ResourceKey cluster : clusters) {
      if (trust.trust(context.id(cluster), own.id(), "app " + key().name())) {
        trusts.add(FieldChange.added(TRUSTED_SOURCES, cluster + ": app " + own.id()));
      }
    }
    return new AppliedResource(
        key(), own.id(), own.status(), own.diff().plus(trusts), own.outputs());
  }

  /** Builder for {@link AppResource}. */
  public static final class Builder extends SpecResource.Builder<Builder> {
    private final DigitalOcean client;
    private final String name;
    private final AppSpec.Builder spec;
    private final List<ResourceKey> clusters = new ArrayList<>();
    private final Map<String, ResourceKey> bindings = new LinkedHashMap<>();

    private Builder(DigitalOcean client, String name, AppSpec.Builder spec) {
      this.client = Objects.requireNonNull(client, "client");
      this.name = Objects.requireNonNull(name, "name");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Binds a database cluster of the stack as {@code binding} (components use {@code
     * ${<binding>.DATABASE_URL}}) with its default database and user; the cluster's trusted sources
     * gain the app in the same apply.
     *
     * @param cluster a stack resource of kind {@code database}
     * @param binding the name components bind by, e.g. {@code db}
     * @param engine {@code PG}, {@code MYSQL}, {@code VALKEY}, ... (see {@link AppSpec#ENGINES})
     * @throws IllegalArgumentException if {@code cluster} is not of kind {@code database}
     */
    public Builder database(StackResource cluster, String binding, String engine) {
      return database(cluster, binding, engine, "", "");
    }

    /**
     * Like {@link #database(StackResource, String, String)}, connecting to {@code dbName} as the
     * least-privilege user {@code dbUser}.
     */
    public Builder database(
        StackResource cluster, String binding, String engine, String dbName, String dbUser) {
      ResourceKey key =
          referenceTo(
              cluster,
              "database",
              other ->
                  "an app binds a database cluster (kind database), not "
                      + other
                      + "; pass the DatabaseClusterResource");
      dependOn(key);
      if (bindings.putIfAbsent(binding, key) == null && !clusters.contains(key)) {
        clusters.add(key);
      }
      spec.addDatabase(new AppDatabase(binding, key.name(), engine, dbName, dbUser));
      return this;
    }

    /** Validates the spec (without throwing) and builds the resource. */
    public AppResource build() {
      return new AppResource(this);
    }
  }
}
