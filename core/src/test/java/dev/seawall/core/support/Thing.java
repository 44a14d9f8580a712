package dev.seawall.core.support;

import com.squareup.moshi.Json;

/** A minimal read model for transport tests. */
public record Thing(@Json(name = "id") String id, @Json(name = "name") String name) {}
