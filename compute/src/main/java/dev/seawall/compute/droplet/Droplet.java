package dev.seawall.compute.droplet;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A droplet as the API returns it (the {@code droplet} schema of {@code droplets_get}). Absent
 * values read as empty strings, empty lists or {@code 0}; unknown statuses as {@link
 * DropletStatus#UNKNOWN}.
 *
 * @param id the droplet id
 * @param name the name (hostname)
 * @param status the state
 * @param memory memory in MiB
 * @param vcpus number of virtual CPUs
 * @param disk disk size in GB
 * @param locked whether the droplet is locked against actions
 * @param createdAt when it was created
 * @param features enabled features, e.g. {@code monitoring}, {@code droplet_agent}, {@code ipv6},
 *     {@code private_networking}, {@code backups}
 * @param image the image it was created from
 * @param volumeIds ids of attached block-storage volumes
 * @param sizeSlug the size slug, e.g. {@code s-1vcpu-1gb}
 * @param networks its IPv4 and IPv6 interfaces
 * @param region the region
 * @param tags its tags
 * @param vpcUuid the VPC it is in; empty when the API does not say (needs {@code vpc:read})
 */
public record Droplet(
    long id,
    String name,
    DropletStatus status,
    int memory,
    int vcpus,
    int disk,
    boolean locked,
    @Json(name = "created_at") Optional<Instant> createdAt,
    List<String> features,
    Image image,
    @Json(name = "volume_ids") List<String> volumeIds,
    @Json(name = "size_slug") String sizeSlug,
    Networks networks,
    Region region,
    List<String> tags,
    @Json(name = "vpc_uuid") Optional<String> vpcUuid) {

  /** Copies the lists; a missing nested object (never sent by the API) reads as empty. */
  public Droplet {
    features = List.copyOf(features);
    status = status == null ? DropletStatus.UNKNOWN : status;
    image = image == null ? new Image(0, "", "", "") : image;
    networks = networks == null ? new Networks(List.of(), List.of()) : networks;
    region = region == null ? new Region("", "") : region;
    volumeIds = List.copyOf(volumeIds);
    tags = List.copyOf(tags);
  }

  /** The resource name used in violations, {@code droplet/<name>}. */
  public String resource() {
    return "droplet/" + name;
  }

  /** Whether {@code features} contains {@code feature}, e.g. {@code "monitoring"}. */
  public boolean hasFeature(String feature) {
    return features.contains(feature);
  }

  /** The first public IPv4 address, if the droplet has one. */
  public Optional<String> publicIpv4() {
    return networks.v4().stream()
        .filter(n -> n.type().equals("public"))
        .map(NetworkV4::ipAddress)
        .findFirst();
  }

  /** The first private (VPC) IPv4 address, if the droplet has one. */
  public Optional<String> privateIpv4() {
    return networks.v4().stream()
        .filter(n -> n.type().equals("private"))
        .map(NetworkV4::ipAddress)
        .findFirst();
  }

  /** The first public IPv6 address, if the droplet has one. */
  public Optional<String> publicIpv6() {
    return networks.v6().stream()
        .filter(n -> n.type().equals("public"))
        .map(NetworkV6::ipAddress)
        .findFirst();
  }

  /** Whether the droplet has any public IPv4 or IPv6 address. */
  public boolean hasPublicAddress() {
    return publicIpv4().isPresent() || publicIpv6().isPresent();
  }

  /**
   * The image of a droplet.
   *
   * @param id the image id
   * @param name the image name, e.g. {@code 24.04 (LTS) x64}
   * @param slug the slug of a public image; empty for custom images and snapshots
   * @param distribution the distribution, e.g. {@code Ubuntu}
   */
  public record Image(long id, String name, String slug, String distribution) {}

  /**
   * The region of a droplet.
   *
   * @param slug the slug, e.g. {@code fra1}
   * @param name the display name, e.g. {@code Frankfurt 1}
   */
  public record Region(String slug, String name) {}

  /**
   * The network interfaces of a droplet.
   *
   * @param v4 IPv4 interfaces
   * @param v6 IPv6 interfaces
   */
  public record Networks(List<NetworkV4> v4, List<NetworkV6> v6) {
    /** Copies the lists. */
    public Networks {
      v4 = List.copyOf(v4);
      v6 = List.copyOf(v6);
    }
  }

  /**
   * One IPv4 interface.
   *
   * @param ipAddress the address
   * @param netmask the netmask, dotted
   * @param gateway the gateway; empty for private interfaces
   * @param type {@code public} or {@code private}
   */
  public record NetworkV4(
      @Json(name = "ip_address") String ipAddress, String netmask, String gateway, String type) {}

  /**
   * One IPv6 interface.
   *
   * @param ipAddress the address
   * @param netmask the prefix length
   * @param gateway the gateway
   * @param type {@code public}
   */
  public record NetworkV6(
      @Json(name = "ip_address") String ipAddress, int netmask, String gateway, String type) {}
}
