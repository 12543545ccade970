package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.SequenceSet;
import dev.spillway.protocol.command.StoreAction;
import dev.spillway.protocol.command.StoreCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * STORE and UID STORE (RFC 9051 §6.4.6) with the UNCHANGEDSINCE modifier (RFC 7162 §3.1.3):
 * {@code STORE SP sequence-set [SP "(" UNCHANGEDSINCE SP mod-sequence-valzer ")"] SP
 * ["+" / "-"] "FLAGS" [".SILENT"] SP (flag-list / flag *(SP flag))}.
 */
final class StoreParser {

    private StoreParser() {
    }

    static Command parse(String tag, ImapReader r, boolean uid) {
        r.expectSpace();
        SequenceSet set = r.takeSequenceSet(true);
        r.expectSpace();
        OptionalLong unchangedSince = OptionalLong.empty();
        if (r.takeOpenIf()) {
            r.expectWord("UNCHANGEDSINCE");
            r.expectSpace();
            // mod-sequence-valzer: zero is allowed here (RFC 7162 §3.1.3).
            unchangedSince = OptionalLong.of(r.takeNumber64());
            r.closeList();
            r.expectSpace();
        }
        StoreAction action = StoreAction.REPLACE;
        if (r.takeIf('+')) {
            action = StoreAction.ADD;
        } else if (r.takeIf('-')) {
            action = StoreAction.REMOVE;
        }
        String item = r.takeAtom().toUpperCase(Locale.ROOT);
        boolean silent;
        if (item.equals("FLAGS")) {
            silent = false;
        } else if (item.equals("FLAGS.SILENT")) {
            silent = true;
        } else {
            throw r.error("Expected FLAGS, +FLAGS or -FLAGS");
        }
        r.expectSpace();
        List<String> flags;
        if (r.peekIs('(')) {
            flags = r.takeFlagList();
        } else {
            flags = new ArrayList<>();
            do {
                flags.add(r.takeFlag());
            } while (r.takeIf(' '));
        }
        return new StoreCommand(tag, uid, set, action, silent, flags, unchangedSince);
    }
}
