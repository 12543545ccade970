package dev.spillway.proxy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The backend's capabilities as the proxy's clients see them (RFC 9051 §7.2.2).
 *
 * <p>The proxy cannot relay what changes the byte stream between itself and the backend, so it
 * drops the backend's COMPRESS (RFC 4978) and its STARTTLS and LOGINDISABLED, which describe the
 * backend connection, not the client's; it offers COMPRESS=DEFLATE itself after login, always
 * offers ID (it answers ID before login), and adds STARTTLS and LOGINDISABLED according to the
 * client connection's own state. Where it adds LOGINDISABLED it also drops every {@code AUTH=}
 * mechanism, as {@code spillway serve} does: the proxy refuses AUTHENTICATE on such a connection
 * just as it refuses LOGIN (RFC 9051 §6.2.3, RFC 3501 §6.2.3), and a listed mechanism would
 * invite a client to send its password in the clear only to be refused.
 *
 * @param names the backend's capability names as it sent them, in order
 */
record Capabilities(List<String> names) {

    /** What clients see while no probe of the backend has succeeded yet. */
    static final Capabilities FALLBACK = new Capabilities(List.of("IMAP4rev1"));

    Capabilities {
        names = List.copyOf(names);
    }

    /** Parses the names after {@code CAPABILITY} in a response or response code. */
    static Capabilities parse(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.trim().split(" +")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new Capabilities(names);
    }

    /** Whether the backend takes non-synchronizing literals of any size (RFC 7888 LITERAL+). */
    boolean literalPlus() {
        return has("LITERAL+");
    }

    boolean has(String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    /**
     * The list a client sees.
     *
     * @param startTls the client may still upgrade with STARTTLS
     * @param loginDisabled LOGIN and AUTHENTICATE are refused on this connection, so no
     *     {@code AUTH=} mechanism is listed either
     * @param authenticated the client has logged in (COMPRESS=DEFLATE is offered then)
     */
    String forClient(boolean startTls, boolean loginDisabled, boolean authenticated) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.equals("STARTTLS") || upper.equals("LOGINDISABLED")
                    || upper.startsWith("COMPRESS=")
                    || (loginDisabled && upper.startsWith("AUTH="))) {
                continue;
            }
            out.add(name);
        }
        if (!has("ID")) {
            out.add("ID");
        }
        if (startTls) {
            out.add("STARTTLS");
        }
        if (loginDisabled) {
            out.add("LOGINDISABLED");
        }
        if (authenticated) {
            out.add("COMPRESS=DEFLATE");
        }
        return String.join(" ", out);
    }

    /**
     * Rewrites a relayed {@code * CAPABILITY ...} line or a status line with a
     * {@code [CAPABILITY ...]} code for the client; returns null when {@code line} has neither.
     */
    static String rewrite(String line, boolean authenticated) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("* CAPABILITY ")) {
            String list = line.substring("* CAPABILITY ".length());
            return "* CAPABILITY " + parse(list).forClient(false, false, authenticated);
        }
        int code = upper.indexOf("[CAPABILITY ");
        int close = code < 0 ? -1 : line.indexOf(']', code);
        if (close < 0) {
            return null;
        }
        String list = line.substring(code + "[CAPABILITY ".length(), close);
        return line.substring(0, code) + "[CAPABILITY "
                + parse(list).forClient(false, false, authenticated) + line.substring(close);
    }
}
