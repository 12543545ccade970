package dev.spillway.protocol.frame;

import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import java.nio.ByteBuffer;

/**
 * Incremental state machine that splits client input into commands (RFC 9051 §2.2.1, §4.3).
 *
 * <p>A command is a line ending in CRLF; a line that ends with a literal announcement continues,
 * after exactly that many octets, with another line segment. The framer tracks quoted strings and
 * parentheses while it scans, so an announcement inside an unterminated quoted string is not
 * mistaken for a literal, and the nesting and token limits hold before the parser runs. A bare LF
 * is accepted as a line ending because several clients send one; a bare CR is kept as data and
 * later rejected by the parser.
 *
 * <p>Over a limit the framer resynchronises instead of closing where it safely can:
 * <ul>
 *   <li>line too long, nesting too deep, too many tokens: BAD, the rest of the command is
 *       discarded (literals it announces with {@code {n+}} are skipped, a {@code {n}} ends it
 *       because the client waits for a continuation that never comes);
 *   <li>synchronizing literal too big: {@code NO [TOOBIG]}, no continuation is sent, the command
 *       ends there;
 *   <li>non-synchronizing literal too big (or over 4096 octets without LITERAL+, RFC 7888 §4):
 *       the client sends the data anyway, so the framer answers {@code NO [TOOBIG]} (or
 *       {@code BAD [TOOBIG]} for LITERAL-) and skips exactly n octets and the rest of the
 *       command, provided n is at most {@link ProtocolLimits#maxCommandSize()}; a larger n is
 *       fatal ({@code * BYE}) since skipping it would tie the connection up for too long;
 *   <li>HTTP request line as the first line, a TLS ClientHello (0x16 0x03) at the start of a
 *       command, or a NUL in a line: fatal.
 * </ul>
 *
 * <p>Pausing: a listener may call {@link #pause()}; {@code feed} then returns at once and reports
 * how many bytes it consumed. The caller keeps the rest. This is how the Netty codec hands out one
 * command at a time, and how STARTTLS is made safe: once the STARTTLS command has been delivered,
 * the caller stops feeding and throws away what is buffered (RFC 9051 §6.2.1 forbids the client
 * from sending more before the tagged OK), then calls {@link #reset()}.
 *
 * <p>Not thread-safe: one framer per connection, used from one thread.
 */
public final class CommandFramer {

    private enum State { LINE, LITERAL, DISCARD_LINE, DISCARD_LITERAL, CLOSED }

    private static final int TAIL_SIZE = 32;

    private final ProtocolLimits limits;
    private final FrameListener listener;
    private int maxLiteralSize;

    private State state = State.LINE;
    private byte[] line = new byte[128];
    private int lineLength;
    private boolean pendingCr;
    private boolean paused;
    private boolean rawLineRequested;
    private boolean rawLine;
    private boolean firstSegment = true;
    private boolean firstLineOfStream = true;
    private String tag;
    private long commandSize;
    private long remaining;

    private boolean inQuote;
    private boolean escape;
    private boolean separatorBefore = true;
    private int depth;
    private int tokens;

    private final byte[] tail = new byte[TAIL_SIZE];
    private long tailCount;

    /** Creates a framer at the start of a stream. */
    public CommandFramer(ProtocolLimits limits, FrameListener listener) {
        this.limits = limits;
        this.listener = listener;
        this.maxLiteralSize = limits.maxLiteralSize();
    }

    /** The limits this framer was created with (the literal limit may have changed since). */
    public ProtocolLimits limits() {
        return limits;
    }

    /** The literal limit in force now. */
    public int maxLiteralSize() {
        return maxLiteralSize;
    }

