package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.QresyncParameters;
import dev.spillway.protocol.command.SelectCommand;
import dev.spillway.protocol.command.SequenceSet;

/**
 * SELECT and EXAMINE with optional parameters (RFC 9051 §6.3.2, RFC 4466 §2.1, RFC 7162
 * §3.1.8 and §3.2.5). An unknown parameter is a BAD, as RFC 4466 §2.1 requires.
 */
final class SelectParser {

    private SelectParser() {
    }

    static Command parse(String tag, ImapReader r, boolean readOnly) {
        r.expectSpace();
        String mailbox = r.takeMailbox();
        boolean condstore = false;
        QresyncParameters qresync = null;
        if (r.takeIf(' ')) {
            r.openList();
            do {
                String name = r.takeAtomUpper();
                if (name.equals("CONDSTORE") && !condstore) {
                    condstore = true;
                } else if (name.equals("QRESYNC") && qresync == null) {
                    r.expectSpace();
                    qresync = qresync(r);
                } else {
                    throw r.error("Unsupported or repeated SELECT parameter " + name);
                }
            } while (r.takeIf(' '));
            r.closeList();
        }
        return new SelectCommand(tag, mailbox, readOnly, condstore, qresync);
    }

    /**
     * {@code "(" uidvalidity SP mod-sequence-value [SP known-uids]
     * [SP seq-match-data] ")"} (RFC 7162 §7).
     */
    private static QresyncParameters qresync(ImapReader r) {
        r.openList();
        long uidValidity = r.takeNzNumber();
        r.expectSpace();
        long modSeq = r.takeNzNumber64();
        SequenceSet knownUids = null;
        SequenceSet seqNumbers = null;
        SequenceSet seqUids = null;
        if (r.takeIf(' ')) {
            if (!r.peekIs('(')) {
                knownUids = r.takeSequenceSet(false);
            }
            if (knownUids == null || r.takeIf(' ')) {
                r.openList();
                seqNumbers = r.takeSequenceSet(false);
                r.expectSpace();
                seqUids = r.takeSequenceSet(false);
                r.closeList();
            }
        }
        r.closeList();
        return new QresyncParameters(uidValidity, modSeq, knownUids, seqNumbers, seqUids);
    }
}
