package dev.seawall.testkit.fakes;

import dev.seawall.core.value.TagName;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags: {@code POST /v2/tags} answers {@code 201} (for a name that exists too, with the existing
 * tag), {@code GET /v2/tags/{tag_id}} answers the tag or {@code 404}, {@code GET /v2/tags} lists
 * them in pages and {@code DELETE /v2/tags/{tag_id}} answers {@code 204} or {@code 404}.
 * Tagged-resource statistics are always zero.
 */
public final class FakeTags implements FakeResource {
  /** Table holding the tags, keyed by name. */
  public static final String TABLE = "tags";

  /** Creates the fake resource. */
  public FakeTags() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    FakeTable tags = state.table(TABLE);
    routes
        .on(
            FakeOperations.TAGS_CREATE,
            request -> {
              Object name = request.json().get("name");
              if (!(name instanceof String text) || !TagName.isValid(text)) {
                throw FakeApiError.badRequest(
                    "tag name must be 1 to 255 letters, numbers, colons, dashes and underscores");
              }
              Map<String, @Nullable Object> row =
                  tags.get(text).orElseGet(() -> tags.put(text, row(text)));
              return FakeResponse.created(FakeJson.object("tag", row));
            })
        .on(
            FakeOperations.TAGS_GET,
            request ->
                FakeResponse.ok(FakeJson.object("tag", tags.require(request.pathParam("tag_id")))))
        .on(FakeOperations.TAGS_LIST, request -> FakeResponse.page(request, "tags", tags.values()))
        .on(
            FakeOperations.TAGS_DELETE,
            request -> {
              if (!tags.remove(request.pathParam("tag_id"))) {
                throw FakeApiError.notFound();
              }
              return FakeResponse.noContent();
            });
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
