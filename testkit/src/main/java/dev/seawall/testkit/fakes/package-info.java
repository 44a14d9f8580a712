/**
 * Stateful in-memory DigitalOcean resources for {@link dev.seawall.testkit.FakeDigitalOcean}:
 * droplets, SSH keys, VPCs, Cloud Firewalls, block-storage volumes, managed databases, Spaces
 * access keys, tags, certificates and load balancers, each a {@link
 * dev.seawall.testkit.FakeResource}.
 *
 * <p>Start a fake with every one of them:
 *
 * <pre>{@code
 * try (FakeDigitalOcean fake = FakeDigitalOcean.builder().allResources().build().start()) {
 *   // point DigitalOcean.builder().baseUrl(fake.url()) at it
 * }
 * }</pre>
 *
 * or pick some ({@code builder().addResource(new FakeDroplets()).addResource(new FakeVolumes())}).
 * Adding a resource of a class that is already registered replaces it, so {@code
 * allResources().addResource(new FakeFirewalls(Duration.ofSeconds(10)))} configures one of them.
 *
 * <p>The resources share the fake's {@link dev.seawall.testkit.FakeState} and see each other
 * through its tables, as the real API does: droplets join a region's default VPC when they name
 * none and are listed as VPC members, attaching a volume changes the droplet's {@code volume_ids},
 * destroying a droplet detaches its volumes and removes it from firewalls, database clusters and
 * load balancers count as VPC members, load balancers refer to certificates. Each class documents
 * its table names, seeding helpers and the API behaviour it models. They depend only on Seawall
 * core and the testkit, never on the modules they help to test, and every answer they give is
 * checked against the official OpenAPI specification when the fake validates responses.
 */
@NullMarked
package dev.seawall.testkit.fakes;

import org.jspecify.annotations.NullMarked;
