/**
 * Fake DigitalOcean resources the testkit does not serve yet (tags, certificates, load balancers),
 * added to the sample's in-process {@link dev.seawall.testkit.FakeDigitalOcean} and to the
 * standalone one through {@code META-INF/services}.
 */
@NullMarked
package dev.seawall.samples.fake;

import org.jspecify.annotations.NullMarked;
