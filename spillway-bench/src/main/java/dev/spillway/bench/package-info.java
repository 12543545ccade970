/**
 * JMH benchmarks. Run them with {@code spillway-bench/run.sh}; figures are for comparing
 * variants on one machine, never asserted in tests.
 *
 * <p>Invariant: every benchmark leaves the state it measures unchanged per operation (sessions
 * are opened and closed inside the operation), so iterations are comparable.
 */
package dev.spillway.bench;
