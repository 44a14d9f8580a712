package dev.seawall.spaces.key.internal;

import dev.seawall.spaces.key.SpacesKeyGrant;
import java.util.List;

/**
 * Body of {@code spacesKey_update} changing a key's grants (its name stays).
 *
 * @param name the key's name, unchanged
 * @param grants the grants the key has from now on
 */
public record SpacesKeyUpdateRequest(String name, List<SpacesKeyGrant> grants) {}
