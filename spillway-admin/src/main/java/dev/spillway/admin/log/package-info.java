/**
 * Logging set-up for the whole process: {@link dev.spillway.admin.log.LogSetup} configures
 * Logback in code from {@code log.format} and {@code log.trace}.
 *
 * <p>Invariant: credentials and message bodies reach the log only with {@code log.trace} on;
 * that is the callers' duty, this package only sets levels and formats.
 */
package dev.spillway.admin.log;
