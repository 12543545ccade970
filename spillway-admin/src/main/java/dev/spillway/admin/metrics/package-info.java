/**
 * Prometheus metrics through Micrometer: {@link dev.spillway.admin.metrics.SpillwayMetrics} owns
 * the one registry of the process.
 *
 * <p>Invariants: names start with {@code spillway_} (JVM and process series keep Micrometer's
 * names); every label has a bounded set of values (enums, or at most a fixed number of command
 * and operation names, the rest counted as {@code other}); shedding counters are read from the
 * policy's own snapshot, never counted twice.
 */
package dev.spillway.admin.metrics;
