package dev.spillway.server.command;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.server.session.ImapSession;
import dev.spillway.store.MessageMeta;

/**
 * The {@code * n FETCH (FLAGS (...) UID u MODSEQ (m))} responses the server sends on its own
 * account: after STORE, for flag changes made elsewhere, and for QRESYNC.
 *
 * <p>Once CONDSTORE is on, every such response carries both UID and MODSEQ, whatever caused it
 * (RFC 7162 §3.1, from erratum 1807 to RFC 5162): a client cannot use a flag change it cannot
 * tie to a UID, nor cache it without its MODSEQ.
 *
 * <p>Once UIDONLY is on, the response is {@code * uid UIDFETCH (FLAGS (...) MODSEQ (m))}
 * (RFC 9586 §3.3): the UID leads, and no UID item repeats it.
 */
final class FlagFetch {
    private FlagFetch() {
    }

    /**
     * Writes one response for the message {@code seq} of the session's selected mailbox.
     *
     * @param flags whether to include FLAGS; a {@code .SILENT} STORE under CONDSTORE leaves
     *     them out
     * @param uid whether to include the UID even without CONDSTORE (UID STORE, RFC 3501
     *     §6.4.8)
     */
    static void write(ImapSession session, ImapWriter out, int seq, MessageMeta meta,
            boolean flags, boolean uid) {
        boolean condstore = Condstore.on(session);
        boolean uidOnly = UidOnly.on(session);
        if (uidOnly) {
            out.untagged().number(meta.uid()).atom("UIDFETCH").openList();
        } else {
            out.untagged().number(seq).atom("FETCH").openList();
        }
        if (flags) {
            FlagsWriter.write(out.atom("FLAGS"), meta.flags(),
                    session.selected().isRecent(meta.uid()));
        }
        if ((uid || condstore) && !uidOnly) {
            out.atom("UID").number(meta.uid());
        }
        if (condstore) {
            out.atom("MODSEQ").openList().number(meta.modSeq()).closeList();
        }
        out.closeList().crlf();
    }
}
