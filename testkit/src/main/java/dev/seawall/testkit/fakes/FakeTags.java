package dev.seawall.testkit.fakes;

import dev.seawall.core.Operations;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tags: {@code POST /v2/tags} answers {@code 201} (for a name that exists too, with the existing
 * tag) and {@code GET /v2/tags/{tag_id}} answers the tag or {@code 404}. {@code POST} and {@code
 * DELETE /v2/tags/{tag_id}/resources} ({@code tags_assign_resources}, {@code
 * tags_unassign_resources}) add the tag to and remove it from the {@code tags} of droplets and
 * volumes ({@code 404} for an unknown tag or resource, {@code 422} for other resource types); like
 * DigitalOcean, {@link FakeDroplets} creates the tags a droplet is created with. Tagged-resource
 * statistics are always zero.
 */
public final class FakeTags implements FakeResource {
  /** Table holding the tags, keyed by name. */
  public static final String TABLE = "tags";

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_\\-:]{1,255}");

  /** Creates the fake resource. */
  public FakeTags() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable tags = state.table(TABLE);
    routes
        .on(
            Operations.TAGS_CREATE,
            request -> {
              Object name = request.json().get("name");
              if (!(name instanceof String text) || !NAME.matcher(text).matches()) {
                throw FakeApiError.badRequest(
                    "tag name must be 1 to 255 letters, numbers, colons, dashes and underscores");
              }
              return FakeResponse.created(FakeJson.object("tag", ensure(state, text)));
            })
        .on(
            Operations.TAGS_GET,
            request ->
                FakeResponse.ok(FakeJson.object("tag", tags.require(request.pathParam("tag_id")))))
        .on(Operations.TAGS_ASSIGN_RESOURCES, request -> retag(request, state, true))
        .on(Operations.TAGS_UNASSIGN_RESOURCES, request -> retag(request, state, false));
  }

  /** The tag's row, added first if it is not there yet (as a droplet create does). */
  static Map<String, @Nullable Object> ensure(FakeState state, Object name) {
    String text = String.valueOf(name);
    FakeTable tags = state.table(TABLE);
    return tags.get(text).orElseGet(() -> tags.put(text, row(text)));
  }

  private static FakeResponse retag(FakeRequest request, FakeState state, boolean assign) {
    String tag = request.pathParam("tag_id");
    state.table(TABLE).require(tag);
    for (Object item : Rows.strictList(request.json().get("resources"), "resources")) {
      if (!(item instanceof Map<?, ?> resource)) {
        throw FakeApiError.unprocessable("resources must hold objects");
      }
      String table =
          switch (String.valueOf(resource.get("resource_type"))) {
            case "droplet" -> FakeDroplets.TABLE;
            case "volume" -> FakeVolumes.TABLE;
            default ->
                throw FakeApiError.unprocessable(
                    "FakeTags tags droplets and volumes only, not "
                        + resource.get("resource_type"));
          };
      Map<String, @Nullable Object> row =
          state.table(table).require(String.valueOf(resource.get("resource_id")));
      List<Object> tagged = Rows.mutableList(row, "tags");
      tagged.removeIf(t -> String.valueOf(t).equals(tag));
      if (assign) {
        tagged.add(tag);
      }
    }
    return FakeResponse.noContent();
  }

  private static Map<String, @Nullable Object> row(String name) {
    return FakeJson.object(
        "name",
        name,
        "resources",
        FakeJson.object(
            "count", 0, "last_tagged_uri", "", "droplets", stats(), "volumes", stats()));
  }

  private static Map<String, @Nullable Object> stats() {
    return FakeJson.object("count", 0, "last_tagged_uri", "");
  }

  @Override
  public String toString() {
    return "FakeTags";
  }
}
