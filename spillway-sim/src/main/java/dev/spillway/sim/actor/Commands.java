package dev.spillway.sim.actor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command texts simulated clients send, and the bits of responses they read back. */
public final class Commands {

    private static final Pattern UID = Pattern.compile("(?i)\\bUID (\\d+)");
    private static final Pattern LIST = Pattern.compile(
            "(?i)LIST \\(([^)]*)\\) (?:NIL|\"(?:[^\"\\\\]|\\\\.)*\") (.+)");

    private Commands() {
    }

    /**
     * The ID iOS Mail sends for background work (TN3189): Mail itself announcing
     * {@code back-fill}, or the search indexer announcing {@code indexer}.
     */
    public static String backgroundId(boolean indexer) {
        String name = indexer ? "com.apple.email.search-indexer" : "com.apple.email.maild";
        String event = indexer ? "indexer" : "back-fill";
        return "ID (\"name\" \"" + name + "\" \"os\" \"iOS\" \"os-version\" \"18.5\" "
                + "\"vendor\" \"Apple Inc\" \"event\" \"" + event + "\")";
    }

    /** The ID of Mail in the foreground: {@code event} NIL (TN3189's first example). */
    public static String foregroundId() {
        return "ID (\"name\" \"com.apple.email.maild\" \"os\" \"iOS\" \"os-version\" \"18.5\" "
                + "\"vendor\" \"Apple Inc\" \"event\" NIL)";
    }

    /** AUTHENTICATE PLAIN with the initial response inline (RFC 4959, RFC 4616). */
    public static String authenticatePlain(String user, String password) {
        byte[] plain = ("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8);
        return "AUTHENTICATE PLAIN " + Base64.getEncoder().encodeToString(plain);
    }

    /** {@code value} as an IMAP quoted string (RFC 9051 §4.3). */
    public static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The UIDs in {@code * n FETCH (... UID u ...)} responses, in order. */
    public static List<Long> fetchedUids(List<String> fetchTexts) {
        List<Long> uids = new ArrayList<>();
        for (String text : fetchTexts) {
            Matcher matcher = UID.matcher(text);
            if (matcher.find()) {
                uids.add(Long.parseLong(matcher.group(1)));
            }
        }
        return uids;
    }

    /** The numbers of a {@code SEARCH 1 2 3} response text. */
    public static List<Long> searchUids(String searchText) {
        List<Long> uids = new ArrayList<>();
        String[] words = searchText.trim().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].matches("\\d{1,10}")) {
                uids.add(Long.parseLong(words[i]));
            }
        }
        return uids;
    }

    /**
     * The mailbox of a {@code LIST (attributes) "delimiter" name} response text, as an IMAP
     * string ready to send back, or null for a mailbox marked {@code \Noselect} or
     * {@code \NonExistent} (RFC 9051 §7.3.1).
     */
    public static String selectableMailbox(String listText) {
        Matcher matcher = LIST.matcher(listText);
        if (!matcher.matches()) {
            return null;
        }
        String attributes = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
        if (attributes.contains("\\noselect") || attributes.contains("\\nonexistent")) {
            return null;
        }
        return matcher.group(2).trim();
    }
}
