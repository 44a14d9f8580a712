package dev.seawall.testkit.fakes;

import dev.seawall.core.HttpMethod;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeHandler;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spaces access keys: {@code spacesKey_create}, {@code _list} (with the {@code name}, {@code
 * bucket} and {@code permission} filters), {@code _get}, {@code _update} (PUT) and {@code _patch}
 * (the name, and the grants when given; converting a {@code fullaccess} key to bucket grants or
 * back is a {@code 400}, as the API documents) and {@code _delete}.
 *
 * <p>The secret is returned by create only; keys are stored without it. Access keys are {@code
 * DO00} plus 16 characters, deterministic per run. A {@code fullaccess} grant replaces every other
 * grant ({@code [{"bucket": "", "permission": "fullaccess"}]}), as the API does; an unknown
 * permission is a {@code 400}. Rows live in the table {@value #TABLE}, keyed by access key.
 */
public final class FakeSpacesKeys implements FakeResource {
  /** Table of keys (without secrets), keyed by access key. */
  public static final String TABLE = "spaces_keys";

  private static final Set<String> PERMISSIONS = Set.of("read", "readwrite", "fullaccess", "");

  /** Creates the resource; it holds no state of its own. */
  public FakeSpacesKeys() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable keys = state.table(TABLE);
    FakeHandler update =
        request -> {
          Map<String, Object> key = keys.require(request.pathParam("access_key"));
          Object name = request.json().get("name");
          if (!(name instanceof String text) || text.isBlank()) {
            throw FakeApiError.badRequest("name is required");
          }
          if (request.json().containsKey("grants")) {
            List<Map<String, Object>> grants = grants(request.json().get("grants"));
            if (isFullAccess(grants) != isFullAccess(grantsOf(key))) {
              throw FakeApiError.badRequest(
                  "a fullaccess key cannot be converted to a scoped key or vice versa");
            }
            key.put("grants", grants);
          }
          key.put("name", text);
          return FakeResponse.ok(FakeJson.object("key", key));
        };
    routes
        .on(
            FakeOperations.SPACES_KEY_CREATE,
            request -> {
              Map<String, Object> body = request.json();
              Object name = body.get("name");
              if (!(name instanceof String text) || text.isBlank()) {
                throw FakeApiError.badRequest("name is required");
              }
              List<Map<String, Object>> grants = grants(body.get("grants"));
              String accessKey =
                  "DO00" + String.format(Locale.ROOT, "%016d", state.nextId()).substring(0, 16);
              String secret = state.nextUuid().replace("-", "") + state.nextUuid().replace("-", "");
              Map<String, Object> key =
                  FakeJson.object(
                      "name", text,
                      "access_key", accessKey,
                      "grants", grants,
                      "created_at", state.timestamp());
              keys.put(accessKey, key);
              Map<String, Object> withSecret = new LinkedHashMap<>(key);
              withSecret.put("secret_key", secret);
              return FakeResponse.created(FakeJson.object("key", withSecret));
            })
        .on(
            FakeOperations.SPACES_KEY_LIST,
            request -> {
              Optional<String> name = request.query("name");
              Optional<String> bucket = request.query("bucket");
              Optional<String> permission = request.query("permission");
              List<Map<String, Object>> rows =
                  keys.find(
                      key ->
                          name.map(n -> n.equals(key.get("name"))).orElse(true)
                              && bucket.map(b -> hasGrant(key, "bucket", b)).orElse(true)
                              && permission.map(p -> hasGrant(key, "permission", p)).orElse(true));
              return FakeResponse.page(request, "keys", rows);
            })
        .on(
            FakeOperations.SPACES_KEY_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object("key", keys.require(request.pathParam("access_key")))))
        .on(FakeOperations.SPACES_KEY_UPDATE, update)
        .on(HttpMethod.PATCH, "/v2/spaces/keys/{access_key}", update)
        .on(
            FakeOperations.SPACES_KEY_DELETE,
            request -> {
              keys.require(request.pathParam("access_key"));
              keys.remove(request.pathParam("access_key"));
              return FakeResponse.noContent();
            });
  }

  private static boolean hasGrant(Map<String, Object> key, String field, String value) {
    return grantsOf(key).stream().anyMatch(grant -> value.equals(grant.get(field)));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> grantsOf(Map<String, Object> key) {
    return (List<Map<String, Object>>) key.get("grants");
  }

  private static boolean isFullAccess(List<Map<String, Object>> grants) {
    return grants.stream().anyMatch(grant -> "fullaccess".equals(grant.get("permission")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> grants(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw FakeApiError.badRequest("grants must be an array");
    }
    List<Map<String, Object>> grants = new ArrayList<>();
    boolean fullAccess = false;
    for (Object item : list) {
      Map<String, Object> grant = (Map<String, Object>) item;
      Object permission = grant.get("permission");
      if (!PERMISSIONS.contains(permission)) {
        throw FakeApiError.badRequest("invalid permission " + permission);
      }
      fullAccess |= "fullaccess".equals(permission);
      grants.add(FakeJson.object("bucket", grant.get("bucket"), "permission", permission));
    }
    if (fullAccess) {
      // The API prioritises fullaccess over scoped grants.
      return List.of(FakeJson.object("bucket", "", "permission", "fullaccess"));
    }
    return grants;
  }
}
