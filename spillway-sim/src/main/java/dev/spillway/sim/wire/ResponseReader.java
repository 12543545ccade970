package dev.spillway.sim.wire;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads server responses: lines ending in CRLF, each possibly continued after literals
 * announced as {@code {n}} at the end of a line (RFC 9051 §4.3). Large literals, such as
 * message bodies in a back-fill, are counted and skipped rather than kept, so a simulated
 * device needs no memory for what it downloads.
 *
 * <p>A read that times out ({@link java.net.SocketTimeoutException}) loses nothing: the partial
 * response stays here and the next {@link #read()} continues it. This is what lets an idling
 * client wait with a socket timeout. Not thread-safe.
 */
public final class ResponseReader {

    /** Literals up to this size are kept in the text (mailbox names, small header fields). */
    public static final int INLINE_LITERAL = 4096;
    /** A line longer than this, literals excluded, ends the connection. */
    public static final int MAX_LINE = 1 << 20;

    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d{1,12})\\+?}$");

    private final InputStream in;
    private final byte[] scratch = new byte[16 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final ByteArrayOutputStream literal = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();
    private long literalRemaining;
    private boolean keepLiteral;
    private long literalBytes;

    public ResponseReader(InputStream in) {
        this.in = in;
    }

    /** The next whole response. */
    public ResponseLine read() throws IOException {
        while (true) {
            if (literalRemaining > 0) {
                readLiteral();
                continue;
            }
            if (!readLine()) {
                continue;
            }
            String part = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            Matcher matcher = LITERAL_AT_END.matcher(part);
            if (matcher.find()) {
                long size = Long.parseLong(matcher.group(1));
                literalRemaining = size;
                literalBytes += size;
                keepLiteral = size <= INLINE_LITERAL;
                text.append(keepLiteral ? part.substring(0, matcher.start()) : part);
                if (size == 0) {
                    text.append("\"\"");
                }
                continue;
            }
            text.append(part);
            return finish();
        }
    }

    /** Reads up to the end of a line; true when the line is complete (CRLF stripped). */
    private boolean readLine() throws IOException {
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                        ? bytes.length - 1 : bytes.length;
                line.reset();
                line.write(bytes, 0, end);
                return true;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("response line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    private void readLiteral() throws IOException {
        int want = (int) Math.min(scratch.length, literalRemaining);
        int n = in.read(scratch, 0, want);
        if (n < 0) {
            throw new EOFException("connection closed inside a literal");
        }
        if (keepLiteral) {
            literal.write(scratch, 0, n);
        }
        literalRemaining -= n;
        if (literalRemaining == 0 && keepLiteral) {
            text.append(quote(literal.toString(StandardCharsets.ISO_8859_1)));
            literal.reset();
        }
    }

    private ResponseLine finish() {
        String all = text.toString();
        text.setLength(0);
        long bytes = literalBytes;
        literalBytes = 0;
        int space = all.indexOf(' ');
        if (space < 0) {
            return new ResponseLine(all, "", bytes);
        }
        return new ResponseLine(all.substring(0, space), all.substring(space + 1), bytes);
    }

    /** An inlined literal as a quoted string, so later parsing sees one token. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r\n", " ")
                + '"';
    }
}
