/**
 * Runnable Seawall programs: {@link dev.seawall.samples.HardenedStack} (the main one: a hardened
 * stack planned and applied, offline by default), {@link dev.seawall.samples.InsecureStackRefused}
 * (what a refusal looks like) and {@link dev.seawall.samples.FakeDigitalOceanServer} (the in-memory
 * DigitalOcean as a standalone server).
 */
@NullMarked
package dev.seawall.samples;

import org.jspecify.annotations.NullMarked;
