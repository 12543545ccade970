package dev.spillway.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Mailbox name rules. {@code INBOX} is matched without regard to case (RFC 3501 §5.1), also as
 * the first component of a longer name, so {@code inbox/a} and {@code INBOX/a} are one mailbox.
 * Other names are case-sensitive. A valid name is non-empty, has no empty component (no leading,
 * trailing or doubled {@code /}), no control characters and no LIST wildcards {@code *} or
 * {@code %} (RFC 3501 §6.3.8), and at most {@link #MAX_LENGTH} characters.
 */
public final class MailboxNames {
    public static final String INBOX = "INBOX";
    public static final int MAX_LENGTH = 1000;

    private MailboxNames() {
    }

    /** The stored form of a name: INBOX spelled upper-case, everything else as given. */
    public static String canonical(String name) {
        if (name.equalsIgnoreCase(INBOX)) {
            return INBOX;
        }
        if (name.length() > INBOX.length() && name.regionMatches(true, 0, INBOX, 0, 5)
                && name.charAt(5) == MailAccount.DELIMITER) {
            return INBOX + name.substring(5);
        }
        return name;
    }

    public static boolean isInbox(String name) {
        return name.equalsIgnoreCase(INBOX);
    }

    /** Validates and canonicalises. @throws StoreException INVALIDNAME */
    public static String checked(String name) throws StoreException {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            throw invalid("mailbox names have 1 to " + MAX_LENGTH + " characters");
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty()) {
                throw invalid("mailbox names have no empty hierarchy levels: " + name);
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '*' || c == '%') {
                throw invalid("mailbox names contain no control characters, '*' or '%'");
            }
        }
        return canonical(name);
    }

    /** The superiors of a name, outermost first: {@code a/b/c} gives {@code a}, {@code a/b}. */
    public static List<String> superiors(String name) {
        List<String> out = new ArrayList<>();
        int i = name.indexOf(MailAccount.DELIMITER);
        while (i > 0) {
            out.add(name.substring(0, i));
            i = name.indexOf(MailAccount.DELIMITER, i + 1);
        }
        return out;
    }

    /** Whether {@code name} lies below {@code superior} in the hierarchy. */
    public static boolean isInferior(String name, String superior) {
        return name.length() > superior.length() + 1 && name.startsWith(superior)
                && name.charAt(superior.length()) == MailAccount.DELIMITER;
    }

    private static StoreException invalid(String message) {
        return new StoreException(StoreException.Kind.INVALIDNAME, message);
    }
}
