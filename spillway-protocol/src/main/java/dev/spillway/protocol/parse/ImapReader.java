package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.SequenceRange;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tokenizer over one complete command (RFC 9051 §4, §9). Methods named {@code peek…} look
 * without consuming, {@code take…} consume and return a token, {@code take…If} consume only on
 * a match and say so, {@code expect…} consume or throw. Every failure is a
 * {@link CommandSyntaxException} carrying the command's tag.
 *
 * <p>Strings are decoded as UTF-8 and must be well-formed (IMAP4rev2 and RFC 6855 allow UTF-8;
 * earlier clients send ASCII). Literals are taken from the positions the framer recorded, so
 * literal data is never scanned. Not supported: 8-bit strings in other charsets (say a Latin-1
 * password sent as a literal) are refused with BAD, because a string's charset cannot be known
 * and guessing would silently turn one password into another; {@link #takeLiteral} still gives
 * the raw octets to a caller that wants them.
 */
public final class ImapReader {

    private final RawCommand command;
    private final int maxDepth;
    private int pos;
    private int nextLiteral;
    private int depth;

    /** A reader over {@code command} with the default nesting limit. */
    public ImapReader(RawCommand command) {
        this(command, ProtocolLimits.DEFAULTS.maxNestingDepth());
    }

    /** A reader over {@code command} that allows lists nested {@code maxDepth} deep. */
    public ImapReader(RawCommand command, int maxDepth) {
        this.command = command;
        this.maxDepth = maxDepth;
    }

    /** A syntax error at the current position. */
    public CommandSyntaxException error(String message) {
        return new CommandSyntaxException(command.tag(), message);
    }

    /** Moves back to an earlier offset, for a failed look-ahead. */
    void rewind(int offset) {
        if (offset > pos || offset < 0) {
            throw new IllegalArgumentException("can only move back");
        }
        pos = offset;
    }

    /** Current offset in the command. */
    public int position() {
        return pos;
    }

    /** Whether the whole command has been read. */
    public boolean atEnd() {
        return pos >= command.length();
    }

    /** The next byte (0..255), or -1 at the end. */
    public int peek() {
        return pos < command.length() ? command.byteAt(pos) & 0xff : -1;
    }

    /** Whether the next byte is {@code c}. */
    public boolean peekIs(char c) {
        return peek() == c;
    }

    /** Consumes {@code c} if it is next. */
    public boolean takeIf(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes {@code c} or throws. */
    public void expect(char c) {
        if (!takeIf(c)) {
            throw error(atEnd() ? "Missing '" + c + "' at end of command"
                    : "Expected '" + c + "' at offset " + pos);
        }
    }

    /** Consumes one SP or throws. */
    public void expectSpace() {
        if (!takeIf(' ')) {
            throw error(atEnd() ? "Missing arguments" : "Expected space at offset " + pos);
        }
    }

    /** Throws unless the whole command has been read. */
    public void expectEnd() {
        if (!atEnd()) {
            throw error("Unexpected characters at offset " + pos);
        }
    }

    /**
     * Whether the next token is {@code word} (ASCII letters, compared without case) followed by
     * something that cannot continue an atom.
     */
    public boolean peekWord(String word) {
        int n = word.length();
        if (pos + n > command.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = command.byteAt(pos + i);
            if (Character.toUpperCase(b) != Character.toUpperCase(word.charAt(i))) {
                return false;
            }
        }
        int after = pos + n < command.length() ? command.byteAt(pos + n) : -1;
        return !Chars.is(after, Chars.ATOM) || after == '[' || after == '<';
    }

    /** Consumes {@code word} if {@link #peekWord} matches. */
    public boolean takeWordIf(String word) {
        if (peekWord(word)) {
            pos += word.length();
            return true;
        }
        return false;
    }

    /** Consumes {@code word} or throws. */
    public void expectWord(String word) {
        if (!takeWordIf(word)) {
            throw error("Expected " + word + " at offset " + pos);
        }
    }

    /** Reads the tag (RFC 9051 §9, tag); the error carries no tag. */
    public String takeTag() {
        int start = pos;
        while (Chars.is(peek(), Chars.TAG)) {
            pos++;
        }
        if (pos == start) {
            throw new CommandSyntaxException(null, "Missing or invalid tag");
        }
        return command.text(start, pos, false);
    }

    /** Reads 1*ATOM-CHAR. */
    public String takeAtom() {
        return takeRun(Chars.ATOM, "atom");
    }

    /** Reads an atom and upper-cases it (for keywords). */
    public String takeAtomUpper() {
        return takeAtom().toUpperCase(Locale.ROOT);
    }

    /** Reads a number (RFC 9051 §9): 32-bit unsigned. */
    public long takeNumber() {
        return takeDigits(SequenceRange.MAX, "number");
    }

    /** Reads a non-zero 32-bit number. */
    public long takeNzNumber() {
        long n = takeNumber();
        if (n == 0) {
            throw error("Zero is not allowed at offset " + (pos - 1));
        }
        return n;
    }

    /** Reads a number64 (RFC 9051 §9): 0 .. 2^63-1. */
    public long takeNumber64() {
        return takeDigits(Long.MAX_VALUE, "number");
    }

    /** Reads a positive number64, e.g. a mod-sequence value (RFC 7162 §7). */
    public long takeNzNumber64() {
        long n = takeNumber64();
        if (n == 0) {
            throw error("Zero is not allowed at offset " + (pos - 1));
        }
        return n;
    }

    /** Reads an astring as text. */
    public String takeAstring() {
        if (peekIs('"') || peekLiteralStart()) {
            return takeString();
        }
        int start = pos;
        while (Chars.is(peek(), Chars.ASTRING)) {
            pos++;
        }
        if (pos == start) {
            throw error(atEnd() ? "Missing argument" : "Expected a string at offset " + pos);
        }
        return command.text(start, pos, false);
    }

    /** Reads a string (quoted or literal, not literal8) as UTF-8 text. */
    public String takeString() {
        int b = peek();
        if (b == '"') {
            return takeQuoted();
        }
        if (peekLiteralStart()) {
            return utf8(takeLiteral(false).bytes());
        }
        throw error(atEnd() ? "Missing string" : "Expected a string at offset " + pos);
    }

    /** Reads an nstring: null for NIL, else a string. */
    public String takeNstring() {
        if (takeWordIf("NIL")) {
            return null;
        }
        return takeString();
    }

    /**
     * Reads a literal; a literal8 only if {@code allowBinary} (RFC 3516 limits it to APPEND and
     * the like).
     */
    public Literal takeLiteral(boolean allowBinary) {
        int i = nextLiteral;
        if (i >= command.literalCount() || command.announcementOffset(i) != pos) {
            throw error("Literal must end the line, at offset " + pos);
        }
        boolean binary = command.isBinaryLiteral(i);
        if (binary && !allowBinary) {
            throw error("literal8 is not allowed here");
        }
        int from = command.literalOffset(i);
        int to = from + command.literalLength(i);
        nextLiteral++;
        pos = to;
        return new Literal(command.copy(from, to), binary);
    }

    /**
     * Whether a literal announcement ({@code {} or {@code ~{}) starts here, valid or not; a
     * {@code ~} followed by anything else is an ordinary atom character.
     */
    private boolean peekLiteralStart() {
        int b = peek();
        return b == '{' || (b == '~' && pos + 1 < command.length()
                && command.byteAt(pos + 1) == '{');
    }

    /** Whether the next token is a literal or literal8. */
    public boolean peekLiteral() {
        return nextLiteral < command.literalCount()
                && command.announcementOffset(nextLiteral) == pos;
    }

    /** Reads a mailbox name (astring); {@code INBOX} in any case becomes {@code INBOX}. */
    public String takeMailbox() {
        String name = takeAstring();
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** Reads a list-mailbox: list-chars (with {@code *} and {@code %}) or a string. */
    public String takeListMailbox() {
        if (peekIs('"') || peekLiteralStart()) {
            return takeString();
        }
        return takeRun(Chars.LIST, "mailbox pattern");
    }

    /** Reads a charset: an atom or a quoted string (RFC 9051 §9). */
    public String takeCharset() {
        return peekIs('"') ? takeQuoted() : takeAtom();
    }

    /** Reads a flag: {@code \atom} or a keyword atom; {@code \*} is refused. */
    public String takeFlag() {
        int start = pos;
        takeIf('\\');
        if (!Chars.is(peek(), Chars.ATOM)) {
            throw error("Expected a flag at offset " + start);
        }
        takeAtom();
        return command.text(start, pos, false);
    }

    /** Reads {@code (flag ...)}, possibly empty. */
    public List<String> takeFlagList() {
        openList();
        List<String> flags = new ArrayList<>();
        if (!takeCloseIf()) {
            do {
                flags.add(takeFlag());
            } while (takeIf(' '));
            closeList();
        }
        return flags;
    }

    /** Opens a parenthesised list, enforcing the nesting limit. */
    public void openList() {
        expect('(');
        enter();
    }

    /** Opens a list if {@code (} is next. */
    public boolean takeOpenIf() {
        if (peekIs('(')) {
            openList();
            return true;
        }
        return false;
    }

    /** Closes a list or throws. */
    public void closeList() {
        expect(')');
        depth--;
    }

    /** Closes a list if {@code )} is next. */
    public boolean takeCloseIf() {
        if (takeIf(')')) {
            depth--;
            return true;
        }
        return false;
    }

    /** Counts one nesting level (a list, or a recursive search key); see {@link #leave()}. */
    public void enter() {
        if (++depth > maxDepth) {
            throw error("Nested too deeply");
        }
    }

    /** Leaves a level entered with {@link #enter()}. */
    public void leave() {
        depth--;
    }

    /**
     * Reads a sequence set (RFC 9051 §9, sequence-set); {@code $} (RFC 5182) only if
     * {@code allowSaved}.
     */
    public SequenceSet takeSequenceSet(boolean allowSaved) {
        if (peekIs('$')) {
            if (!allowSaved) {
                throw error("$ is not allowed here");
            }
            pos++;
            return SequenceSet.SAVED;
        }
        List<SequenceRange> ranges = new ArrayList<>();
        do {
            long first = takeSeqNumber();
            long last = takeIf(':') ? takeSeqNumber() : first;
            ranges.add(new SequenceRange(first, last));
        } while (takeIf(','));
        return new SequenceSet(ranges, false);
    }

    /** Whether a sequence set starts here. */
    public boolean peekSequenceSet() {
        int b = peek();
        return Chars.isDigit(b) || b == '*' || b == '$';
    }

    private long takeSeqNumber() {
        if (takeIf('*')) {
            return SequenceRange.STAR;
        }
        if (!Chars.isDigit(peek())) {
            throw error("Expected a sequence set at offset " + pos);
        }
        return takeNzNumber();
    }

    /** Reads a date, quoted or not: {@code 1-Feb-1994} (RFC 9051 §9, date). */
    public LocalDate takeDate() {
        return DateSyntax.date(this);
    }

    /** Reads a date-time: {@code "01-Feb-1994 13:45:00 +0100"} (RFC 9051 §9, date-time). */
    public OffsetDateTime takeDateTime() {
        return DateSyntax.dateTime(this);
    }

    /** A literal's octets and whether it was a literal8. */
    public record Literal(byte[] bytes, boolean binary) {
    }

    private String takeQuoted() {
        expect('"');
        int start = pos;
        boolean escaped = false;
        while (true) {
            int b = peek();
            if (b < 0) {
                throw error("Unterminated quoted string");
            }
            if (b == '"') {
                break;
            }
            if (b == '\r' || b == '\n') {
                throw error("CR or LF in a quoted string");
            }
            if (b == '\\') {
                escaped = true;
                pos++;
                int next = peek();
                if (next != '"' && next != '\\') {
                    throw error("Invalid escape in quoted string at offset " + pos);
                }
            }
            pos++;
        }
        int end = pos;
        pos++;
        if (!escaped) {
            return utf8(command.copy(start, end));
        }
        byte[] raw = command.copy(start, end);
        byte[] out = new byte[raw.length];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\') {
                i++;
            }
            out[n++] = raw[i];
        }
        return utf8(Arrays.copyOf(out, n));
    }

    private String utf8(byte[] bytes) {
        String text = Utf8.decode(bytes);
        if (text == null) {
            throw error("String is not valid UTF-8");
        }
        return text;
    }

    /** Reads bytes of class {@code charClass} (see {@link Chars}); may return "". */
    String takeWhile(int charClass) {
        int start = pos;
        while (Chars.is(peek(), charClass)) {
            pos++;
        }
        return command.text(start, pos, false);
    }

    private String takeRun(int charClass, String what) {
        int start = pos;
        while (Chars.is(peek(), charClass)) {
            pos++;
        }
        if (pos == start) {
            throw error(atEnd() ? "Missing " + what : "Expected " + what + " at offset " + pos);
        }
        return command.text(start, pos, false);
    }

    private long takeDigits(long max, String what) {
        int start = pos;
        long value = 0;
        while (Chars.isDigit(peek())) {
            int digit = peek() - '0';
            if (value > (max - digit) / 10) {
                throw error("Number too large at offset " + start);
            }
            value = value * 10 + digit;
            pos++;
        }
        if (pos == start) {
            throw error(atEnd() ? "Missing " + what : "Expected " + what + " at offset " + pos);
        }
        return value;
    }

    /** Reads 1 to {@code maxDigits} digits. */
    long takeDigitsUpTo(int maxDigits, String what) {
        int start = pos;
        long value = takeDigits(Long.MAX_VALUE, what);
        if (pos - start > maxDigits) {
            throw error("Invalid " + what + " at offset " + start);
        }
        return value;
    }

    /** Reads exactly {@code digits} digits. */
    long takeFixedDigits(int digits, String what) {
        int start = pos;
        long value = 0;
        for (int i = 0; i < digits; i++) {
            if (!Chars.isDigit(peek())) {
                throw error("Invalid " + what + " at offset " + start);
            }
            value = value * 10 + (peek() - '0');
            pos++;
        }
        return value;
    }
}
