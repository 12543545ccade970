package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.UidBatchesCommand;

/**
 * UIDBATCHES (RFC 10022 §5): {@code "UIDBATCHES" SP nz-number [SP nz-number ":" nz-number]}.
 * A range given high to low ({@code 20:10}) is syntactically valid and left for the server to
 * answer, so the parser stays a pure grammar check.
 */
final class UidBatchesParser {

    private UidBatchesParser() {
    }

    static Command parse(String tag, ImapReader r) {
        r.expectSpace();
        long size = r.takeNzNumber();
        if (!r.takeIf(' ')) {
            return new UidBatchesCommand(tag, size, 1, UidBatchesCommand.ALL_BATCHES);
        }
        long first = r.takeNzNumber();
        r.expect(':');
        long last = r.takeNzNumber();
        return new UidBatchesCommand(tag, size, first, last);
    }
}
