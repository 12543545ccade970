package dev.spillway.server.session;

/**
 * A command that went on after a {@code + } continuation request and now receives the
 * client's next line: AUTHENTICATE's response (RFC 9051 §6.2.2) or IDLE's DONE (RFC 2177).
 */
@FunctionalInterface
public interface ContinuationHandler {
    /** Handles the line, without its CRLF; the exchange belongs to the waiting command. */
    void line(String text, Exchange exchange) throws Exception;

    /** True while the waiting command wants mailbox changes pushed as they happen (IDLE). */
    default boolean wantsUpdates() {
        return false;
    }
}
