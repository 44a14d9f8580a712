package dev.seawall.testkit.fakes;

import dev.seawall.core.value.TagName;
import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeRequest;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import dev.seawall.testkit.FakeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags: {@code POST /v2/tags} answers {@code 201} (for a name that exists too, with the existing
 * tag), {@code GET /v2/tags/{tag_id}} answers the tag or {@code 404}, {@code GET /v2/tags} lists
 * them in pages and {@code DELETE /v2/tags/{tag_id}} answers {@code 204} or {@code 404}. {@code
 * tags_assign_resources} and {@code tags_unassign_resources} add the tag to (remove it from) the
 * {@code tags} of droplets ({@link FakeDroplets}), volumes and volume snapshots ({@link
 * FakeVolumes}) and answer {@code 204}; a tag or resource that does not exist is a {@code 404},
 * another resource type a {@code 422}, and nothing changes then. Like DigitalOcean, droplets and
 * volumes create the tags they are created with ({@link #ensure}), and deleting a tag removes it
 * from every resource. A tag's {@code resources} statistics count the droplets, volumes and volume
 * snapshots that carry it ({@code last_tagged_uri} is always empty).
 */
public final class FakeTags implements FakeResource {
  /** Table holding the tags, keyed by name. */
  public static final String TABLE = "tags";

  /** The table of each resource type the fake can tag. */
  private static final Map<String, String> TAGGABLE =
      Map.of(
          "droplet", FakeDroplets.TABLE,
          "volume", FakeVolumes.TABLE,
          "volume_snapshot", FakeVolumes.SNAPSHOTS);

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
              return FakeResponse.created(
                  FakeJson.object("tag", withStatistics(state, ensure(state, text))));
            })
        .on(
            FakeOperations.TAGS_GET,
            request ->
                FakeResponse.ok(
                    FakeJson.object(
                        "tag", withStatistics(state, tags.require(request.pathParam("tag_id"))))))
        .on(
            FakeOperations.TAGS_LIST,
            request ->
                FakeResponse.page(
                    request,
                    "tags",
                    tags.values().stream().map(tag -> withStatistics(state, tag)).toList()))
        .on(
            FakeOperations.TAGS_DELETE,
            request -> {
              String tag = request.pathParam("tag_id");
              if (!tags.remove(tag)) {
                throw FakeApiError.notFound();
              }
              for (String table : TAGGABLE.values()) {
                state.table(table).values().forEach(row -> Rows.removeId(row, "tags", tag));
              }
              return FakeResponse.noContent();
            })
        .on(FakeOperations.TAGS_ASSIGN_RESOURCES, request -> tagResources(request, state, true))
        .on(FakeOperations.TAGS_UNASSIGN_RESOURCES, request -> tagResources(request, state, false));
  }

  private static FakeResponse tagResources(FakeRequest request, FakeState state, boolean assign) {
    String tag = request.pathParam("tag_id");
    state.table(TABLE).require(tag);
    List<Map<String, @Nullable Object>> rows = new ArrayList<>();
    for (Object item : Rows.strictList(request.json().get("resources"), "resources")) {
      Map<?, ?> resource = item instanceof Map<?, ?> map ? map : Map.of();
      String type = String.valueOf(resource.get("resource_type"));
      String table = TAGGABLE.get(type);
      if (table == null) {
        throw FakeApiError.unprocessable("resource_type " + type + " cannot be tagged.");
      }
      rows.add(state.table(table).require(String.valueOf(resource.get("resource_id"))));
    }
    for (Map<String, @Nullable Object> row : rows) {
      if (!assign) {
        Rows.removeId(row, "tags", tag);
      } else if (!Rows.containsId(row.get("tags"), tag)) {
        Rows.mutableList(row, "tags").add(tag);
      }
    }
    return FakeResponse.noContent();
  }

  /**
   * Creates the tags {@code names} that do not exist yet, as if created earlier (e.g. the tags a
   * test's firewall names).
   */
  public static void seed(FakeState state, String... names) {
    for (String name : names) {
      ensure(state, name);
    }
  }

  /**
   * The tag named {@code name}, created if it does not exist, as DigitalOcean does for the tags a
   * resource is created with.
   */
  static Map<String, @Nullable Object> ensure(FakeState state, Object name) {
    String text = String.valueOf(name);
    FakeTable tags = state.table(TABLE);
    return tags.get(text).orElseGet(() -> tags.put(text, row(text)));
  }

  private static Map<String, @Nullable Object> row(String name) {
    return FakeJson.object("name", name);
  }

  /** The tag as the API answers it: its name and how many resources of each type carry it. */
  private static Map<String, @Nullable Object> withStatistics(
      FakeState state, Map<String, @Nullable Object> tag) {
    Object name = tag.get("name");
    int droplets = tagged(state, FakeDroplets.TABLE, name);
    int volumes = tagged(state, FakeVolumes.TABLE, name);
    int snapshots = tagged(state, FakeVolumes.SNAPSHOTS, name);
    return FakeJson.object(
        "name",
        name,
        "resources",
        FakeJson.object(
            "count",
            droplets + volumes + snapshots,
            "last_tagged_uri",
            "",
            "droplets",
            statistics(droplets),
            "volumes",
            statistics(volumes),
            "volume_snapshots",
            statistics(snapshots)));
  }

  private static int tagged(FakeState state, String table, @Nullable Object tag) {
    String name = String.valueOf(tag);
    return state.table(table).find(row -> Rows.containsId(row.get("tags"), name)).size();
  }

  private static Map<String, @Nullable Object> statistics(int count) {
    return FakeJson.object("count", count, "last_tagged_uri", "");
  }

  @Override
  public String toString() {
    return "FakeTags";
  }
}
