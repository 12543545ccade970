package dev.spillway.store.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient RFC 5322 §3.4 address-list parser that keeps display names as written. Mime4j's
 * address parser decodes RFC 2047 encoded words in names, but RFC 3501 §7.4.2 wants the raw
 * phrase, so the envelope uses this one. Never throws: whatever it cannot make sense of becomes
 * an address with the text as mailbox and {@link Address#MISSING_HOST} as host, or is dropped.
 */
public final class AddressParser {
    private final String text;
    private final List<Address> out = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final StringBuilder spec = new StringBuilder();
    private int pos;
    private boolean inGroup;
    private String comment;
    private String angleRoute;
    private String angleSpec;

    private AddressParser(String text) {
        this.text = text;
    }

    /** Parses a header value; null or blank gives an empty list. */
    public static List<Address> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        AddressParser parser = new AddressParser(value);
        parser.run();
        return List.copyOf(parser.out);
    }

    private void run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '"') {
                String quoted = quoted();
                words.add(quoted);
                spec.append('"').append(quoted).append('"');
            } else if (c == '(') {
                String inner = comment();
                if (comment == null && !inner.isBlank()) {
                    comment = inner.strip();
                }
            } else if (c == '<') {
                angle();
            } else if (c == ':' && !inGroup && angleSpec == null && !words.isEmpty()) {
                out.add(Address.groupStart(String.join(" ", words)));
                reset();
                inGroup = true;
                pos++;
            } else if (c == ';') {
                flush();
                if (inGroup) {
                    out.add(Address.groupEnd());
                    inGroup = false;
                }
                pos++;
            } else if (c == ',') {
                flush();
                pos++;
            } else {
                String atom = atom();
                words.add(atom);
                spec.append(atom);
            }
        }
        flush();
        if (inGroup) {
            out.add(Address.groupEnd());
        }
    }

    private void flush() {
        if (angleSpec != null) {
            String name = words.isEmpty() ? comment : String.join(" ", words);
            add(name, angleRoute, angleSpec);
        } else if (spec.length() > 0) {
            add(comment, null, spec.toString());
        }
        reset();
    }

    private void add(String name, String route, String addrSpec) {
        int at = addrSpec.lastIndexOf('@');
        String mailbox = at < 0 ? addrSpec : addrSpec.substring(0, at);
        String host = at < 0 || at == addrSpec.length() - 1
                ? Address.MISSING_HOST : addrSpec.substring(at + 1);
        out.add(new Address(emptyToNull(name), emptyToNull(route), mailbox, host));
    }

    private void reset() {
        words.clear();
        spec.setLength(0);
        comment = null;
        angleRoute = null;
        angleSpec = null;
    }

    /** Reads {@code <[route:]addr-spec>}, dropping whitespace and comments inside. */
    private void angle() {
        pos++;
        StringBuilder inner = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '>') {
            char c = text.charAt(pos);
            if (c == '"') {
                inner.append('"').append(quoted()).append('"');
            } else if (c == '(') {
                comment();
            } else {
                if (!Character.isWhitespace(c)) {
                    inner.append(c);
                }
                pos++;
            }
        }
        pos++;
        String content = inner.toString();
        int colon = content.startsWith("@") ? content.indexOf(':') : -1;
        angleRoute = colon < 0 ? null : content.substring(0, colon);
        angleSpec = colon < 0 ? content : content.substring(colon + 1);
    }

    /** Reads a quoted string and returns its content with quoted-pairs resolved. */
    private String quoted() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Reads a possibly nested comment and returns its content. */
    private String comment() {
        int depth = 0;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                sb.append(text.charAt(pos++));
                continue;
            }
            if (c == '(') {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private String atom() {
        int start = pos;
        while (pos < text.length() && "\"(<>,;: \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            pos++;
            return text.substring(start, pos);
        }
        return text.substring(start, pos);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
