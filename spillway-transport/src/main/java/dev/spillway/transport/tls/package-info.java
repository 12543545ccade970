/**
 * TLS set-up shared by the server and the proxy: server contexts from PEM files or from a
 * self-signed certificate generated once into the data directory, and client contexts for the
 * proxy's backend connections. Only TLS 1.2 and 1.3 are ever enabled (RFC 8996, RFC 8314 §4.1).
 */
package dev.spillway.transport.tls;
