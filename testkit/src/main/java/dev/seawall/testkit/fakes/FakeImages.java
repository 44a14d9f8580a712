package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeJson;
import dev.seawall.testkit.FakeResource;
import dev.seawall.testkit.FakeResponse;
import dev.seawall.testkit.FakeRoutes;
import dev.seawall.testkit.FakeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Images: {@code images_list} ({@code GET /v2/images}, filters {@code type}, {@code private} and
 * {@code tag_name}, paged) and {@code images_get} ({@code GET /v2/images/{image_id}}, by id, or by
 * slug for a public image), as DigitalOcean documents them:
 *
 * <ul>
 *   <li>a fixed catalog of public distribution images ({@link #PUBLIC_SLUGS}: {@code
 *       ubuntu-24-04-x64}, {@code ubuntu-22-04-x64}, {@code debian-12-x64}, {@code fedora-41-x64},
 *       {@code rockylinux-9-x64}, {@code centos-stream-9-x64}), type {@code base}, available in
 *       every region of {@link FakeRegions#REGIONS};
 *   <li>the snapshots made by the Droplet action {@code snapshot} ({@link FakeDroplets}), type
 *       {@code snapshot}, private, without slug, in the Droplet's region; they appear once the
 *       action completed (never when it errored) and outlive the Droplet;
 *   <li>{@code type=distribution} lists the public images, {@code type=application} none (there are
 *       no 1-Click images), {@code private=true} only the snapshots; a private image is found by id
 *       only, an unknown id or slug is a {@code 404}.
 * </ul>
 *
 * <p>Snapshots live in the table {@value #TABLE}, keyed by id. Droplets do not check their {@code
 * image} against the catalog.
 */
public final class FakeImages implements FakeResource {
  /** Table of private images (Droplet snapshots), keyed by id. */
  public static final String TABLE = "images";

  /** The slugs of the public images served, in the order listed. */
  public static final List<String> PUBLIC_SLUGS =
      List.of(
          "ubuntu-24-04-x64",
          "ubuntu-22-04-x64",
          "debian-12-x64",
          "fedora-41-x64",
          "rockylinux-9-x64",
          "centos-stream-9-x64");

  /** Creates the resource; the public catalog is fixed. */
  public FakeImages() {}

  @Override
  public void register(FakeRoutes routes, FakeState state) {
    routes
        .on(
            ClientOperations.IMAGES_LIST,
            request -> {
              FakeDroplets.settle(state);
              String type = request.query("type").orElse(null);
              boolean onlyPrivate = "true".equals(request.query("private").orElse(null));
              String tag = request.query("tag_name").orElse(null);
              List<Map<String, @Nullable Object>> images = new ArrayList<>();
              for (Map<String, @Nullable Object> image : all(state)) {
                boolean isPublic = Boolean.TRUE.equals(image.get("public"));
                boolean typed = type == null || ("distribution".equals(type) && isPublic);
                boolean tagged = tag == null || Rows.list(image.get("tags")).contains(tag);
                if (typed && tagged && (!onlyPrivate || !isPublic)) {
                  images.add(image);
                }
              }
              return FakeResponse.page(request, "images", images);
            })
        .on(
            ClientOperations.IMAGES_GET,
            request -> {
              FakeDroplets.settle(state);
              return FakeResponse.ok(
                  FakeJson.object(
                      "image",
                      find(state, request.pathParam("image_id"))
                          .orElseThrow(FakeApiError::notFound)));
            });
  }

  /** The image with this id, or the public image with this slug. */
  static Optional<Map<String, @Nullable Object>> find(FakeState state, String idOrSlug) {
    for (Map<String, @Nullable Object> image : all(state)) {
      boolean byId = String.valueOf(image.get("id")).equals(idOrSlug);
      boolean bySlug =
          Boolean.TRUE.equals(image.get("public")) && idOrSlug.equals(image.get("slug"));
      if (byId || bySlug) {
        return Optional.of(image);
      }
    }
    return Optional.empty();
  }

  /** The public catalog, then the snapshots, oldest first. */
  private static List<Map<String, @Nullable Object>> all(FakeState state) {
    List<Map<String, @Nullable Object>> images = new ArrayList<>(publicImages());
    images.addAll(state.table(TABLE).values());
    return images;
  }

  /** A Droplet snapshot as an image, stored in {@value #TABLE}. */
  static Map<String, @Nullable Object> addSnapshot(
      FakeState state,
      String name,
      String region,
      long minDiskSize,
      @Nullable Object distribution) {
    long id = state.nextId();
    Map<String, @Nullable Object> image =
        FakeJson.object(
            "id",
            id,
            "name",
            name,
            "type",
            "snapshot",
            "distribution",
            distribution == null ? "Unknown" : distribution,
            "slug",
            null,
            "public",
            false,
            "regions",
            new ArrayList<Object>(List.of(region)),
            "created_at",
            state.timestamp(),
            "min_disk_size",
            minDiskSize,
            "size_gigabytes",
            1.87,
            "description",
            "",
            "tags",
            new ArrayList<Object>(),
            "status",
            "available",
            "error_message",
            "");
    state.table(TABLE).put(id, image);
    return image;
  }

  private static List<Map<String, @Nullable Object>> publicImages() {
    return List.of(
        base(7_555_620L, "24.04 (LTS) x64", "Ubuntu", "ubuntu-24-04-x64", 7, 2.36),
        base(129_211_873L, "22.04 (LTS) x64", "Ubuntu", "ubuntu-22-04-x64", 7, 2.26),
        base(143_961_423L, "12 x64", "Debian", "debian-12-x64", 7, 0.93),
        base(168_372_542L, "41 x64", "Fedora", "fedora-41-x64", 7, 1.2),
        base(144_003_871L, "9 x64", "Rocky Linux", "rockylinux-9-x64", 10, 1.48),
        base(142_992_781L, "Stream 9 x64", "CentOS", "centos-stream-9-x64", 10, 1.34));
  }

  private static Map<String, @Nullable Object> base(
      long id, String name, String distribution, String slug, long minDisk, double size) {
    return FakeJson.object(
        "id",
        id,
        "name",
        name,
        "type",
        "base",
        "distribution",
        distribution,
        "slug",
        slug,
        "public",
        true,
        "regions",
        FakeRegions.REGIONS,
        "created_at",
        "2024-04-25T00:00:00Z",
        "min_disk_size",
        minDisk,
        "size_gigabytes",
        size,
        "description",
        distribution + " " + name,
        "tags",
        List.of(),
        "status",
        "available",
        "error_message",
        "");
  }

  @Override
  public String toString() {
    return "FakeImages";
  }
}
