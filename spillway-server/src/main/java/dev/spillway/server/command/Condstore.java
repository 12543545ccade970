package dev.spillway.server.command;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.UidSet;
import java.util.Collection;

/**
 * The CONDSTORE and QRESYNC switches of a session (RFC 7162) and the responses they add.
 *
 * <p>CONDSTORE is on after any CONDSTORE enabling command (§3.1): ENABLE CONDSTORE or QRESYNC,
 * SELECT/EXAMINE (CONDSTORE), a FETCH with MODSEQ or CHANGEDSINCE, a STORE with UNCHANGEDSINCE
 * or a SEARCH with MODSEQ. QRESYNC is on only after ENABLE QRESYNC, which turns CONDSTORE on
 * as well (§3.2.3). Both stay on until the connection closes.
 */
final class Condstore {
    static final String CONDSTORE = "CONDSTORE";
    static final String QRESYNC = "QRESYNC";

    private Condstore() {
    }

    static boolean on(ImapSession session) {
        return session.isEnabled(CONDSTORE);
    }

    static boolean qresync(ImapSession session) {
        return session.isEnabled(QRESYNC);
    }

    /** Runs a CONDSTORE enabling command's side effect (RFC 7162 §3.1). */
    static void enable(ImapSession session) {
        session.enable(CONDSTORE);
    }

    static ResponseCode highestModSeq(long value) {
        return ResponseCode.of("HIGHESTMODSEQ", value);
    }

    /** {@code * OK [HIGHESTMODSEQ n] Highest} (RFC 7162 §3.1.2.1). */
    static void writeHighestModSeq(ImapWriter out, long value) {
        out.untagged().atom("OK").code(highestModSeq(value)).text("Highest").crlf();
    }

    /**
     * {@code * VANISHED [(EARLIER)] uid-set} in the compact range form (RFC 7162 §3.2.10);
     * nothing for an empty collection.
     */
    static void writeVanished(ImapWriter out, boolean earlier, Collection<Long> uids) {
        if (uids.isEmpty()) {
            return;
        }
        out.untagged().atom("VANISHED");
        if (earlier) {
            out.openList().atom("EARLIER").closeList();
        }
        out.atom(UidSet.of(uids).toString()).crlf();
    }
}
