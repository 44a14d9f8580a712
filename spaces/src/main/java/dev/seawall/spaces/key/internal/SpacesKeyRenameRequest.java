package dev.seawall.spaces.key.internal;

/**
 * Body of {@code spacesKey_update}: only the name can change.
 *
 * @param name the new name
 */
public record SpacesKeyRenameRequest(String name) {}
