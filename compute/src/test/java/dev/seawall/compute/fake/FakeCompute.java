package dev.seawall.compute.fake;

import dev.seawall.core.Operations;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Droplets and SSH keys for {@link dev.seawall.testkit.FakeDigitalOcean}: {@code droplets_create},
 * {@code droplets_get}, {@code droplets_list} (filters {@code tag_name} and {@code name}), {@code
 * droplets_destroy}, {@code sshKeys_create}, {@code sshKeys_get} (by id or fingerprint), {@code
 * sshKeys_list}, {@code sshKeys_delete}.
 *
 * <p>Behaviour modelled on the real API: a create answers 202 with the droplet in status {@code
 * new} and a {@code create} action in {@code links.actions}; the droplet turns {@code active} when
 * that action completes (see {@link dev.seawall.testkit.FakeActions} for the lifecycle) and stays
 * {@code new} if it errored. SSH keys named in a create must exist (422 otherwise); uploading a key
 * twice answers 422. A droplet without {@code vpc_uuid} goes into a per-region default VPC.
 * Fingerprints are computed here independently of the production code (MD5 of the base64 blob).
 */
public final class FakeCompute implements FakeResource {
  /** Table of droplets (JSON objects as the API answers them). */
  public static final String DROPLETS = "droplets";

  /** Table of SSH keys. */
  public static final String SSH_KEYS = "ssh_keys";

  private static final String CREATE_ACTIONS = "compute_create_actions";
  private static final String DEFAULT_VPCS = "compute_default_vpcs";

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable droplets = state.table(DROPLETS);
    FakeTable keys = state.table(SSH_KEYS);
    routes
        .on(Operations.DROPLETS_CREATE, request -> createDroplet(request, state))
        .on(
            Operations.DROPLETS_GET,
            request -> {
              Map<String, @Nullable Object> droplet =
                  droplets.require(request.pathParamAsLong("droplet_id"));
              refresh(state, droplet);
              return FakeResponse.ok(FakeJson.object("droplet", droplet));
            })
        .on(
            Operations.DROPLETS_LIST,
            request -> {
              String tag = request.query("tag_name").orElse(null);
              String name = request.query("name").orElse(null);
              List<Map<String, @Nullable Object>> matching = new ArrayList<>();
              for (Map<String, @Nullable Object> droplet : droplets.values()) {
                refresh(state, droplet);
                boolean tagged = tag == null || tags(droplet).contains(tag);
                boolean named =
                    name == null || String.valueOf(droplet.get("name")).equalsIgnoreCase(name);
                if (tagged && named) {
                  matching.add(droplet);
                }
              }
              return FakeResponse.page(request, "droplets", matching);
            })
        .on(
            Operations.DROPLETS_DESTROY,
            request -> {
              if (!droplets.remove(request.pathParamAsLong("droplet_id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.noContent();
            })
        .on(Operations.SSH_KEYS_CREATE, request -> createKey(request, state))
        .on(
            Operations.SSH_KEYS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "ssh_key", findKey(keys, request.pathParam("ssh_key_identifier")))))
        .on(
            Operations.SSH_KEYS_LIST,
            request -> FakeResponse.page(request, "ssh_keys", keys.values()))
        .on(
            Operations.SSH_KEYS_DELETE,
            request -> {
              Map<String, @Nullable Object> key =
                  findKey(keys, request.pathParam("ssh_key_identifier"));
              keys.remove(key.get("id"));
              return FakeResponse.noContent();
            });
  }

  /**
   * Stores an SSH key as if it had been uploaded, returning its JSON.
   *
   * @param state the fake's state
   * @param name the display name
   * @param publicKey the OpenSSH public key line
   */
  public static Map<String, @Nullable Object> seedKey(
      FakeState state, String name, String publicKey) {
    Map<String, @Nullable Object> key =
        FakeJson.object(
            "id",
            state.nextId(),
            "fingerprint",
            fingerprint(publicKey),
            "public_key",
            publicKey,
            "name",
            name);
    state.table(SSH_KEYS).put(key.get("id"), key);
    return key;
  }

