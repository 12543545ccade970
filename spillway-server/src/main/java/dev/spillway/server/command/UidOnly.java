package dev.spillway.server.command;

import dev.spillway.protocol.command.SearchKey;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.ImapSession;

/**
 * The UIDONLY switch of a session (RFC 9586): on after ENABLE UIDONLY, until the connection
 * closes. From then on message sequence numbers appear in neither direction. Commands that
 * take them (FETCH, STORE, COPY, MOVE, SEARCH, and a sequence-set search key) are answered
 * {@code BAD [UIDREQUIRED]} (§3); FETCH responses become {@code * uid UIDFETCH (...)}
 * ({@link FlagFetch}, {@code FetchResponseWriter}); expunges go out as VANISHED
 * ({@link MailboxSync}); SELECT leaves out {@code [UNSEEN n]}.
 */
final class UidOnly {
    static final String UIDONLY = "UIDONLY";

    /** RFC 9586 §3.1: the command needs UIDs instead of message sequence numbers. */
    static final ResponseCode UIDREQUIRED = new ResponseCode("UIDREQUIRED", null);

    private UidOnly() {
    }

    static boolean on(ImapSession session) {
        return session.isEnabled(UIDONLY);
    }

    /** Refuses the sequence-number form of {@code command} once UIDONLY is on. */
    static void requireUid(ImapSession session, boolean uid, String command)
            throws ImapException {
        if (!uid && on(session)) {
            throw ImapException.bad(UIDREQUIRED, command + " needs UIDs once UIDONLY is on; use"
                    + " UID " + command);
        }
    }

    /** Refuses a search key that names messages by sequence number once UIDONLY is on. */
    static void requireUidKeys(ImapSession session, SearchKey key) throws ImapException {
        if (on(session) && hasSequenceNumbers(key)) {
            throw ImapException.bad(UIDREQUIRED,
                    "Search keys with message sequence numbers are refused once UIDONLY is on");
        }
    }

    private static boolean hasSequenceNumbers(SearchKey key) {
        if (key instanceof SearchKey.Sequence sequence) {
            return !sequence.uid();
        }
        if (key instanceof SearchKey.Not not) {
            return hasSequenceNumbers(not.key());
        }
        if (key instanceof SearchKey.Or or) {
            return hasSequenceNumbers(or.left()) || hasSequenceNumbers(or.right());
        }
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().anyMatch(UidOnly::hasSequenceNumbers);
        }
        return false;
    }
}
