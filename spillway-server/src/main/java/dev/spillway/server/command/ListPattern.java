package dev.spillway.server.command;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxNames;

/**
 * A LIST or LSUB mailbox pattern joined to its reference (RFC 3501 §6.3.8): {@code *} matches
 * any run of characters, {@code %} any run without the hierarchy delimiter. Everything else
 * matches itself, except that INBOX matches without regard to case (RFC 3501 §5.1), also as
 * the first level of a longer name, so {@code inbox/%} and {@code In*} find {@code INBOX}.
 */
final class ListPattern {
    private final String pattern;

    private ListPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Joins reference and pattern. The reference names a level of the hierarchy and is
     * usually given with a trailing delimiter; a delimiter on both sides of the join counts
     * once, since the store has no names with empty levels.
     */
    static ListPattern of(String reference, String pattern) {
        if (reference.isEmpty()) {
            return new ListPattern(pattern);
        }
        if (reference.endsWith("/") && pattern.startsWith("/")) {
            return new ListPattern(reference + pattern.substring(1));
        }
        return new ListPattern(reference + pattern);
    }

    /** The joined pattern. */
    String text() {
        return pattern;
    }

    /** Whether the pattern has a {@code %} wildcard. */
    boolean hasPercent() {
        return pattern.indexOf('%') >= 0;
    }

    /**
     * Whether {@code name}, a stored name with INBOX in canonical form, matches. Dynamic
     * programming over pattern and name, so no input can make it backtrack exponentially.
     */
    boolean matches(String name) {
        int inboxEnd = inboxPrefixLength(name);
        boolean[] row = new boolean[name.length() + 1];
        row[0] = true;
        for (int p = 0; p < pattern.length(); p++) {
            char c = pattern.charAt(p);
            boolean[] next = new boolean[name.length() + 1];
            if (c == '*' || c == '%') {
                boolean reachable = false;
                for (int n = 0; n <= name.length(); n++) {
                    if (c == '%' && n > 0 && name.charAt(n - 1) == MailAccount.DELIMITER) {
                        reachable = false;
                    }
                    reachable |= row[n];
                    next[n] = reachable;
                }
            } else {
                for (int n = 0; n < name.length(); n++) {
                    next[n + 1] = row[n] && same(c, name.charAt(n), n < inboxEnd);
                }
            }
            row = next;
        }
        return row[name.length()];
    }

    private static boolean same(char fromPattern, char fromName, boolean ignoreCase) {
        return fromPattern == fromName
                || ignoreCase && Character.toUpperCase(fromPattern) == fromName;
    }

    /** 5 when the name is INBOX or lies below it, else 0. */
    private static int inboxPrefixLength(String name) {
        int length = MailboxNames.INBOX.length();
        boolean inbox = name.startsWith(MailboxNames.INBOX)
                && (name.length() == length || name.charAt(length) == MailAccount.DELIMITER);
        return inbox ? length : 0;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
