package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CopyCommand;
import dev.spillway.protocol.command.MoveCommand;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.protocol.command.UidExpungeCommand;

/** COPY, MOVE and UID EXPUNGE. */
final class MessageParsers {

    private MessageParsers() {
    }

    /** {@code COPY SP sequence-set SP mailbox} (RFC 9051 §6.4.7). */
    static Command copy(String tag, ImapReader r, boolean uid) {
        r.expectSpace();
        SequenceSet set = r.takeSequenceSet(true);
        r.expectSpace();
        return new CopyCommand(tag, uid, set, r.takeMailbox());
    }

    /** {@code MOVE SP sequence-set SP mailbox} (RFC 6851 §3). */
    static Command move(String tag, ImapReader r, boolean uid) {
        r.expectSpace();
        SequenceSet set = r.takeSequenceSet(true);
        r.expectSpace();
        return new MoveCommand(tag, uid, set, r.takeMailbox());
    }

    /** {@code UID EXPUNGE SP sequence-set} (RFC 4315 §2.1). */
    static Command uidExpunge(String tag, ImapReader r) {
        r.expectSpace();
        return new UidExpungeCommand(tag, r.takeSequenceSet(true));
    }
}
