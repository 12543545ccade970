/**
 * The admin HTTP endpoint: Prometheus scrapes, the status JSON, run-time shedding changes and
 * the dashboard, on the JDK's built-in HTTP server. Entry point:
 * {@link dev.spillway.admin.http.AdminServer}.
 *
 * <p>Invariants: reads need no credentials (bind to loopback or a management network); every
 * change needs the configured bearer token, compared in constant time, and is logged with who
 * made it; a client's mistake (bad JSON, unknown field, wrong token) is a 4xx with a message
 * and never a logged stack trace; only the dashboard's own files are served from the jar.
 */
package dev.spillway.admin.http;
