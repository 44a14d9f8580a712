package dev.seawall.testkit.fakes;

import dev.seawall.testkit.FakeResource;
import java.util.List;

/**
 * Every fake resource of the testkit, for a {@link dev.seawall.testkit.FakeDigitalOcean} that
 * serves all of them ({@link dev.seawall.testkit.FakeDigitalOcean.Builder#allResources()} uses this
 * list; so does the standalone fake).
 */
public final class FakeResources {
  private FakeResources() {}

  /**
   * New instances, with default settings, of: {@link FakeSshKeys}, {@link FakeDroplets}, {@link
   * FakeVpcs}, {@link FakeFirewalls}, {@link FakeVolumes}, {@link FakeDatabases}, {@link
   * FakeKubernetes}, {@link FakeSpacesKeys}, {@link FakeTags}, {@link FakeCertificates}, {@link
   * FakeLoadBalancers}, {@link FakeDomains}, {@link FakeReservedIps}, {@link FakeProjects}, {@link
   * FakeRegions}, {@link FakeImages}, {@link FakeApps} and {@link FakeFunctions}. Their routes do
   * not overlap.
   */
  public static List<FakeResource> all() {
    return List.of(
        new FakeSshKeys(),
        new FakeDroplets(),
        new FakeVpcs(),
        new FakeFirewalls(),
        new FakeVolumes(),
        new FakeDatabases(),
        new FakeKubernetes(),
        new FakeSpacesKeys(),
        new FakeTags(),
        new FakeCertificates(),
        new FakeLoadBalancers(),
        new FakeDomains(),
        new FakeReservedIps(),
        new FakeProjects(),
        new FakeRegions(),
        new FakeImages(),
        new FakeApps(),
        new FakeFunctions());
  }
}
