/**
 * Spaces access keys managed over the DigitalOcean API ({@code /v2/spaces/keys}): {@link
 * dev.seawall.spaces.key.SpacesKeySpec} with per-bucket grants, the {@link
 * dev.seawall.spaces.key.SpacesKeyService}, and {@link dev.seawall.spaces.key.SpacesCredentials}
 * (access key id and secret) used to sign S3 requests.
 */
@NullMarked
package dev.seawall.spaces.key;

import org.jspecify.annotations.NullMarked;
