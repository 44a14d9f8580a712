package dev.seawall.compute.droplet;

import static dev.seawall.testkit.TestClients.json;

import dev.seawall.testkit.FakeJson;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/** Droplet API JSON for MockWebServer tests, shaped like the specification's examples. */
final class DropletJson {
  private DropletJson() {}

  static Map<String, @Nullable Object> droplet(long id, String name, String status, String vpc) {
    return droplet(id, name, status, vpc, "fra1");
  }

  static Map<String, @Nullable Object> droplet(
      long id, String name, String status, String vpc, String region) {
    return FakeJson.object(
        "id",
        id,
        "name",
        name,
        "memory",
        1024L,
        "vcpus",
        1L,
        "disk",
        25L,
        "locked",
        false,
        "status",
        status,
        "created_at",
        "2026-01-01T00:00:00Z",
        "features",
        List.of("monitoring", "droplet_agent", "private_networking"),
        "backup_ids",
        List.of(),
        "next_backup_window",
        null,
        "snapshot_ids",
        List.of(),
        "image",
        FakeJson.object(
            "id",
            7555620L,
            "name",
            "24.04 (LTS) x64",
            "distribution",
            "Ubuntu",
            "slug",
            "ubuntu-24-04-x64"),
        "volume_ids",
        List.of(),
        "size",
        FakeJson.object("slug", "s-1vcpu-1gb"),
        "size_slug",
        "s-1vcpu-1gb",
        "networks",
        FakeJson.object(
            "v4",
            List.of(
                FakeJson.object(
                    "ip_address", "10.10.0.5", "netmask", "255.255.0.0", "type", "private")),
            "v6",
            List.of()),
        "region",
        FakeJson.object("slug", region, "name", region),
        "tags",
        List.of("web"),
        "vpc_uuid",
        vpc);
  }

  static MockResponse page(String key, List<?> items) {
    return json(
        200,
        FakeJson.object(
            key,
            items,
            "links",
            FakeJson.object(),
            "meta",
            FakeJson.object("total", (long) items.size())));
  }

  static MockResponse dropletResponse(Map<String, @Nullable Object> droplet) {
    return json(200, FakeJson.object("droplet", droplet));
  }

  static MockResponse created(Map<String, @Nullable Object> droplet, long actionId) {
    return json(
        202,
        FakeJson.object(
            "droplet",
            droplet,
            "links",
            FakeJson.object(
                "actions",
                List.of(
                    FakeJson.object(
                        "id",
                        actionId,
                        "rel",
                        "create",
                        "href",
                        "https://api.digitalocean.com/v2/actions/" + actionId)))));
  }

  static MockResponse action(long id, String status, long dropletId) {
    return json(
        200,
        FakeJson.object(
            "action",
            FakeJson.object(
                "id",
                id,
                "status",
                status,
                "type",
                "create",
                "started_at",
                "2026-01-01T00:00:00Z",
                "completed_at",
                null,
                "resource_id",
                dropletId,
                "resource_type",
                "droplet",
                "region_slug",
                "fra1")));
  }

  static Map<String, @Nullable Object> tag(String name) {
    Map<String, @Nullable Object> none = FakeJson.object("count", 0L, "last_tagged_uri", "");
    return FakeJson.object(
        "name",
        name,
        "resources",
        FakeJson.object("count", 0L, "last_tagged_uri", "", "droplets", none, "volumes", none));
  }

  static MockResponse error(int code, String id) {
    return json(code, FakeJson.object("id", id, "message", "m", "request_id", "r"));
  }
}
