/**
 * Seawall for DigitalOcean Spaces: the {@link dev.seawall.spaces.Spaces} entry point and the
 * exceptions of S3 calls.
 *
 * <p>Buckets ({@link dev.seawall.spaces.bucket}) are private and versioned by default, objects
 * ({@link dev.seawall.spaces.object}) are written with customer-provided keys (SSE-C), presigned
 * URLs ({@link dev.seawall.spaces.presign}) live 15 minutes by default, and Spaces access keys
 * ({@link dev.seawall.spaces.key}) are scoped to named buckets. Every insecure choice is an opt-out
 * that takes a {@link dev.seawall.core.policy.Justification}.
 *
 * <p>The module's catalog: the operations it calls ({@link dev.seawall.spaces.SpacesOperations})
 * and the rules it enforces ({@link dev.seawall.spaces.SpacesRules}), registered with core by
 * {@link dev.seawall.spaces.SpacesCatalog}.
 */
@NullMarked
package dev.seawall.spaces;

import org.jspecify.annotations.NullMarked;
