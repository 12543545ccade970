package dev.spillway.transport.net;

import io.netty.util.AttributeKey;

/** Channel attributes set by the connection-level guards. */
final class Limits {
    /** Set on a connection the limiter refused, so later handlers drop its input. */
    static final AttributeKey<Boolean> REFUSED = AttributeKey.valueOf("spillway.refused");

    private Limits() {
    }
}
