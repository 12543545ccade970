package dev.spillway.protocol.parse;

/**
 * A command that does not follow the grammar; the server answers it with BAD (RFC 9051 §7.1.3).
 * A client mistake, not a server fault: it has no stack trace and must not be logged as an
 * error.
 */
public final class CommandSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String tag;

    /**
     * Creates the exception.
     *
     * @param tag the command's tag, or null if none could be read
     * @param message text for the BAD response, ASCII, no CR or LF
     */
    public CommandSyntaxException(String tag, String message) {
        super(message, null, false, false);
        this.tag = tag;
    }

    /** The command's tag, or null if none could be read. */
    public String tag() {
        return tag;
    }
}
