/**
 * Seeing and steering the shedding at run time: {@link dev.spillway.admin.Observability} is what
 * the server and proxy feed (metrics, recent shed decisions, the shed log summary), and
 * {@link dev.spillway.admin.http.AdminServer} serves it over HTTP with the dashboard.
 *
 * <p>Invariants: nothing in this module decides whether an ID is shed; it only reads
 * {@link dev.spillway.policy.shed.ShedPolicy} and, through the authenticated admin API, replaces
 * its settings. Hot-path methods never block and never build strings per call.
 */
package dev.spillway.admin;
