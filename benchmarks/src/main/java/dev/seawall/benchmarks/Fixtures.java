package dev.seawall.benchmarks;

import java.util.Locale;

/**
 * The fixed JSON the loopback server answers with: a droplet and a firewall shaped like
 * DigitalOcean's API reference examples (fields Seawall does not read included, so both sides skip
 * them), and pages of a droplet listing.
 */
public final class Fixtures {
  /** The droplet's id in {@link #DROPLET}. */
  public static final long DROPLET_ID = 3164444L;

  /** The firewall's id in {@link #FIREWALL}. */
  public static final String FIREWALL_ID = "bb4b2611-3d72-467b-8602-280330ecd65c";

  /** Items per page of a listing, as Seawall asks ({@code per_page=200}). */
  public static final int PER_PAGE = 200;

  /** {@code {"droplet": {...}}}, about 2.4 KB. */
  public static final String DROPLET = "{\"droplet\":" + droplet(DROPLET_ID, "web-1") + "}";

  /** {@code {"firewall": {...}}} with four inbound and three outbound rules, about 1.5 KB. */
  public static final String FIREWALL =
      """
      {"firewall":{"id":"%s","name":"web-firewall","status":"succeeded",\
      "inbound_rules":[\
      {"protocol":"tcp","ports":"22","sources":{"addresses":["203.0.113.10/32","198.51.100.0/24"]}},\
      {"protocol":"tcp","ports":"443","sources":{"load_balancer_uids":["4de7ac8b-495b-4884-9a69-1050c6793cd6"]}},\
      {"protocol":"tcp","ports":"8000-9000","sources":{"tags":["web","frontend"]}},\
      {"protocol":"icmp","sources":{"addresses":["10.10.0.0/16"],"droplet_ids":[3164444,3164445]}}],\
      "outbound_rules":[\
      {"protocol":"udp","ports":"53","destinations":{"addresses":["0.0.0.0/0","::/0"]}},\
      {"protocol":"tcp","ports":"443","destinations":{"addresses":["0.0.0.0/0","::/0"]}},\
      {"protocol":"tcp","ports":"5432","destinations":{"tags":["db"],"kubernetes_ids":[]}}],\
      "created_at":"2017-05-23T21:24:00Z","droplet_ids":[3164444,3164445],"tags":["web","prod"],\
      "pending_changes":[]}}"""
          .formatted(FIREWALL_ID);

  private Fixtures() {}

  /** One droplet object (no envelope). */
  public static String droplet(long id, String name) {
    return """
        {"id":%d,"name":"%s","memory":1024,"vcpus":1,"disk":25,"locked":false,\
        "status":"active","kernel":null,"created_at":"2020-07-21T18:37:44Z",\
        "features":["backups","private_networking","ipv6","monitoring"],\
        "backup_ids":[53893572],"next_backup_window":{"start":"2020-07-30T00:00:00Z",\
        "end":"2020-07-30T23:00:00Z"},"snapshot_ids":[67512819],\
        "image":{"id":63663980,"name":"20.04 (LTS) x64","distribution":"Ubuntu",\
        "slug":"ubuntu-20-04-x64","public":true,"regions":["ams2","ams3","blr1","fra1",\
        "lon1","nyc1","nyc2","nyc3","sfo1","sfo2","sfo3","sgp1","tor1"],\
        "created_at":"2020-05-15T05:47:50Z","type":"snapshot","min_disk_size":20,\
        "size_gigabytes":2.36,"description":"","tags":[],"status":"available",\
        "error_message":""},"volume_ids":[],"size":{"slug":"s-1vcpu-1gb","memory":1024,\
        "vcpus":1,"disk":25,"transfer":1,"price_monthly":5,"price_hourly":0.00743999984115362,\
        "regions":["ams2","ams3","blr1","fra1","lon1","nyc1","nyc2","nyc3","sfo1","sfo2",\
        "sfo3","sgp1","tor1"],"available":true,"description":"Basic"},\
        "size_slug":"s-1vcpu-1gb","networks":{"v4":[{"ip_address":"10.128.192.124",\
        "netmask":"255.255.0.0","gateway":"nil","type":"private"},\
        {"ip_address":"192.241.165.154","netmask":"255.255.255.0",\
        "gateway":"192.241.165.1","type":"public"}],"v6":[{"ip_address":\
        "2604:a880:0:1010::18a:a001","netmask":64,"gateway":"2604:a880:0:1010::1",\
        "type":"public"}]},"region":{"name":"New York 3","slug":"nyc3","features":\
        ["private_networking","backups","ipv6","metadata","install_agent","storage",\
        "image_transfer"],"available":true,"sizes":["s-1vcpu-1gb","s-1vcpu-2gb",\
        "s-2vcpu-2gb"]},"tags":["web","env:prod"],"vpc_uuid":"760e09ef-dc84-11e8-981e-3cfdfeaad0b8"}"""
        .formatted(id, name);
  }

  /** Pages needed for {@code total} items at {@link #PER_PAGE}. */
  public static int pages(int total) {
    return (total + PER_PAGE - 1) / PER_PAGE;
  }

  /**
   * Page {@code page} (1-based) of a droplet listing of {@code total} droplets, with DigitalOcean's
   * {@code links.pages} (absolute URLs on {@code baseUrl}) and {@code meta.total}.
   *
   * @param baseUrl e.g. {@code http://127.0.0.1:40123}
   */
  public static String dropletPage(String baseUrl, int page, int total) {
    int pages = pages(total);
    StringBuilder json = new StringBuilder(PER_PAGE * 2600).append("{\"droplets\":[");
    int first = (page - 1) * PER_PAGE;
    int last = Math.min(total, first + PER_PAGE);
    for (int i = first; i < last; i++) {
      if (i > first) {
        json.append(',');
      }
      json.append(droplet(1_000_000L + i, String.format(Locale.ROOT, "node-%05d", i)));
    }
    json.append("],\"links\":{\"pages\":{");
    String url = baseUrl + "/v2/droplets?per_page=" + PER_PAGE + "&page=";
    if (page > 1) {
      json.append("\"first\":\"").append(url).append(1).append("\",");
      json.append("\"prev\":\"").append(url).append(page - 1).append("\"");
    }
    if (page < pages) {
      if (page > 1) {
        json.append(',');
      }
      json.append("\"next\":\"").append(url).append(page + 1).append("\",");
      json.append("\"last\":\"").append(url).append(pages).append("\"");
    }
    json.append("}},\"meta\":{\"total\":").append(total).append("}}");
    return json.toString();
  }
}
