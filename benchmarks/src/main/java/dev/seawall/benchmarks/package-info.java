/**
 * Benchmarks of Seawall against the raw OkHttp + Moshi floor, and the report of their ratios. Not
 * published; see {@code benchmarks/README.md}.
 */
@NullMarked
package dev.seawall.benchmarks;

import org.jspecify.annotations.NullMarked;