  /** MD5 of the base64 key blob as colon-separated lowercase hex. */
  public static String fingerprint(String publicKey) {
    String[] parts = publicKey.strip().split("\\s+");
    if (parts.length < 2) {
      throw FakeApiError.unprocessable("Key invalid type, we support 'ssh-rsa', 'ssh-ed25519'...");
    }
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(parts[1]);
    } catch (IllegalArgumentException e) {
      throw FakeApiError.unprocessable("Key invalid, base64 could not be decoded");
    }
    try {
      return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FakeResponse createKey(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    String name = String.valueOf(body.get("name"));
    String publicKey = String.valueOf(body.get("public_key"));
    String fingerprint = fingerprint(publicKey);
    if (!state.table(SSH_KEYS).find(k -> fingerprint.equals(k.get("fingerprint"))).isEmpty()) {
      throw FakeApiError.unprocessable("SSH Key is already in use on your account");
    }
    return FakeResponse.created(FakeJson.object("ssh_key", seedKey(state, name, publicKey)));
  }

  private static Map<String, @Nullable Object> findKey(FakeTable keys, String identifier) {
    String wanted = identifier.toLowerCase(Locale.ROOT);
    return keys
        .find(
            k ->
                String.valueOf(k.get("id")).equals(wanted)
                    || String.valueOf(k.get("fingerprint")).equals(wanted))
        .stream()
        .findFirst()
        .orElseThrow(FakeApiError::notFound);
  }

  private static FakeResponse createDroplet(FakeRequest request, FakeState state) {
    Map<String, @Nullable Object> body = request.json();
    if (body.containsKey("names")) {
      throw FakeApiError.unprocessable("FakeCompute supports single droplet creates only");
    }
    FakeTable keys = state.table(SSH_KEYS);
    for (Object key : list(body.get("ssh_keys"))) {
      findKeyOr422(keys, String.valueOf(key));
    }
    String region = String.valueOf(body.getOrDefault("region", "nyc3"));
    String size = String.valueOf(body.get("size"));
    Object vpc = body.get("vpc_uuid");
    String vpcUuid = vpc != null ? String.valueOf(vpc) : defaultVpc(state, region);
    boolean publicNetworking = !Boolean.FALSE.equals(body.get("public_networking"));
    boolean ipv6 = Boolean.TRUE.equals(body.get("ipv6"));
    if (!publicNetworking && ipv6) {
      throw FakeApiError.unprocessable("ipv6 requires public networking");
    }
    long id = state.nextId();
    List<Object> features = new ArrayList<>(List.of("private_networking"));
    if (Boolean.TRUE.equals(body.get("monitoring"))) {
      features.add("monitoring");
    }
    if (!Boolean.FALSE.equals(body.get("with_droplet_agent"))) {
      features.add("droplet_agent");
    }
    if (ipv6) {
      features.add("ipv6");
    }
    if (Boolean.TRUE.equals(body.get("backups"))) {
      features.add("backups");
    }
    List<Object> v4 = new ArrayList<>();
    v4.add(
        FakeJson.object(
            "ip_address",
            "10.10.0." + (id % 250 + 2),
            "netmask",
            "255.255.0.0",
            "type",
            "private"));
    if (publicNetworking) {
      v4.add(
          FakeJson.object(
              "ip_address",
              "203.0.113." + (id % 250 + 2),
              "netmask",
              "255.255.255.0",
              "gateway",
              "203.0.113.1",
              "type",
              "public"));
    }
    List<Object> v6 = new ArrayList<>();
    if (ipv6) {
      v6.add(
          FakeJson.object(
              "ip_address",
              "2001:db8::" + Long.toHexString(id),
              "netmask",
              64L,
              "gateway",
              "2001:db8::1",
              "type",
              "public"));
    }
    Object image = body.get("image");
    Map<String, @Nullable Object> droplet =
        FakeJson.object(
            "id",
            id,
            "name",
            body.get("name"),
            "memory",
            1024L,
            "vcpus",
            1L,
            "disk",
            25L,
            "locked",
            false,
            "status",
            "new",
            "created_at",
            state.timestamp(),
            "features",
            features,
            "backup_ids",
            List.of(),
            "next_backup_window",
            null,
            "snapshot_ids",
            List.of(),
            "image",
            FakeJson.object(
                "id",
                image instanceof Long number ? number : 7_555_620L,
                "name",
                "24.04 (LTS) x64",
                "distribution",
                "Ubuntu",
                "slug",
                image instanceof String slug ? slug : null,
                "public",
                image instanceof String,
                "regions",
                List.of("fra1", "nyc3"),
                "created_at",
                "2024-04-25T00:00:00Z",
                "type",
                "base",
                "min_disk_size",
                7L,
                "size_gigabytes",
                2.36,
                "description",
                "",
                "tags",
                List.of(),
                "status",
                "available",
                "error_message",
                ""),
            "volume_ids",
            list(body.get("volumes")),
            "size",
            FakeJson.object(
                "slug",
                size,
                "memory",
                1024L,
                "vcpus",
                1L,
                "disk",
                25L,
                "transfer",
                1.0,
                "price_monthly",
                6.0,
                "price_hourly",
                0.00893,
                "regions",
                List.of("fra1", "nyc3"),
                "available",
                true,
                "description",
                "Basic"),
            "size_slug",
            size,
            "networks",
            FakeJson.object("v4", v4, "v6", v6),
            "region",
            FakeJson.object(
                "name",
                region,
                "slug",
                region,
                "features",
                List.of("private_networking", "backups", "ipv6", "metadata"),
                "available",
                true,
                "sizes",
                List.of(size)),
            "tags",
            list(body.get("tags")),
            "vpc_uuid",
            vpcUuid);
    state.table(DROPLETS).put(id, droplet);
    Map<String, @Nullable Object> action = state.actions().start("create", "droplet", id);
    state
        .table(CREATE_ACTIONS)
        .put(id, FakeJson.object("droplet_id", id, "action_id", action.get("id")));
    Map<String, @Nullable Object> link =
        FakeJson.object(
            "id",
            action.get("id"),
            "rel",
            "create",
            "href",
            request.url().resolve("/v2/actions/" + action.get("id")).toString());
    return FakeResponse.accepted(
        FakeJson.object("droplet", droplet, "links", FakeJson.object("actions", List.of(link))));
  }

  /** Turns a {@code new} droplet {@code active} once its create action completed. */
  private static void refresh(FakeState state, Map<String, @Nullable Object> droplet) {
    if (!"new".equals(droplet.get("status"))) {
      return;
    }
    state
        .table(CREATE_ACTIONS)
        .get(droplet.get("id"))
        .flatMap(link -> state.actions().get(((Number) link.get("action_id")).longValue()))
        .filter(action -> "completed".equals(action.get("status")))
        .ifPresent(action -> droplet.put("status", "active"));
  }

  private static String defaultVpc(FakeState state, String region) {
    FakeTable vpcs = state.table(DEFAULT_VPCS);
    return String.valueOf(
        vpcs.get(region)
            .orElseGet(() -> vpcs.put(region, FakeJson.object("id", state.nextUuid())))
            .get("id"));
  }

  private static void findKeyOr422(FakeTable keys, String identifier) {
    try {
      findKey(keys, identifier);
    } catch (FakeApiError e) {
      throw FakeApiError.unprocessable("ssh_keys: SSH key " + identifier + " was not found");
    }
  }

  private static List<Object> list(@Nullable Object value) {
    if (value instanceof List<?> items) {
      List<Object> copy = new ArrayList<>();
      items.forEach(item -> copy.add(Objects.requireNonNull(item)));
      return copy;
    }
    return new ArrayList<>();
  }

  private static List<Object> tags(Map<String, @Nullable Object> droplet) {
    return list(droplet.get("tags"));
  }

  /** The default VPC the fake assigned in {@code region}, if any droplet went there. */
  public static @Nullable String defaultVpcOf(FakeState state, String region) {
    return state
        .table(DEFAULT_VPCS)
        .get(region)
        .map(row -> String.valueOf(row.get("id")))
        .orElse(null);
  }
}
