/**
 * The IMAP proxy: answers the pre-login dialogue itself, sheds iOS Mail background
 * connections as TN3189 describes before they reach the backend, and relays everything else to
 * a backend IMAP server.
 *
 * <p>Public API: {@link dev.spillway.proxy.ImapProxy} (start, stats, observability, close),
 * {@link dev.spillway.proxy.ProxySettings}, {@link dev.spillway.proxy.BoundPorts} and
 * {@link dev.spillway.proxy.ProxyStats}; session classes are the admin module's
 * {@link dev.spillway.admin.metrics.SessionClass}, shared with the server. The rest is
 * the machinery: {@code ClientSession} (one per client connection) with {@code LocalCommands},
 * {@code BackendDialer} (connect, PROXY header, TLS or STARTTLS, greeting, ID), {@code Relay}
 * (both directions once the backend is involved) and {@code ResponseScanner} (response
 * framing).
 *
 * <p>Observability: every session feeds the proxy's {@link dev.spillway.admin.Observability}
 * with the series the server feeds (connections by class, ID decisions, command latency,
 * logins, bytes) plus the backend's (connect time, failures, bytes). Command labels come from
 * a fixed table ({@code CommandLabels}), so clients cannot create series.
 *
 * <p>Invariants: a client connection and its backend connection share one event loop, so a
 * session's state is never touched by two threads; a connection whose last ID was shed never
 * opens a backend connection, and a shed ID is never forwarded; responses the proxy makes up
 * while relaying are written only between two backend responses; memory per connection is
 * bounded by one line segment, one read and the write buffer's high water mark in each
 * direction, whatever the size of literals; nothing the client sends (passwords, message
 * bodies) is logged.
 */
package dev.spillway.proxy;
