/**
 * Shed decisions for people: the last few for the dashboard
 * ({@link dev.spillway.admin.decisions.RecentDecisions}) and a periodic one-line log summary
 * ({@link dev.spillway.admin.decisions.ShedLogSummarizer}).
 *
 * <p>Invariants: recording is lock-free and constant-time; client strings arrive already
 * sanitized by the classifier ({@link dev.spillway.policy.id.LogText}); a wave never produces
 * one log line per connection.
 */
package dev.spillway.admin.decisions;
