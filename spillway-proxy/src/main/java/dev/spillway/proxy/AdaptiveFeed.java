package dev.spillway.proxy;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.adaptive.AdaptiveShedding;
import java.util.Set;

/**
 * Feeds what the proxy measures into the adaptive overload signals of {@code auto} mode:
 * backend connect results and the time the backend took to answer each relayed command, and
 * that same time as foreground command latency when a person's session sent it.
 */
final class AdaptiveFeed {
    /** Feeds nothing: a proxy started without adaptive shedding. */
    static final AdaptiveFeed NONE = new AdaptiveFeed(null);

    private static final Set<String> SLOW_BY_DESIGN = Set.of("IDLE", "LOGIN", "AUTHENTICATE");

    private final AdaptiveShedding adaptive;

    AdaptiveFeed(AdaptiveShedding adaptive) {
        this.adaptive = adaptive;
    }

    void connected(long nanos) {
        if (adaptive != null) {
            adaptive.backend().success(nanos);
        }
    }

    void connectFailed() {
        if (adaptive != null) {
            adaptive.backend().failure();
        }
    }

    /**
     * A relayed command was answered. IDLE lasts as long as the client wishes and logins
     * include the backend's delay after a wrong password, so neither says anything about load.
     */
    void answered(String label, SessionClass sessionClass, long nanos) {
        if (adaptive != null && !SLOW_BY_DESIGN.contains(label)) {
            adaptive.backend().success(nanos);
            if (sessionClass == SessionClass.FOREGROUND
                    || sessionClass == SessionClass.UNCLASSIFIED) {
                adaptive.commandLatency().record(nanos);
            }
        }
    }
}
