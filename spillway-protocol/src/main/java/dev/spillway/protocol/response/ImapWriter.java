package dev.spillway.protocol.response;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes IMAP response tokens to a {@link ByteSink}, always producing valid syntax
 * (RFC 9051 §4, §7).
 *
 * <p>Spacing is automatic: each token is preceded by one SP unless it is the first token of the
 * line or the first inside a list. Strings are written as quoted strings when every octet is
 * 7-bit, not CR, LF or NUL, and the value is at most {@link #MAX_QUOTED} octets; otherwise as a
 * literal, because RFC 9051 §4.3 allows only TEXT-CHARs inside quotes. Inside quotes {@code "}
 * and {@code \} are escaped. Human-readable text loses CR, LF and other controls, and non-ASCII
 * characters become {@code ?} so that IMAP4rev1 clients can read it.
 *
 * <p>Not thread-safe; one writer per response being built.
 */
public final class ImapWriter {

    /** Longest value written as a quoted string; longer values go out as literals. */
    public static final int MAX_QUOTED = 1024;

    private static final byte[] CRLF = {'\r', '\n'};

    private final ByteSink sink;
    private final byte[] digits = new byte[20];
    private boolean spaceNeeded;

    /** Creates a writer appending to {@code sink}. */
    public ImapWriter(ByteSink sink) {
        this.sink = sink;
    }

    /** Writes {@code *}, starting an untagged response. */
    public ImapWriter untagged() {
        token();
        sink.writeByte('*');
        return this;
    }

    /** Writes a command tag. */
    public ImapWriter tag(String tag) {
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("empty tag");
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!CharClass.isAstringChar(c) || c == '+') {
                throw new IllegalArgumentException("not a tag: " + tag);
            }
        }
        return ascii(tag);
    }

    /** Writes an atom; rejects anything that is not one (RFC 9051 §9, atom). */
    public ImapWriter atom(String atom) {
        if (!CharClass.isAtom(atom)) {
            throw new IllegalArgumentException("not an atom: " + atom);
        }
        return ascii(atom);
    }

    /** Writes a non-negative number. */
    public ImapWriter number(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative number: " + value);
        }
        token();
        int at = digits.length;
        do {
            digits[--at] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        sink.writeBytes(digits, at, digits.length - at);
        return this;
    }

    /** Writes {@code NIL}. */
    public ImapWriter nil() {
        return ascii("NIL");
    }

    /** Writes a quoted string; throws if the value may not be quoted (see class comment). */
    public ImapWriter quoted(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (!isQuotable(bytes)) {
            throw new IllegalArgumentException("value cannot be a quoted string");
        }
        return quoted(bytes);
    }

    /** Writes a string: quoted when safe, else a literal. Text is encoded as UTF-8. */
    public ImapWriter string(String value) {
        return string(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a string: quoted when safe, else a literal. */
    public ImapWriter string(byte[] value) {
        return isQuotable(value) ? quoted(value) : literal(value);
    }

    /** Writes an astring: an atom when possible, else a string (RFC 9051 §9, astring). */
    public ImapWriter astring(String value) {
        if (!value.isEmpty() && !value.equalsIgnoreCase("NIL") && CharClass.isAstring(value)) {
            return ascii(value);
        }
        return string(value);
    }

    /** Writes an nstring: NIL for null, else a string. */
    public ImapWriter nstring(String value) {
        return value == null ? nil() : string(value);
    }

    /** Writes an nstring: NIL for null, else a string. */
    public ImapWriter nstring(byte[] value) {
        return value == null ? nil() : string(value);
    }

    /** Writes a synchronizing literal {@code {n}} CRLF and the octets. */
    public ImapWriter literal(byte[] value) {
        token();
        writeAscii("{" + value.length + "}");
        sink.writeBytes(CRLF, 0, 2);
        sink.writeBytes(value, 0, value.length);
        return this;
    }

    /** Writes a literal8 {@code ~{n}} CRLF and the octets (RFC 3516). */
    public ImapWriter literal8(byte[] value) {
        token();
        writeAscii("~{" + value.length + "}");
        sink.writeBytes(CRLF, 0, 2);
        sink.writeBytes(value, 0, value.length);
        return this;
    }

    /** Opens a parenthesised list. */
    public ImapWriter openList() {
        token();
        sink.writeByte('(');
        spaceNeeded = false;
        return this;
    }

    /** Closes a parenthesised list. */
    public ImapWriter closeList() {
        sink.writeByte(')');
        spaceNeeded = true;
        return this;
    }

    /**
     * Makes the next token follow the previous one without the automatic space, for grammar
     * that puts two lists side by side, such as the bodies of a multipart in BODYSTRUCTURE
     * ({@code body-type-mpart = 1*body SP media-subtype}, RFC 9051 §9).
     */
    public ImapWriter adjoin() {
        spaceNeeded = false;
        return this;
    }

    /** Writes one flag, e.g. {@code \Seen} or a keyword, or {@code \*}. */
    public ImapWriter flag(String flag) {
        if (!CharClass.isFlag(flag)) {
            throw new IllegalArgumentException("not a flag: " + flag);
        }
        return ascii(flag);
    }

    /** Writes a parenthesised flag list. */
    public ImapWriter flags(Collection<String> flags) {
        openList();
        for (String flag : flags) {
            flag(flag);
        }
        return closeList();
    }

    /** Writes a response code in brackets. */
    public ImapWriter code(ResponseCode code) {
        token();
        sink.writeByte('[');
        writeAscii(code.toString());
        sink.writeByte(']');
        return this;
    }

    /**
     * Writes human-readable text as the rest of the line: controls and CR/LF become spaces,
     * non-ASCII becomes {@code ?}, an empty text becomes {@code Completed}, and a leading
     * {@code [} is escaped so it cannot be read as a response code.
     */
    public ImapWriter text(String text) {
        token();
        writeAscii(sanitize(text));
        return this;
    }

    /** Ends the line with CRLF. */
    public ImapWriter crlf() {
        sink.writeBytes(CRLF, 0, 2);
        spaceNeeded = false;
        return this;
    }

    /**
     * Writes a whole status response: {@code tag|* STATUS [CODE] text} CRLF.
     *
     * @param tag the tag, or null for untagged
     */
    public ImapWriter status(String tag, Status status, ResponseCode code, String text) {
        if (tag == null) {
            untagged();
        } else {
            tag(tag);
        }
        ascii(status.name());
        if (code != null) {
            code(code);
        }
        return text(text).crlf();
    }

    /** Writes a whole continuation request {@code + text} CRLF (RFC 9051 §7.5). */
    public ImapWriter continuation(String text) {
        token();
        sink.writeByte('+');
        sink.writeByte(' ');
        if (!text.isEmpty()) {
            writeAscii(sanitize(text));
        }
        return crlf();
    }

    /** Whether {@code value} may be sent as a quoted string (see class comment). */
    public static boolean isQuotable(byte[] value) {
        if (value.length > MAX_QUOTED) {
            return false;
        }
        for (byte b : value) {
            if (b <= 0 || b == '\r' || b == '\n') {
                return false;
            }
        }
        return true;
    }

    /** The text as {@link #text(String)} would write it. */
    public static String sanitize(String text) {
        if (text == null || text.isBlank()) {
            return "Completed";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(' ');
            } else if (c > 0x7f) {
                out.append('?');
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        if (out.charAt(0) == '[') {
            out.insert(0, "- ");
        }
        return out.toString();
    }

    private ImapWriter quoted(byte[] bytes) {
        token();
        sink.writeByte('"');
        for (byte b : bytes) {
            if (b == '"' || b == '\\') {
                sink.writeByte('\\');
            }
            sink.writeByte(b);
        }
        sink.writeByte('"');
        return this;
    }

    private ImapWriter ascii(String token) {
        token();
        writeAscii(token);
        return this;
    }

    private void token() {
        if (spaceNeeded) {
            sink.writeByte(' ');
        }
        spaceNeeded = true;
    }

    /** {@code s} holds only US-ASCII here: tokens were checked, text was sanitized. */
    private void writeAscii(String s) {
        sink.writeAscii(s);
    }
}
