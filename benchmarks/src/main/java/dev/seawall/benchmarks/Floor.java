package dev.seawall.benchmarks;

import com.squareup.moshi.FromJson;
import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.ToJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The floor: what a hand-written client does with plain OkHttp and Moshi, no more. One shared
 * {@link OkHttpClient}, a GET with the bearer token, a status check, and Moshi's own record support
 * decoding the envelope into records with the same fields as Seawall's read models (timestamps
 * parsed to {@link Instant}, statuses to enums). No retries, rate limiting, error mapping, logging
 * or mapping to richer types.
 */
public final class Floor implements AutoCloseable {
  private static final Moshi MOSHI = new Moshi.Builder().add(new InstantAdapter()).build();
  private static final JsonAdapter<DropletEnvelope> DROPLET = MOSHI.adapter(DropletEnvelope.class);
  private static final JsonAdapter<FirewallEnvelope> FIREWALL =
      MOSHI.adapter(FirewallEnvelope.class);
  private static final JsonAdapter<DropletPage> PAGE = MOSHI.adapter(DropletPage.class);

  private final OkHttpClient http = new OkHttpClient();
  private final HttpUrl baseUrl;
  private final String authorization;
  private long requests;

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:40123}
   * @param token the bearer token
   */
  public Floor(String baseUrl, String token) {
    this.baseUrl = HttpUrl.get(baseUrl + "/");
    this.authorization = "Bearer " + token;
  }

  /** {@code GET /v2/droplets/{id}}. */
  public FloorDroplet droplet(long id) {
    return get(baseUrl.resolve("v2/droplets/" + id), DROPLET).droplet();
  }

  /** {@code GET /v2/firewalls/{id}}. */
  public FloorFirewall firewall(String id) {
    return get(baseUrl.resolve("v2/firewalls/" + id), FIREWALL).firewall();
  }

  /**
   * Every droplet, page by page ({@code per_page=200}, following {@code links.pages.next}), handed
   * to {@code consumer} one at a time; returns how many there were.
   */
  public long listDroplets(java.util.function.Consumer<FloorDroplet> consumer) {
    HttpUrl url =
        baseUrl
            .newBuilder()
            .addPathSegments("v2/droplets")
            .addQueryParameter("per_page", "200")
            .build();
    long count = 0;
    while (true) {
      DropletPage page = get(url, PAGE);
      for (FloorDroplet droplet : page.droplets()) {
        consumer.accept(droplet);
        count++;
      }
      String next =
          page.links() == null || page.links().pages() == null ? null : page.links().pages().next();
      if (next == null) {
        return count;
      }
      url = HttpUrl.get(next);
    }
  }

  /** Requests sent so far (not thread-safe; read it after single-threaded use). */
  public long requests() {
    return requests;
  }

  private <T> T get(@Nullable HttpUrl url, JsonAdapter<T> adapter) {
    if (url == null) {
      throw new IllegalArgumentException("no URL");
    }
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .build();
    requests++;
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code() + " for " + url.encodedPath());
      }
      T value = adapter.fromJson(body.source());
      if (value == null) {
        throw new IllegalStateException("empty body for " + url.encodedPath());
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** ISO-8601 timestamps, as Seawall reads them. */
  static final class InstantAdapter {
    @FromJson
    Instant fromJson(String text) {
      return Instant.parse(text);
    }

    @ToJson
    String toJson(Instant instant) {
      return instant.toString();
    }
  }

  /** Droplet status. */
  public enum Status {
    @Json(name = "new")
    NEW,
    @Json(name = "active")
    ACTIVE,
    @Json(name = "off")
    OFF,
    @Json(name = "archive")
    ARCHIVE
  }

  /** {@code {"droplet": ...}}. */
  public record DropletEnvelope(FloorDroplet droplet) {}

  /** The fields of Seawall's {@code Droplet}. */
  public record FloorDroplet(
      long id,
      String name,
      Status status,
      int memory,
      int vcpus,
      int disk,
      boolean locked,
      @Json(name = "created_at") @Nullable Instant createdAt,
      List<String> features,
      Image image,
      @Json(name = "volume_ids") List<String> volumeIds,
      @Json(name = "size_slug") String sizeSlug,
      Networks networks,
      Region region,
      List<String> tags,
      @Json(name = "vpc_uuid") @Nullable String vpcUuid) {}

  /** A droplet's image. */
  public record Image(long id, String name, String slug, String distribution) {}

  /** A droplet's region. */
  public record Region(String slug, String name) {}

  /** A droplet's networks. */
  public record Networks(List<NetworkV4> v4, List<NetworkV6> v6) {}

  /** An IPv4 network. */
  public record NetworkV4(
      @Json(name = "ip_address") String ipAddress, String netmask, String gateway, String type) {}

  /** An IPv6 network. */
  public record NetworkV6(
      @Json(name = "ip_address") String ipAddress, int netmask, String gateway, String type) {}

  /** {@code {"firewall": ...}}. */
  public record FirewallEnvelope(FloorFirewall firewall) {}

  /** The fields of Seawall's {@code Firewall}, as the API sends them. */
  public record FloorFirewall(
      String id,
      String name,
      String status,
      @Json(name = "inbound_rules") List<Rule> inboundRules,
      @Json(name = "outbound_rules") List<Rule> outboundRules,
      @Json(name = "droplet_ids") List<Long> dropletIds,
      List<String> tags,
      @Json(name = "created_at") @Nullable Instant createdAt,
      @Json(name = "pending_changes") List<PendingChange> pendingChanges) {}

  /** A firewall rule. */
  public record Rule(
      String protocol,
      @Nullable String ports,
      @Nullable Targets sources,
      @Nullable Targets destinations) {}

  /** A rule's sources or destinations. */
  public record Targets(
      @Nullable List<String> addresses,
      @Json(name = "droplet_ids") @Nullable List<Long> dropletIds,
      @Nullable List<String> tags,
      @Json(name = "load_balancer_uids") @Nullable List<String> loadBalancerUids,
      @Json(name = "kubernetes_ids") @Nullable List<String> kubernetesIds) {}

  /** A pending change of a firewall. */
  public record PendingChange(
      @Json(name = "droplet_id") long dropletId, boolean removing, String status) {}

  /** One page of {@code GET /v2/droplets}. */
  public record DropletPage(List<FloorDroplet> droplets, @Nullable Links links, Meta meta) {}

  /** {@code links}. */
  public record Links(@Nullable Pages pages) {}

  /** {@code links.pages}. */
  public record Pages(@Nullable String next) {}

  /** {@code meta}. */
  public record Meta(long total) {}
}
