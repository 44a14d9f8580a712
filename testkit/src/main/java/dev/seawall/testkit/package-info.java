/**
 * Test support for Seawall and its users: contract checks against the official DigitalOcean OpenAPI
 * specification and a stateful in-memory DigitalOcean.
 *
 * <ul>
 *   <li>{@link dev.seawall.testkit.OpenApiContract}: the specification as a request validator
 *       (swagger-request-validator), loaded once per JVM.
 *   <li>{@link dev.seawall.testkit.ContractValidatingDispatcher}: a MockWebServer dispatcher that
 *       answers requests violating the specification with 400 and records them.
 *   <li>{@link dev.seawall.testkit.ContractTest} / {@link dev.seawall.testkit.ContractValidation}:
 *       the JUnit 5 extension that hands tests a validating server or fake and fails them on any
 *       violation.
 *   <li>{@link dev.seawall.testkit.FakeDigitalOcean}: the in-memory API, extended by modules
 *       through {@link dev.seawall.testkit.FakeResource}.
 *   <li>{@link dev.seawall.testkit.TestClock}: a manual clock whose sleeper advances it.
 *   <li>{@link dev.seawall.testkit.TestClients}: clients for a fake or a MockWebServer on a test
 *       clock with a generated token, and JSON response helpers.
 * </ul>
 */
@NullMarked
package dev.seawall.testkit;

import org.jspecify.annotations.NullMarked;
