package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeApiError;
import dev.seawall.testkit.FakeState;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Referential integrity of the fakes: a request that names a tag, droplet, load balancer, VPC or
 * certificate that does not exist is refused as DigitalOcean refuses it, with its status and error
 * shape ({@code {"id": ..., "message": ..., "request_id": ...}}), and nothing changes.
 *
 * <p>What the statuses are based on:
 *
 * <ul>
 *   <li>tags, droplets and load balancers named in a request <em>body</em> (firewall targets and
 *       rules, load balancer droplets, database trusted sources): {@code 422 unprocessable_entity}.
 *       The official spec's {@code existing_tags_array} says "Tag names must exist in order to be
 *       referenced in a request"; DigitalOcean answers the other unresolvable values of these
 *       bodies with 422 (e.g. firewall {@code "invalid address"},
 *       terraform-provider-digitalocean#33; load balancer droplets, droplet_kit#153), and Terraform
 *       users see firewalls on not-yet-created tags fail (typhoon#709);
 *   <li>a VPC named by {@code vpc_uuid} / {@code private_network_uuid}: {@code 404 not_found}, what
 *       DigitalOcean answered a droplet create whose {@code vpc_uuid} named no VPC
 *       (python-digitalocean#264); {@code databases_create_cluster} documents a 404 too;
 *   <li>a tag or resource named in the <em>path</em> (tagging resources, volume attach): {@code 404
 *       not_found} (doctl#107, packer-plugin-digitalocean#168), which the fakes answer through
 *       {@link dev.seawall.testkit.FakeTable#require}.
 * </ul>
 */
final class References {
  private References() {}

  /**
   * Every tag in {@code names} exists.
   *
   * @throws FakeApiError 422 naming the first tag that does not
   */
  static void requireTags(FakeState state, Collection<?> names, String field) {
    for (Object name : names) {
      if (state.table(FakeTags.TABLE).get(name).isEmpty()) {
        throw missing(field, "tag", name);
      }
    }
  }

  /**
   * Every droplet in {@code ids} exists.
   *
   * @throws FakeApiError 422 naming the first droplet that does not
   */
  static void requireDroplets(FakeState state, Collection<?> ids, String field) {
    for (Object id : ids) {
      if (state.table(FakeDroplets.TABLE).get(id).isEmpty()) {
        throw missing(field, "droplet", id);
      }
    }
  }

  /**
   * Every load balancer in {@code uids} exists.
   *
   * @throws FakeApiError 422 naming the first load balancer that does not
   */
  static void requireLoadBalancers(FakeState state, Collection<?> uids, String field) {
    for (Object uid : uids) {
      if (state.table(FakeLoadBalancers.TABLE).get(uid).isEmpty()) {
        throw missing(field, "load balancer", uid);
      }
    }
  }

  /**
   * The VPC a resource in {@code region} joins: {@code requested} when given (it must exist), else
   * the region's default VPC ({@link FakeVpcs#defaultVpc}).
   *
   * @throws FakeApiError 404 when {@code requested} names no VPC
   */
  static String vpcOrDefault(FakeState state, @Nullable Object requested, String region) {
    if (requested == null || String.valueOf(requested).isEmpty()) {
      return FakeVpcs.defaultVpc(state, region);
    }
    String id = String.valueOf(requested);
    if (state.table(FakeVpcs.TABLE).get(id).isEmpty()) {
      throw FakeApiError.notFound();
    }
    return id;
  }

  /**
   * The certificate {@code id} exists.
   *
   * @throws FakeApiError 422 when it does not (or is empty)
   */
  static void requireCertificate(FakeState state, String id, String field) {
    if (id.isEmpty() || state.table(FakeCertificates.TABLE).get(id).isEmpty()) {
      throw missing(field, "certificate", id);
    }
  }

  private static FakeApiError missing(String field, String kind, Object value) {
    return FakeApiError.unprocessable(field + ": " + kind + " " + value + " was not found.");
  }
}
