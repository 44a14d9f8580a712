package dev.seawall.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) whose HTTP traffic must match the official DigitalOcean OpenAPI
 * specification: registers {@link ContractValidation}.
 *
 * <pre>{@code
 * @ContractTest
 * class FirewallServiceTest {
 *   @Test
 *   void create_whenValid_postsFirewall(MockWebServer server) { ... }
 *
 *   @Test
 *   void create_againstFake_createsOnce(FakeDigitalOcean fake, TestClock clock) { ... }
 * }
 * }</pre>
 *
 * Tests in an annotated class are skipped when the specification file is absent (they fail under
 * {@code CI=true}); see {@link OpenApiContract#require()}. This annotation does not make a method a
 * test; keep {@code @Test}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(ContractValidation.class)
public @interface ContractTest {}
