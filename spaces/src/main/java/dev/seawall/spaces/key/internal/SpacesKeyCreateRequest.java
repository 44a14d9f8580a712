package dev.seawall.spaces.key.internal;

import dev.seawall.spaces.key.SpacesKeyGrant;
import java.util.List;

/**
 * Body of {@code spacesKey_create}.
 *
 * @param name the key name
 * @param grants the grants
 */
public record SpacesKeyCreateRequest(String name, List<SpacesKeyGrant> grants) {}
