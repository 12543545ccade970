/**
 * Accounting and output of simulator runs: a thread-safe {@link dev.spillway.sim.report.Recorder}
 * bucketing every event by second, exact nearest-rank percentiles
 * ({@link dev.spillway.sim.report.LatencyStats}), the per-second rows written as CSV and JSON,
 * and a PNG chart drawn with Java2D in headless mode.
 *
 * <p>Invariants: foreground and background commands are counted apart, and only foreground
 * latencies enter percentiles; a second without foreground commands has no percentile (an
 * empty CSV cell, JSON null, a gap in the chart) rather than a zero that would look fast.
 */
package dev.spillway.sim.report;