    /**
     * Changes the literal limit for literals announced from now on; the server raises it after
     * authentication. Capped at {@link ProtocolLimits#maxCommandSize()}.
     */
    public void setMaxLiteralSize(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("literal limit must be positive: " + size);
        }
        this.maxLiteralSize = Math.min(size, limits.maxCommandSize());
    }

    /**
     * Makes the next line a raw line (reported by {@link FrameListener#rawLine}): no tag, no
     * literals. Used for AUTHENTICATE responses (RFC 9051 §6.2.2) and IDLE's DONE (RFC 2177).
     * One-shot: the line after it is a command again. Takes effect at the next command boundary.
     */
    public void expectRawLine() {
        rawLineRequested = true;
    }

    /** Stops {@code feed} after the current event; see the class comment. */
    public void pause() {
        paused = true;
    }

    /** Lets {@code feed} consume input again. */
    public void resume() {
        paused = false;
    }

    /** Whether {@link #pause()} is in force. */
    public boolean isPaused() {
        return paused;
    }

    /** Whether a fatal error has occurred; all further input is ignored. */
    public boolean isClosed() {
        return state == State.CLOSED;
    }

    /** Whether the next byte starts a new command (nothing of a command is pending). */
    public boolean isAtCommandBoundary() {
        return state == State.LINE && firstSegment && lineLength == 0 && !pendingCr;
    }

    /**
     * Drops any partial command and pending raw-line request, as after STARTTLS. Must not be
     * called from a listener callback. A closed framer stays closed.
     */
    public void reset() {
        if (state != State.CLOSED) {
            resetCommand();
        }
        rawLineRequested = false;
    }

    /** Feeds bytes {@code off .. off+len-1} of {@code bytes}; returns how many were consumed. */
    public int feed(byte[] bytes, int off, int len) {
        return feed(ByteBuffer.wrap(bytes, off, len));
    }

    /**
     * Consumes bytes from {@code src}'s position, advancing it, until the buffer is exhausted or
     * the framer is paused. Returns the number of bytes consumed.
     */
    public int feed(ByteBuffer src) {
        int start = src.position();
        int pos = start;
        int limit = src.limit();
        while (pos < limit && !paused) {
            switch (state) {
                case LINE -> pos = scanLine(src, pos, limit);
                case LITERAL -> pos = readLiteral(src, pos, limit);
                case DISCARD_LINE -> pos = discardLine(src, pos, limit);
                case DISCARD_LITERAL -> pos = discardLiteral(pos, limit);
                default -> pos = limit;
            }
        }
        src.position(pos);
        return pos - start;
    }

    private int scanLine(ByteBuffer src, int pos, int limit) {
        if (rawLineRequested && isAtCommandBoundary()) {
            rawLine = true;
            rawLineRequested = false;
        }
        while (pos < limit) {
            byte b = src.get(pos++);
            if (b == '\n') {
                pendingCr = false;
                endOfLine();
                return pos;
            }
            if (pendingCr) {
                pendingCr = false;
                if (!append((byte) '\r')) {
                    // The CR held back from an earlier byte overflowed the line, which is now
                    // being discarded: this byte is the first of the discarded rest. Taking it
                    // here also means a read whose first byte triggers the error is consumed.
                    return discardLine(src, pos - 1, pos);
                }
            }
            if (b == '\r') {
                pendingCr = true;
            } else if (!append(b)) {
                return pos;
            }
        }
        return pos;
    }

    /** Adds a byte to the current segment; returns false if that raised an error. */
    private boolean append(byte b) {
        if (b == 0) {
            fatal(FrameError.Kind.NOT_IMAP, "NUL byte in command line");
            return false;
        }
        if (lineLength == limits.maxLineLength()) {
            reject(FrameError.Kind.LINE_TOO_LONG, Status.BAD, ResponseCode.TOOBIG,
                    "Line too long");
            startDiscardLine(b);
            return false;
        }
        if (lineLength == line.length) {
            byte[] bigger = new byte[Math.min(line.length * 2, limits.maxLineLength())];
            System.arraycopy(line, 0, bigger, 0, lineLength);
            line = bigger;
        }
        line[lineLength++] = b;
        if (rawLine) {
            return true;
        }
        if (firstSegment && lineLength == 2 && line[0] == 0x16 && line[1] == 0x03) {
            fatal(FrameError.Kind.NOT_IMAP, "TLS handshake on a plain-text IMAP connection");
            return false;
        }
        return scanToken(b);
    }

    /** Tracks quoted strings, nesting and token count (RFC 9051 §4). */
    private boolean scanToken(byte b) {
        if (inQuote) {
            if (escape) {
                escape = false;
            } else if (b == '\\') {
                escape = true;
            } else if (b == '"') {
                inQuote = false;
            }
            return true;
        }
        switch (b) {
            case ' ' -> separatorBefore = true;
            case ')' -> {
                depth = Math.max(0, depth - 1);
                separatorBefore = false;
            }
            case '(' -> {
                if (separatorBefore && !countToken(b)) {
                    return false;
                }
                if (++depth > limits.maxNestingDepth()) {
                    reject(FrameError.Kind.NESTING_TOO_DEEP, Status.BAD, null,
                            "Lists nested too deeply");
                    startDiscardLine(b);
                    return false;
                }
                separatorBefore = true;
            }
            default -> {
                if (separatorBefore && !countToken(b)) {
                    return false;
                }
                separatorBefore = false;
                inQuote = b == '"';
            }
        }
        return true;
    }

    private boolean countToken(byte current) {
        if (++tokens > limits.maxTokens()) {
            reject(FrameError.Kind.TOO_MANY_TOKENS, Status.BAD, null, "Too many arguments");
            startDiscardLine(current);
            return false;
        }
        return true;
    }

    private void endOfLine() {
        if (rawLine) {
            rawLine = false;
            int length = lineLength;
            resetCommand();
            listener.rawLine(line, length);
            return;
        }
        commandSize += lineLength + 2L;
        if (firstSegment) {
            tag = extractTag(true);
            if (firstLineOfStream && looksLikeHttp()) {
                fatal(FrameError.Kind.NOT_IMAP, "This is an IMAP server, not an HTTP server");
                return;
            }
        }
        firstLineOfStream = false;
        LiteralAnnouncement literal = inQuote ? null : LiteralAnnouncement.find(line, lineLength);
        if (literal == null) {
            if (commandSize > limits.maxCommandSize()) {
                reject(FrameError.Kind.COMMAND_TOO_BIG, Status.BAD, ResponseCode.TOOBIG,
                        "Command too big");
                resetCommand();
                return;
            }
            String commandTag = tag;
            listener.lineSegment(commandTag, line, lineLength, firstSegment, null);
            resetCommand();
            listener.commandEnd(commandTag);
            return;
        }
        FrameError problem = checkLiteral(literal);
        if (problem != null) {
            rejectLiteral(literal, problem);
            return;
        }
        listener.lineSegment(tag, line, lineLength, firstSegment, literal);
        if (literal.synchronizing()) {
            listener.continuationRequired(tag, literal);
        }
        commandSize += literal.size();
        remaining = literal.size();
        if (remaining == 0) {
            nextSegment();
        } else {
            state = State.LITERAL;
        }
    }

    private FrameError checkLiteral(LiteralAnnouncement literal) {
        if (!literal.synchronizing() && !limits.literalPlus()
                && literal.size() > ProtocolLimits.LITERAL_MINUS_MAX) {
            return new FrameError(FrameError.Kind.LITERAL_TOO_BIG, tag, Status.BAD,
                    ResponseCode.TOOBIG, "Non-synchronizing literal larger than "
                    + ProtocolLimits.LITERAL_MINUS_MAX + " octets");
        }
        if (literal.size() > maxLiteralSize) {
            return new FrameError(FrameError.Kind.LITERAL_TOO_BIG, tag, Status.NO,
                    ResponseCode.TOOBIG, "Literal larger than " + maxLiteralSize + " octets");
        }
        if (commandSize + literal.size() > limits.maxCommandSize()) {
            return new FrameError(FrameError.Kind.COMMAND_TOO_BIG, tag, Status.BAD,
                    ResponseCode.TOOBIG, "Command too big");
        }
        return null;
    }

    private void rejectLiteral(LiteralAnnouncement literal, FrameError problem) {
        if (literal.synchronizing()) {
            resetCommand();
            listener.error(problem);
            return;
        }
        skipLiteralOrClose(literal, problem);
    }

    /** The client sends a {n+} literal no matter what: skip it if that is affordable. */
    private void skipLiteralOrClose(LiteralAnnouncement literal, FrameError problem) {
        if (literal.size() > limits.maxCommandSize()) {
            fatal(FrameError.Kind.LITERAL_TOO_BIG, "Literal too big to skip");
            return;
        }
        remaining = literal.size();
        state = State.DISCARD_LITERAL;
        inQuote = false;
        escape = false;
        if (problem != null) {
            listener.error(problem);
        }
    }

    private int readLiteral(ByteBuffer src, int pos, int limit) {
        int n = (int) Math.min(remaining, limit - pos);
        ByteBuffer chunk = src.slice(pos, n);
        remaining -= n;
        boolean last = remaining == 0;
        if (last) {
            nextSegment();
        }
        listener.literalData(chunk, last);
        return pos + n;
    }

    private int discardLiteral(int pos, int limit) {
        int n = (int) Math.min(remaining, limit - pos);
        remaining -= n;
        if (remaining == 0) {
            state = State.DISCARD_LINE;
            tailCount = 0;
        }
        return pos + n;
    }

    private int discardLine(ByteBuffer src, int pos, int limit) {
        while (pos < limit) {
            byte b = src.get(pos++);
            if (b == '\n') {
                endOfDiscardedLine();
                return pos;
            }
            if (!rawLine) {
                scanQuote(b);
            }
            tail[(int) (tailCount++ % TAIL_SIZE)] = b;
        }
        return pos;
    }

    private void scanQuote(byte b) {
        if (escape) {
            escape = false;
        } else if (inQuote && b == '\\') {
            escape = true;
        } else if (b == '"') {
            inQuote = !inQuote;
        }
    }

    private void endOfDiscardedLine() {
        if (rawLine || inQuote) {
            resetCommand();
            return;
        }
        int n = (int) Math.min(tailCount, TAIL_SIZE);
        byte[] last = new byte[n];
        for (int i = 0; i < n; i++) {
            last[i] = tail[(int) ((tailCount - n + i) % TAIL_SIZE)];
        }
        if (n > 0 && last[n - 1] == '\r') {
            n--;
        }
        LiteralAnnouncement literal = LiteralAnnouncement.find(last, n);
        if (literal == null || literal.synchronizing()) {
            resetCommand();
        } else {
            skipLiteralOrClose(literal, null);
        }
    }

    private void startDiscardLine(byte current) {
        int keep = Math.min(lineLength, TAIL_SIZE - 1);
        tailCount = 0;
        for (int i = lineLength - keep; i < lineLength; i++) {
            tail[(int) (tailCount++ % TAIL_SIZE)] = line[i];
        }
        tail[(int) (tailCount++ % TAIL_SIZE)] = current;
        if (!rawLine) {
            scanQuote(current);
        }
        state = State.DISCARD_LINE;
        lineLength = 0;
    }

    private void reject(FrameError.Kind kind, Status status, ResponseCode code, String text) {
        String errorTag = rawLine ? null : firstSegment ? extractTag(false) : tag;
        listener.error(new FrameError(kind, errorTag, status, code, text));
    }

    private void fatal(FrameError.Kind kind, String text) {
        state = State.CLOSED;
        lineLength = 0;
        listener.error(new FrameError(kind, null, Status.BYE, null, text));
    }

    private void nextSegment() {
        state = State.LINE;
        lineLength = 0;
        pendingCr = false;
        firstSegment = false;
        separatorBefore = false;
    }

    private void resetCommand() {
        state = State.LINE;
        lineLength = 0;
        pendingCr = false;
        firstSegment = true;
        rawLine = false;
        tag = null;
        commandSize = 0;
        remaining = 0;
        inQuote = false;
        escape = false;
        separatorBefore = true;
        depth = 0;
        tokens = 0;
    }

    /**
     * The tag at the start of the current first segment, or null. With {@code wholeLine} a line
     * without a space is all tag; otherwise the tag must be followed by a space.
     */
    private String extractTag(boolean wholeLine) {
        return LineInspection.tag(line, lineLength, wholeLine);
    }

    private boolean looksLikeHttp() {
        return LineInspection.looksLikeHttp(line, lineLength);
    }
}
