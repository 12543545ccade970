package dev.spillway.admin.metrics;

import java.util.Locale;

/** How a {@code LOGIN} or {@code AUTHENTICATE} ended; one label value for metrics. */
public enum LoginOutcome {
    /** Credentials accepted. */
    SUCCESS,
    /** Wrong user name or password. */
    FAILURE,
    /** Refused before checking credentials, e.g. plaintext login without TLS. */
    REFUSED,
    /** The store or backend could not answer. */
    ERROR;

    /** The Prometheus label value. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
