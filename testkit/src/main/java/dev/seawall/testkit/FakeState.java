package dev.seawall.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The shared in-memory state of a {@link FakeDigitalOcean}: clock, id generators, actions, the
 * account and named tables. Handlers run one at a time, so they use it without locking; tests may
 * read and seed it between requests.
 *
 * <p>Ids are deterministic: {@link #nextId()} counts up from {@value #FIRST_ID}, {@link
 * #nextUuid()} derives name-based UUIDs from a counter, so two runs of a test see the same ids.
 */
public final class FakeState {
  /** The first numeric id handed out. */
  public static final long FIRST_ID = 100_001L;

  private final Clock clock;
  private final FakeActions actions;
  private final Map<String, FakeTable> tables = new LinkedHashMap<>();
  private final Map<String, @Nullable Object> account;
  private long nextId = FIRST_ID;
  private long nextUuid = 1;

  FakeState(Clock clock, Duration actionDelay, int actionPollsBeforeCompletion) {
    this.clock = clock;
    this.actions = new FakeActions(clock, this::nextId, actionDelay, actionPollsBeforeCompletion);
    this.account =
        FakeJson.object(
            "droplet_limit", 25L,
            "floating_ip_limit", 5L,
            "volume_limit", 100L,
            "email", "sammy@example.com",
            "name", "Sammy the Shark",
            "uuid", "b6fr89dbf6d9156cace5f3c78dc9851d957381ef",
            "email_verified", true,
            "status", "active",
            "status_message", "");
  }

  /** The fake's clock (a {@link TestClock} in tests that control time). */
  public Clock clock() {
    return clock;
  }

  /** The clock's current instant. */
  public Instant now() {
    return clock.instant();
  }

  /** {@link #now()} as DigitalOcean writes timestamps, e.g. {@code 2026-01-01T00:00:00Z}. */
  public String timestamp() {
    return FakeJson.timestamp(now());
  }

  /** The next numeric id (droplets, SSH keys, actions, ...), increasing, shared by all kinds. */
  public long nextId() {
    return nextId++;
  }

  /** The next UUID (firewalls, VPCs, volumes, database clusters, ...), deterministic. */
  public String nextUuid() {
    return UUID.nameUUIDFromBytes(("seawall-fake-" + nextUuid++).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** The actions store ({@code GET /v2/actions/{action_id}} is built in). */
  public FakeActions actions() {
    return actions;
  }

  /**
   * The live account object answered by {@code GET /v2/account}; change it to test e.g. a locked
   * account ({@code account().put("status", "locked")}).
   */
  public Map<String, @Nullable Object> account() {
    return account;
  }

  /** The table called {@code name}, created empty on first use. */
  public FakeTable table(String name) {
    return tables.computeIfAbsent(name, FakeTable::new);
  }
}
