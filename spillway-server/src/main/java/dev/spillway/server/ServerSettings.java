package dev.spillway.server;

import dev.spillway.config.PlaintextAuth;
import dev.spillway.protocol.frame.ProtocolLimits;
import java.time.Duration;

/**
 * The settings a session needs, read once from the configuration.
 *
 * @param hostName the name in greetings and trace headers
 * @param plaintextAuth where password authentication works without TLS
 * @param limits framing limits; the literal limit applies before authentication
 * @param authenticatedLiteralSize the literal limit after authentication, in octets; also
 *     the largest message APPEND accepts (RFC 7889 APPENDLIMIT)
 * @param messageLimit the most messages one command works on, announced as MESSAGELIMIT
 *     (RFC 9738)
 * @param preAuthTimeout how long after accept a connection may stay unauthenticated, busy
 *     or not
 * @param idleTimeout how long an authenticated connection may stay silent (RFC 9051 §5.4:
 *     at least 30 minutes)
 * @param hideVersion leave the version out of the server's ID response
 * @param version this build's version
 */
public record ServerSettings(
        String hostName,
        PlaintextAuth plaintextAuth,
        ProtocolLimits limits,
        int authenticatedLiteralSize,
        int messageLimit,
        Duration preAuthTimeout,
        Duration idleTimeout,
        boolean hideVersion,
        String version) {
}
