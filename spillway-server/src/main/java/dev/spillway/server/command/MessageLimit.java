package dev.spillway.server.command;

import dev.spillway.protocol.command.ImapState;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.session.Exchange;
import java.util.Arrays;

/**
 * The MESSAGELIMIT a session was offered (RFC 9738 §3): how many messages one FETCH, SEARCH,
 * STORE, COPY, MOVE or UID EXPUNGE may work on. The limit is read from the CAPABILITY list the
 * session sees, so it applies exactly when it is announced; {@link #NONE} means no limit.
 *
 * <p>What the RFC asks of each command (RFC 9738 §3.1): FETCH, STORE, MOVE, UID EXPUNGE and
 * SEARCH work on the {@code limit} messages with the highest UIDs of the set, from the highest
 * UID down, and end with {@code OK [MESSAGELIMIT n lowest-uid]}, or an untagged NO carrying
 * that code when the tagged OK already has another response code. COPY and multi-message
 * APPEND are atomic: over the limit they do nothing and fail with {@code NO [MESSAGELIMIT n]}.
 * EXPUNGE, CLOSE and STATUS are never limited.
 *
 * @param limit the announced limit; 0 when none is announced
 */
public record MessageLimit(int limit) {
    /**
     * The default of the {@code limits.message-limit} setting: RFC 9738 §3 says a server SHOULD
     * NOT announce less than 1000.
     */
    public static final int DEFAULT = 1000;

    /** No limit announced. */
    public static final MessageLimit NONE = new MessageLimit(0);

    /** The capability that announces {@code limit}, e.g. {@code MESSAGELIMIT=1000}. */
    public static String capability(int limit) {
        return "MESSAGELIMIT=" + limit;
    }

    /**
     * The limit announced to the exchange's session: {@link Capabilities} announces the
     * configured limit in every state after login, and nothing before.
     */
    public static MessageLimit of(Exchange exchange) {
        if (exchange.session().state() == ImapState.NOT_AUTHENTICATED) {
            return NONE;
        }
        return new MessageLimit(exchange.server().settings().messageLimit());
    }

    /** Whether {@code count} messages are more than one command may work on. */
    public boolean exceeds(int count) {
        return limit > 0 && count > limit;
    }

    /**
     * For the atomic commands, COPY, UID COPY and APPEND of several messages (RFC 9738 §3.1):
     * refuses a command over the limit before anything is done.
     *
     * @throws ImapException {@code NO [MESSAGELIMIT n]} when {@code count} exceeds the limit
     */
    public void check(int count) throws ImapException {
        if (exceeds(count)) {
            throw ImapException.no(new ResponseCode("MESSAGELIMIT", Integer.toString(limit)),
                    "At most " + limit + " messages per command; nothing was done");
        }
    }

    /**
     * For FETCH, STORE, MOVE, UID EXPUNGE and SEARCH: the sequence numbers to work on, the
     * {@code limit} highest of {@code seqs} (ascending, as given). Sequence numbers rise with
     * UIDs, so these are the messages with the highest UIDs. Work on them from the last down
     * and end with {@link #code(long)} of the first one's UID.
     */
    public int[] highest(int[] seqs) {
        return exceeds(seqs.length) ? Arrays.copyOfRange(seqs, seqs.length - limit, seqs.length)
                : seqs;
    }

    /**
     * For FETCH, STORE, MOVE and UID EXPUNGE: the response code to end with when {@code seqs}
     * is over the limit, naming the lowest UID that {@link #highest} keeps; null when the
     * command works on all of them.
     */
    public ResponseCode cut(int[] seqs, SelectedMailbox view) {
        if (!exceeds(seqs.length)) {
            return null;
        }
        return code(view.at(seqs[seqs.length - limit]).uid());
    }

    /**
     * Writes {@code * NO [MESSAGELIMIT n uid]} for a cut command whose tagged OK carries
     * another response code (RFC 9738 §3.1).
     */
    public static void writeUntagged(Exchange exchange, ResponseCode cut) {
        exchange.out().untagged().atom("NO").code(cut).text("Only the last messages were"
                + " processed").crlf();
    }

    /** {@code MESSAGELIMIT n uid}: the response code of a cut command, with its lowest UID. */
    public ResponseCode code(long lowestProcessedUid) {
        return new ResponseCode("MESSAGELIMIT", limit + " " + lowestProcessedUid);
    }
}
