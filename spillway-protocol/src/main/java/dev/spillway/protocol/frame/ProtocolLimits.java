package dev.spillway.protocol.frame;

/**
 * Size and shape limits applied to client input, before and while parsing.
 *
 * <p>Sizes are in octets. Each limit is inclusive: a value exactly at the limit is accepted,
 * one past it is rejected.
 *
 * @param maxLineLength longest line segment, i.e. the text between two literals or between a
 *     literal and the CRLF, excluding the CRLF itself; default 65536 (64 KiB)
 * @param maxLiteralSize largest literal accepted; default 8192 (8 KiB), the value for
 *     connections that have not authenticated yet. The server raises it after login with
 *     {@link CommandFramer#setMaxLiteralSize(int)}; see {@link #AUTHENTICATED_LITERAL_SIZE}
 * @param maxCommandSize largest whole command: every line segment with its CRLF plus every
 *     literal; default 67108864 (64 MiB). Also the most a framer will skip of a rejected
 *     non-synchronizing literal before giving up on the connection
 * @param maxNestingDepth deepest parenthesised list nesting; default 16
 * @param maxTokens most tokens in one command, counting tag, command name, every atom, string,
 *     literal and parenthesised list element; default 10000
 * @param maxConsecutiveBadCommands bad commands in a row after which the connection is closed
 *     with BYE; default 10
 * @param literalPlus whether LITERAL+ (RFC 7888) is advertised. When false, LITERAL- rules
 *     apply and a non-synchronizing literal over {@link #LITERAL_MINUS_MAX} octets is rejected
 *     (RFC 7888 §4); default true
 */
public record ProtocolLimits(
        int maxLineLength,
        int maxLiteralSize,
        int maxCommandSize,
        int maxNestingDepth,
        int maxTokens,
        int maxConsecutiveBadCommands,
        boolean literalPlus) {

    /** Largest non-synchronizing literal a LITERAL- server must accept (RFC 7888 §4). */
    public static final int LITERAL_MINUS_MAX = 4096;

    /** Suggested literal limit once a user has authenticated: 50 MiB. */
    public static final int AUTHENTICATED_LITERAL_SIZE = 50 * 1024 * 1024;

    /** The documented defaults. */
    public static final ProtocolLimits DEFAULTS =
            new ProtocolLimits(64 * 1024, 8 * 1024, 64 * 1024 * 1024, 16, 10_000, 10, true);

    /** Validates that every limit is positive and that the sizes fit together. */
    public ProtocolLimits {
        requirePositive(maxLineLength, "maxLineLength");
        requirePositive(maxLiteralSize, "maxLiteralSize");
        requirePositive(maxCommandSize, "maxCommandSize");
        requirePositive(maxNestingDepth, "maxNestingDepth");
        requirePositive(maxTokens, "maxTokens");
        requirePositive(maxConsecutiveBadCommands, "maxConsecutiveBadCommands");
        if (maxCommandSize < maxLineLength) {
            throw new IllegalArgumentException("maxCommandSize must be at least maxLineLength");
        }
    }

    /** Returns a copy with another literal limit. */
    public ProtocolLimits withMaxLiteralSize(int size) {
        return new ProtocolLimits(maxLineLength, size, maxCommandSize, maxNestingDepth, maxTokens,
                maxConsecutiveBadCommands, literalPlus);
    }

    /** Returns a copy with another line limit. */
    public ProtocolLimits withMaxLineLength(int length) {
        return new ProtocolLimits(length, maxLiteralSize, maxCommandSize, maxNestingDepth,
                maxTokens, maxConsecutiveBadCommands, literalPlus);
    }

    /** Returns a copy with another command size limit. */
    public ProtocolLimits withMaxCommandSize(int size) {
        return new ProtocolLimits(maxLineLength, maxLiteralSize, size, maxNestingDepth, maxTokens,
                maxConsecutiveBadCommands, literalPlus);
    }

    /** Returns a copy with another nesting limit. */
    public ProtocolLimits withMaxNestingDepth(int depth) {
        return new ProtocolLimits(maxLineLength, maxLiteralSize, maxCommandSize, depth, maxTokens,
                maxConsecutiveBadCommands, literalPlus);
    }

    /** Returns a copy with another token limit. */
    public ProtocolLimits withMaxTokens(int tokens) {
        return new ProtocolLimits(maxLineLength, maxLiteralSize, maxCommandSize, maxNestingDepth,
                tokens, maxConsecutiveBadCommands, literalPlus);
    }

    /** Returns a copy with another bad-command limit. */
    public ProtocolLimits withMaxConsecutiveBadCommands(int count) {
        return new ProtocolLimits(maxLineLength, maxLiteralSize, maxCommandSize, maxNestingDepth,
                maxTokens, count, literalPlus);
    }

    /** Returns a copy that does or does not advertise LITERAL+. */
    public ProtocolLimits withLiteralPlus(boolean enabled) {
        return new ProtocolLimits(maxLineLength, maxLiteralSize, maxCommandSize, maxNestingDepth,
                maxTokens, maxConsecutiveBadCommands, enabled);
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
