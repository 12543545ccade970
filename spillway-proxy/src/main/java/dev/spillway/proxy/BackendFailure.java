package dev.spillway.proxy;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import javax.net.ssl.SSLException;

/**
 * A backend connection that could not be made ready, and the short reason that labels
 * {@code spillway_backend_connect_failures_total{reason}}: one of a handful of words, never
 * text from the network.
 */
final class BackendFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /** The connect timed out. */
    static final String TIMEOUT = "timeout";
    /** Nothing listens, or the host is unreachable. */
    static final String REFUSED = "refused";
    /** The TLS handshake failed (untrusted certificate, no common protocol). */
    static final String TLS = "tls";
    /** The greeting was BYE or not a greeting (RFC 9051 §7.1.5). */
    static final String GREETING = "greeting";
    /** The backend refused STARTTLS. */
    static final String STARTTLS = "starttls";
    /** The backend closed the connection during set-up. */
    static final String CLOSED = "closed";
    /** Anything else. */
    static final String OTHER = "error";

    private final String reason;

    BackendFailure(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    /** The reason for any failure of a backend set-up. */
    static String reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BackendFailure known) {
                return known.reason;
            }
            if (t instanceof ConnectTimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return OTHER;
    }
}
