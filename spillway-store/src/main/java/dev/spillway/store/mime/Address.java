package dev.spillway.store.mime;

/**
 * One address of an envelope address list, as RFC 3501 §7.4.2 structures it. Group syntax
 * (RFC 5322 §3.4) is flattened the IMAP way: a group start has a null host and the group name as
 * mailbox, a group end has every member null.
 *
 * @param name    the display name (phrase), unquoted but not decoded; null if none
 * @param adl     the obsolete source route, e.g. {@code @a.example,@b.example}; null if none
 * @param mailbox the local part, or the group name for a group start
 * @param host    the domain; null only for group starts and ends
 */
public record Address(String name, String adl, String mailbox, String host) {
    /** The host IMAP servers traditionally report for an address without a domain. */
    public static final String MISSING_HOST = ".MISSING-HOST-NAME.";

    public static Address groupStart(String groupName) {
        return new Address(null, null, groupName, null);
    }

    public static Address groupEnd() {
        return new Address(null, null, null, null);
    }

    public boolean isGroupStart() {
        return host == null && mailbox != null;
    }

    public boolean isGroupEnd() {
        return host == null && mailbox == null;
    }
}
