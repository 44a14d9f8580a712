package dev.seawall.core.audit;

import dev.seawall.core.DigitalOcean;
import dev.seawall.core.policy.PolicyReport;
import dev.seawall.core.policy.Violation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What an {@link AuditSource} works with during one {@link Audit#run()}: the client, the options,
 * the account's facts, and the report its resources go into. Not thread-safe: sources run one after
 * the other.
 */
public final class AuditContext {
  /** How often {@link #each} reports progress: every {@value} resources. */
  public static final int PROGRESS_EVERY = 100;

  private final DigitalOcean client;
  private final Map<AuditOption<?>, Object> options;
  private final Map<AuditFact, Set<String>> facts =
      new TreeMap<>(java.util.Comparator.comparing(AuditFact::name));
  private final PolicyReport.Builder report;
  private final AuditListener listener;
  private final Set<AuditFact> provided;
  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, String> skipped = new TreeMap<>();

  AuditContext(
      DigitalOcean client,
      Map<AuditOption<?>, Object> options,
      PolicyReport.Builder report,
      AuditListener listener,
      Set<AuditFact> provided) {
    this.client = client;
    this.options = Map.copyOf(options);
    this.report = report;
    this.listener = listener;
    this.provided = Set.copyOf(provided);
  }

  /** The client the audit reads with. */
  public DigitalOcean client() {
    return client;
  }

  /**
   * An option given to the audit.
   *
   * @param option the option
   * @param <T> its type
   * @return its value, or empty if not given
   */
  public <T> Optional<T> option(AuditOption<T> option) {
    return Optional.ofNullable(options.get(option)).map(option.type()::cast);
  }

  /**
   * Adds values to a fact; a source calls this for the facts it {@linkplain AuditSource#provides()
   * provides}.
   *
   * @param fact the fact
   * @param values values to add
   */
  public void publish(AuditFact fact, Collection<String> values) {
    facts.computeIfAbsent(fact, f -> new LinkedHashSet<>()).addAll(values);
  }

  /**
   * Whether some source of this audit provides the fact, so that an empty {@link #fact} means "none
   * in the account" rather than "not known" (e.g. the firewalls' coverage when the networking
   * module is not on the class path: a rule that needs it is then not checked).
   *
   * @param fact the fact
   * @return whether a source of this audit {@linkplain AuditSource#provides() provides} it
   */
  public boolean knows(AuditFact fact) {
    return provided.contains(fact);
  }

  /**
   * A fact, complete once every source that provides it has run (which {@link Audit} ensures for
   * the facts a source {@linkplain AuditSource#needs() needs}).
   *
   * @param fact the fact
   * @return its values, empty if no source published any; unmodifiable
   */
  public Set<String> fact(AuditFact fact) {
    return Set.copyOf(facts.getOrDefault(fact, Set.of()));
  }

  /**
   * Runs {@code action} on each item of a (lazily paged) listing, reporting progress to the audit's
   * listener every {@value #PROGRESS_EVERY} items and when the listing ends.
   *
   * @param kind the kind listed, e.g. {@code droplet}
   * @param items the listing, e.g. {@code service.listAll()}; closed when done
   * @param action what to do with each item
   * @param <T> the item type
   */
  public <T> void each(String kind, Stream<T> items, Consumer<? super T> action) {
    long count = 0;
    try (items) {
      var iterator = items.iterator();
      while (iterator.hasNext()) {
        action.accept(iterator.next());
        count++;
        if (count % PROGRESS_EVERY == 0) {
          listener.listed(kind, count, false);
        }
      }
    }
    listener.listed(kind, count, true);
  }

  /**
   * Reports one resource and its violations (possibly none) to the audit.
   *
   * @param resource the resource
   * @param violations what its auditor found; each names the resource by its {@link
   *     AuditedResource#label() label}, or a part of it ({@code firewall/web.inboundRules[0]})
   * @throws IllegalArgumentException if a violation names another resource (a source's bug: the
   *     report would name one resource two ways)
   */
  public void report(AuditedResource resource, List<Violation> violations) {
    Objects.requireNonNull(resource, "resource");
    String label = resource.label();
    for (Violation violation : violations) {
      String named = violation.resource();
      if (!named.equals(label)
          && !named.startsWith(label + ".")
          && !named.startsWith(label + "[")) {
        throw new IllegalArgumentException(
            "a violation of " + violation.ruleId() + " names " + named + ", not " + label);
      }
    }
    counts.merge(resource.kind(), 1L, Long::sum);
    report.addAll(violations, resource.location());
  }

  /**
   * Records that a kind could not be audited, e.g. buckets without Spaces keys; shown in the result
   * and to the listener.
   *
   * @param kind the kind
   * @param reason why, never a secret
   */
  public void skip(String kind, String reason) {
    skipped.put(kind, reason);
    listener.skipped(kind, reason);
  }

  Map<String, Long> counts() {
    return Map.copyOf(counts);
  }

  Map<String, String> skipped() {
    return Map.copyOf(skipped);
  }
}
